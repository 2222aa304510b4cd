import { describe, expect, it } from "vitest";
import type { AgendaItem } from "@yishi/domain";
import { check, getProfile } from "@yishi/rules";
import { allocateAgenda } from "./allocate-agenda.js";
import { agendaOf, agendaPlan, calendar, meeting, reasonOf, specWith } from "./test-agenda-fixtures.js";

/**
 * 房山区 第十六条: “…提请以区政府或区政府办公室名义制发的规范性文件,…报送区政府前应当经过
 * 区政府法制办合法性审查” (replacing 北京市 二十三), and 第二十一条 for major decisions:
 * the review comes before the item is filed, not only before the meeting. The
 * planner and the independent checker must read `before: filing` alike.
 */
const fangshan = getProfile("房山区");
// One week around one Tuesday meeting: no cadence asks for more in so short a plan.
const WEEK = { from: "2026-02-23", to: "2026-03-01", label: "2026-02-23..2026-03-01" };
const exec = meeting(1, "2026-02-24");

async function allocate(item: Partial<AgendaItem>) {
  const spec = specWith([{ filedOn: "2026-02-02", ...item }]);
  const result = await allocateAgenda({ spec, profile: fangshan, calendar, period: WEEK, meetings: [exec] });
  const hard = check(spec, agendaPlan(spec, fangshan, result, WEEK), fangshan, { calendar }).filter((v) => v.severity === "hard");
  return { result, hard };
}

describe("legal review before filing (房山区 第十六条, 第二十一条)", () => {
  it("break: a normative document reviewed after it was filed (but before the meeting) is not listed", async () => {
    const { result, hard } = await allocate({ category: "normative-document", reviews: [{ kind: "legal", doneOn: "2026-02-05" }] });
    expect(agendaOf(result, exec.id)).toEqual([]);
    expect(reasonOf(result, "I01")).toBe("review-missing");
    const message = result.unplaced[0]!.message;
    expect(message.zh).toContain("房山区 第十六条");
    expect(message.zh).toContain("报送前");
    expect(message.en).toContain("before the item is filed");
    expect(hard.map((v) => `${v.code}: ${v.message.en}`)).toEqual([]);
  });

  it("keep: reviewed on the day it was filed, it is listed and the checker agrees", async () => {
    const { result, hard } = await allocate({ category: "normative-document", reviews: [{ kind: "legal", doneOn: "2026-02-02" }] });
    expect(agendaOf(result, exec.id)).toEqual(["I01"]);
    expect(hard.map((v) => `${v.code}: ${v.message.en}`)).toEqual([]);
  });

  it("break: a major reform reviewed after filing (第二十一条 在报请区政府常务会议讨论决策前) is not listed either", async () => {
    const { result, hard } = await allocate({ category: "major-reform", reviews: [{ kind: "legal", doneOn: "2026-02-10" }] });
    expect(reasonOf(result, "I01")).toBe("review-missing");
    expect(result.unplaced[0]!.message.zh).toContain("房山区 第二十一条");
    expect(hard).toEqual([]);
  });
});
