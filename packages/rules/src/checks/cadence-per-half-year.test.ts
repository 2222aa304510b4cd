import { describe, expect, it } from "vitest";
import { makeMeetings, makePlan, makeRule, makeSpec, runRule } from "./test-helpers.js";

// 依安县 第四十五条: 全体会议大约每半年召开一次.
const rule = makeRule("cadence.per-half-year", { min: 1 }, { cite: ["依安县", "第四十五条", "县政府全体会议大约每半年召开一次"] });
const spec = makeSpec();
const h1 = { from: "2026-01-01", to: "2026-06-30" };

describe("cadence.per-half-year", () => {
  it("keeps one in the half-year and breaks with none", () => {
    expect(runRule(spec, makePlan(h1, { meetings: makeMeetings(["2026-04-08"]) }), rule)).toEqual([]);
    const [v] = runRule(spec, makePlan(h1), rule);
    expect(v!.message.zh).toBe("2026H1区政府常务会议召开0次，每半年应至少1次 (依安县 第四十五条)");
  });

  it("does not judge a quarter-long plan", () => {
    expect(runRule(spec, makePlan({ from: "2026-01-01", to: "2026-03-31" }), rule)).toEqual([]);
  });
});
