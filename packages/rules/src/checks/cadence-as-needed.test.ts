import { describe, expect, it } from "vitest";
import { makeMeetings, makePlan, makeRule, makeSpec, runRule } from "./test-helpers.js";

// 钟山区 第四十一条: 区长办公会议根据需要召开 — any number of meetings keeps it.
const rule = makeRule("cadence.as-needed", {}, { cite: ["钟山区", "第四十一条", "根据工作需要"] });

describe("cadence.as-needed", () => {
  it("never reports, with or without meetings", () => {
    const spec = makeSpec();
    expect(runRule(spec, makePlan({ from: "2026-03-01", to: "2026-03-31" }), rule)).toEqual([]);
    expect(runRule(spec, makePlan({ from: "2026-03-01", to: "2026-03-31" }, { meetings: makeMeetings(["2026-03-02", "2026-03-03"]) }), rule)).toEqual([]);
  });
});
