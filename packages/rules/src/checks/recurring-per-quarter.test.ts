import { describe, expect, it } from "vitest";
import { makeMeeting, makePlan, makeRule, makeSpec, runRule } from "./test-helpers.js";

// 依安县 第七十二条: 县政府领导集体学习…大约每三个月举办一次学习讲座.
const rule = makeRule("recurring.per-quarter", { min: 1, meetingType: "study" }, { meetingTypes: [], cite: ["依安县", "第七十二条", "大约每三个月举办一次"] });
const q1 = { from: "2026-01-01", to: "2026-03-31" };
const lecture = makeMeeting("2026-02-05", { id: "study#1", series: undefined, type: "study", title: "法治讲座" });

describe("recurring.per-quarter", () => {
  it("keeps one lecture in the quarter and breaks with none", () => {
    expect(runRule(makeSpec(), makePlan(q1, { meetings: [lecture] }), rule)).toEqual([]);
    expect(runRule(makeSpec(), makePlan(q1), rule)[0]!.message.en).toBe("study lecture takes place 0 times in 2026Q1; at least 1 a quarter (依安县 第七十二条)");
  });

  it("does not judge a quarter the plan cuts", () => {
    expect(runRule(makeSpec(), makePlan({ from: "2026-01-01", to: "2026-03-30" }), rule)).toEqual([]);
  });
});
