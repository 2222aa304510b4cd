import { describe, expect, it } from "vitest";
import type { AgendaItem } from "@yishi/domain";
import { check, getProfile } from "@yishi/rules";
import { allocateAgenda } from "./allocate-agenda.js";
import { agendaOf, agendaPlan, calendar, meeting, reasonOf, specWith } from "./test-agenda-fixtures.js";

/**
 * 钟山区 第十七条: “…制定规范性文件,应当经过评估论证、公开征求意见、合法性审查、集体决议决定等程序”:
 * the planner lists a normative document only at a meeting after both reviews,
 * judged here by the checker.
 */
const zhongshan = getProfile("钟山区");
const PERIOD = { from: "2026-03-02", to: "2026-03-29", label: "2026-03-02..2026-03-29" };
const first = meeting(1, "2026-03-05");
const second = meeting(2, "2026-03-19");

async function allocate(item: Partial<AgendaItem>) {
  const spec = specWith([{ category: "normative-document", filedOn: "2026-02-23", materialsOn: "2026-02-25", ...item }]);
  const result = await allocateAgenda({ spec, profile: zhongshan, calendar, period: PERIOD, meetings: [first, second] });
  const breaks = check(spec, agendaPlan(spec, zhongshan, result, PERIOD), zhongshan, { calendar })
    .filter((v) => v.severity === "hard" && v.subjects.items.includes("I01"))
    .map((v) => `${v.code}: ${v.message.en}`);
  return { result, breaks };
}

describe("钟山区 第十七条 in the agenda planner", () => {
  const legal = { kind: "legal" as const, doneOn: "2026-02-26" };

  it("keep: public comment closing on 03-10, the document waits for the meeting of 03-19, and the checker agrees", async () => {
    const { result, breaks } = await allocate({ reviews: [{ kind: "assessment", doneOn: "2026-02-20" }, { kind: "public-comment", doneOn: "2026-03-10" }, legal] });
    expect(agendaOf(result, first.id)).toEqual([]);
    expect(agendaOf(result, second.id)).toEqual(["I01"]);
    expect(breaks).toEqual([]);
  });

  it("break: never assessed, it is not listed, naming the article", async () => {
    const { result, breaks } = await allocate({ reviews: [{ kind: "public-comment", doneOn: "2026-02-20" }, legal] });
    expect(reasonOf(result, "I01")).toBe("review-missing");
    expect(result.unplaced[0]!.message.zh).toContain("未经评估论证，须在会议当天之前完成（钟山区 第十七条）");
    expect(breaks).toEqual([]);
  });
});
