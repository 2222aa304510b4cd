import { describe, expect, it } from "vitest";
import { makeMeetings, makePlan, makeRule, makeSpec, runRule } from "./test-helpers.js";

const rule = makeRule("cadence.per-quarter", { min: 1, max: 1 }, { cite: ["依安县", "第七十二条", "大约每三个月"] });
const spec = makeSpec();
const q1 = { from: "2026-01-01", to: "2026-03-31" };

describe("cadence.per-quarter", () => {
  it("keeps one a quarter and breaks at 0 or 2", () => {
    expect(runRule(spec, makePlan(q1, { meetings: makeMeetings(["2026-02-05"]) }), rule)).toEqual([]);
    expect(runRule(spec, makePlan(q1, { meetings: makeMeetings(["2026-02-05", "2026-03-05"]) }), rule)).toHaveLength(1);
    expect(runRule(spec, makePlan(q1), rule)[0]!.message.en).toBe("区政府常务会议 meets 0 times in 2026Q1; each quarter needs 1 to 1 (依安县 第七十二条)");
  });

  it("does not judge a quarter the plan cuts", () => {
    expect(runRule(spec, makePlan({ from: "2026-01-05", to: "2026-03-31" }), rule)).toEqual([]);
  });
});
