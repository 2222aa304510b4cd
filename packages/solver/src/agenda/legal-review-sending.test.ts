import { describe, expect, it } from "vitest";
import type { AgendaItem } from "@yishi/domain";
import { check, getProfile } from "@yishi/rules";
import { allocateAgenda, type AgendaAllocation } from "./allocate-agenda.js";
import { agendaOf, agendaPlan, calendar, meeting, reasonOf, specWith } from "./test-agenda-fixtures.js";

/**
 * 西城区 附件1 三.1: “…上会材料应在送区政府办公室文秘科审核前一周送区法制办审核,并由区政府
 * 办公室主任会签后方可上会,否则原则上不安排上会。” The planner never lists an item
 * the checker would flag for either: judged here by `check`.
 */
const xicheng = getProfile("西城区");
// Two Monday executive meetings (附件1 二.1 一般安排在星期一), two weeks apart.
const PERIOD = { from: "2026-03-09", to: "2026-03-29", label: "2026-03-09..2026-03-29" };
const early = meeting(1, "2026-03-09");
const late = meeting(2, "2026-03-23");

async function allocate(item: Partial<AgendaItem>) {
  const spec = specWith([{ category: "major-reform", filedOn: "2026-02-02", ...item }]);
  const result = await allocateAgenda({ spec, profile: xicheng, calendar, period: PERIOD, meetings: [early, late] });
  return { spec, result, itemBreaks: itemBreaks(spec, result) };
}

/** The checker's hard findings about the item (the spec's mayor's office series, never planned here, aside). */
function itemBreaks(spec: ReturnType<typeof specWith>, result: AgendaAllocation) {
  return check(spec, agendaPlan(spec, xicheng, result, PERIOD), xicheng, { calendar })
    .filter((v) => v.severity === "hard" && v.subjects.items.includes("I01"))
    .map((v) => `${v.code}: ${v.message.en}`);
}

describe("西城区 附件1 三.1 in the agenda planner", () => {
  // Materials not yet in are due 2 working days before: 03-05 for 03-09 (sent by 02-26), 03-19 for 03-23 (sent by 03-12).
  const sentMarch6 = { legalReviewSentOn: "2026-03-06", countersignedBy: "huang", countersignedOn: "2026-03-06" };

  it("keep: sent a week before the later meeting's materials, the item waits for that meeting, and the checker agrees", async () => {
    const { spec, result, itemBreaks: found } = await allocate(sentMarch6);
    expect(agendaOf(result, early.id)).toEqual([]);
    expect(agendaOf(result, late.id)).toEqual(["I01"]);
    expect(found).toEqual([]);
    // Had it gone to the first meeting, the checker would have said so.
    const placed = result.meetings.find((m) => m.id === late.id)!.agenda;
    const forced = { ...result, meetings: result.meetings.map((m) => ({ ...m, agenda: m.id === early.id ? placed : [] })) };
    expect(itemBreaks(spec, forced).map((v) => v.split(":")[0])).toEqual(["agenda.legal-review"]);
  });

  it("break: never countersigned by the office director, it is not listed, with the article's reason", async () => {
    const { result, itemBreaks: found } = await allocate({ legalReviewSentOn: "2026-03-06" });
    expect(agendaOf(result, late.id)).toEqual([]);
    expect(reasonOf(result, "I01")).toBe("review-missing");
    expect(result.unplaced[0]!.message.zh).toContain("会签后方可上会（西城区 附件1 三.1）");
    expect(found).toEqual([]);
  });

  it("break: countersigned by a deputy, or after both meetings, it is not listed though its review went in time for either", async () => {
    for (const countersign of [{ countersignedBy: "wang", countersignedOn: "2026-03-06" }, { countersignedBy: "huang", countersignedOn: "2026-03-24" }]) {
      const { result, itemBreaks: found } = await allocate({ reviews: [{ kind: "legal", doneOn: "2026-02-20" }], ...countersign });
      expect(result.meetings.flatMap((m) => m.agenda)).toEqual([]);
      expect(reasonOf(result, "I01")).toBe("review-missing");
      expect(found).toEqual([]);
    }
  });

  it("break: sent too late for either meeting (03-13), it is not listed, saying by when it was due", async () => {
    const { result, itemBreaks: found } = await allocate({ ...sentMarch6, legalReviewSentOn: "2026-03-13" });
    expect(reasonOf(result, "I01")).toBe("review-missing");
    expect(result.unplaced[0]!.message.en).toContain("by 2026-03-12 (西城区 附件1 三.1)");
    expect(found).toEqual([]);
  });

  it("keep: with no sending day recorded, a review finished by the week's start lets it go to the first meeting", async () => {
    const { result, itemBreaks: found } = await allocate({ reviews: [{ kind: "legal", doneOn: "2026-02-26" }], countersignedBy: "huang", countersignedOn: "2026-03-02" });
    expect(agendaOf(result, early.id)).toEqual(["I01"]);
    expect(found).toEqual([]);
  });
});
