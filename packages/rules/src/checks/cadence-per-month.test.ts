import { describe, expect, it } from "vitest";
import { makeMeetings, makePlan, makeRule, makeSpec, runRule } from "./test-helpers.js";

// 北京市 三十四: 市政府常务会议一般每月召开1至2次.
const rule = makeRule("cadence.per-month", { min: 1, max: 2 }, { cite: ["北京市", "三十四", "市政府常务会议一般每月召开1至2次"] });
const spec = makeSpec();

describe("cadence.per-month", () => {
  it("keeps 1 or 2 a month and breaks at 0 and 3", () => {
    const march = { from: "2026-03-01", to: "2026-03-31" };
    expect(runRule(spec, makePlan(march, { meetings: makeMeetings(["2026-03-05"]) }), rule)).toEqual([]);
    expect(runRule(spec, makePlan(march, { meetings: makeMeetings(["2026-03-05", "2026-03-19"]) }), rule)).toEqual([]);
    const three = runRule(spec, makePlan(march, { meetings: makeMeetings(["2026-03-05", "2026-03-12", "2026-03-19"]) }), rule);
    expect(three.map((v) => v.message.en)).toEqual(["区政府常务会议 meets 3 times in 2026-03; each month needs 1 to 2 (北京市 三十四)"]);
    expect(runRule(spec, makePlan(march), rule)).toHaveLength(1);
  });

  it("judges only months the plan covers whole", () => {
    expect(runRule(spec, makePlan({ from: "2026-03-02", to: "2026-04-30" }), rule).map((v) => v.subjects.dates)).toEqual([["2026-04-01"]]);
  });
});
