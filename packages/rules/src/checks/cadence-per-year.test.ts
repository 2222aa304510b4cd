import { describe, expect, it } from "vitest";
import { makeMeetings, makePlan, makeRule, makeSpec, runRule } from "./test-helpers.js";

// 北京市 三十三: 全体会议一般每年召开1至2次.
const rule = makeRule("cadence.per-year", { min: 1, max: 2 }, { cite: ["北京市", "三十三", "一般每年召开1至2次"] });
const spec = makeSpec();
const year = { from: "2026-01-01", to: "2026-12-31" };

describe("cadence.per-year", () => {
  it("keeps 1–2 a year and breaks at 3", () => {
    expect(runRule(spec, makePlan(year, { meetings: makeMeetings(["2026-03-05", "2026-09-03"]) }), rule)).toEqual([]);
    expect(runRule(spec, makePlan(year, { meetings: makeMeetings(["2026-03-05", "2026-06-04", "2026-09-03"]) }), rule)).toHaveLength(1);
  });

  it("does not judge a plan shorter than a year", () => {
    expect(runRule(spec, makePlan({ from: "2026-01-01", to: "2026-12-30" }), rule)).toEqual([]);
  });
});
