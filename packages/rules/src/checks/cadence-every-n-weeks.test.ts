import { describe, expect, it } from "vitest";
import { makeMeetings, makePlan, makeRule, makeSpec, runRule } from "./test-helpers.js";

// 钟山区 第四十条: 常务会议原则上每2周召开1次.
const rule = makeRule("cadence.every-n-weeks", { weeks: 2 }, { cite: ["钟山区", "第四十条", "原则上每2周召开1次"] });
const spec = makeSpec();
const march = { from: "2026-03-02", to: "2026-03-31" };

describe("cadence.every-n-weeks", () => {
  it("keeps a 14-day gap", () => {
    expect(runRule(spec, makePlan(march, { meetings: makeMeetings(["2026-03-05", "2026-03-19"]) }), rule)).toEqual([]);
  });

  it("allows up to weeks×7+4 = 18 days and breaks at 19", () => {
    expect(runRule(spec, makePlan(march, { meetings: makeMeetings(["2026-03-03", "2026-03-21"]) }), rule)).toEqual([]);
    expect(runRule(spec, makePlan(march, { meetings: makeMeetings(["2026-03-03", "2026-03-22"]) }), rule)).toHaveLength(1);
  });

  it("breaks on a 21-day gap, naming both meetings and the article", () => {
    const [v, ...rest] = runRule(spec, makePlan(march, { meetings: makeMeetings(["2026-03-05", "2026-03-26"]) }), rule);
    expect(rest).toEqual([]);
    expect(v!.subjects.meetings).toEqual(["exec#1", "exec#2"]);
    expect(v!.message.en).toBe(
      "第1次常务会议 (2026-03-05) and 第2次常务会议 (2026-03-26) are 21 days apart; every 2 weeks allows 10 to 18 days; 10 to 18 days is the profile's reading (the article says every 2 weeks and gives no tolerance) (钟山区 第四十条)",
    );
    expect(v!.message.zh).toBe("第1次常务会议（2026-03-05）与第2次常务会议（2026-03-26）相隔21天，应为10至18天；10至18天是本规则配置的理解（条文为每2周一次，未规定可差几天） (钟山区 第四十条)");
  });

  it("breaks on a gap shorter than weeks×7−4", () => {
    expect(runRule(spec, makePlan(march, { meetings: makeMeetings(["2026-03-05", "2026-03-14"]) }), rule)).toHaveLength(1);
    expect(runRule(spec, makePlan(march, { meetings: makeMeetings(["2026-03-05", "2026-03-15"]) }), rule)).toEqual([]);
  });

  it("judges the gap from the last meeting to the period end when the period is long enough", () => {
    const plan = makePlan({ from: "2026-03-02", to: "2026-04-30" }, { meetings: makeMeetings(["2026-03-05", "2026-03-19"]) });
    const [v] = runRule(spec, plan, rule);
    expect(v!.subjects.meetings).toEqual(["exec#2"]);
    expect(v!.message.en).toContain("is the last of the period");
  });

  it("judges the gap from the period start to the first meeting", () => {
    const plan = makePlan(march, { meetings: makeMeetings(["2026-03-20", "2026-03-31"].slice(0, 1)) });
    // previous at the latest 03-01 → 19 days: broken; next at the earliest 04-01 → 12 days: fine.
    expect(runRule(spec, plan, rule).map((v) => v.message.en)).toEqual([expect.stringContaining("is the first of the period")]);
  });

  it("reports a series with no meeting only when the period is longer than the longest gap", () => {
    expect(runRule(spec, makePlan(march), rule)).toHaveLength(1);
    expect(runRule(spec, makePlan({ from: "2026-03-02", to: "2026-03-18" }), rule)).toEqual([]);
    expect(runRule(spec, makePlan({ from: "2026-03-02", to: "2026-03-19" }), rule)).toHaveLength(1);
  });

  // 钟山区 第四十条 says “原则上每2周召开1次” and no number of days either side: the tolerance is the profile's toleranceDays.
  it("takes the days either side from toleranceDays, the profile's reading", () => {
    const strict = makeRule("cadence.every-n-weeks", { weeks: 2, toleranceDays: 2 }, { cite: ["钟山区", "第四十条", "原则上每2周召开1次"] });
    expect(runRule(spec, makePlan(march, { meetings: makeMeetings(["2026-03-03", "2026-03-19"]) }), strict)).toEqual([]);
    const [v] = runRule(spec, makePlan(march, { meetings: makeMeetings(["2026-03-03", "2026-03-20"]) }), strict);
    expect(v!.message.en).toContain("allows 12 to 16 days; 12 to 16 days is the profile's reading");
    expect(v!.message.zh).toContain("12至16天是本规则配置的理解");
  });
});
