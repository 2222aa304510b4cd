import { describe, expect, it } from "vitest";
import { agendaOf, makeItems, makeMeeting, makePlan, makeRule, makeSpec, runRule } from "./test-helpers.js";

const rule = makeRule("duration.agenda-fits", {}, { cite: ["依安县", "第五十五条", "一般不超过半天"] });
const spec = makeSpec({ agendaItems: makeItems(3) });
const plan = (minutes: number) =>
  makePlan({ from: "2026-03-01", to: "2026-03-31" }, { meetings: [makeMeeting("2026-03-12", { start: "09:00", end: "10:30", agenda: agendaOf(["I01", "I02", "I03"], minutes) })] });

describe("duration.agenda-fits", () => {
  it("keeps 3 × 30 minutes in 90 and breaks at 3 × 31", () => {
    expect(runRule(spec, plan(30), rule)).toEqual([]);
    expect(runRule(spec, plan(31), rule)[0]!.message.en).toBe(
      "the agenda of 第1次常务会议 (2026-03-12) needs 93 minutes, more than the meeting's 90 (09:00–10:30) (依安县 第五十五条)",
    );
  });
});
