import { describe, expect, it } from "vitest";
import { makeMeeting, makePlan, makeRule, makeSpec, runRule } from "./test-helpers.js";

// 北京市 三十九: 周一无会日…连续召开的会议除外.
const rule = makeRule("calendar.no-weekday", { weekdays: [1] }, { cite: ["北京市", "三十九", "实行“周一无会日”"] });
const spec = makeSpec();
const march = { from: "2026-03-01", to: "2026-03-31" };

describe("calendar.no-weekday", () => {
  it("keeps a Tuesday and breaks on a Monday", () => {
    expect(runRule(spec, makePlan(march, { meetings: [makeMeeting("2026-03-10")] }), rule)).toEqual([]);
    const [v] = runRule(spec, makePlan(march, { meetings: [makeMeeting("2026-03-09")] }), rule);
    expect(v!.message.en).toBe("第1次常务会议 (2026-03-09) falls on a Monday, a day without meetings (北京市 三十九)");
    expect(v!.message.zh).toBe("第1次常务会议（2026-03-09）安排在星期一，星期一不安排会议 (北京市 三十九)");
  });

  it("exempts a meeting continuing over consecutive days, unless the params say otherwise", () => {
    const plan = makePlan(march, { meetings: [makeMeeting("2026-03-09", { endDate: "2026-03-10" })] });
    expect(runRule(spec, plan, rule)).toEqual([]);
    expect(runRule(spec, plan, makeRule("calendar.no-weekday", { weekdays: [1], exceptConsecutiveDays: false }))).toHaveLength(1);
  });

  it("a meeting that continues into a Monday is not one that starts on it", () => {
    expect(runRule(spec, makePlan(march, { meetings: [makeMeeting("2026-03-06", { endDate: "2026-03-09" })] }), rule)).toEqual([]);
  });
});
