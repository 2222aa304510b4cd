import { describe, expect, it } from "vitest";
import { check } from "../check.js";
import { getProfile } from "../get-profile.js";
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

  // 北京市 三十九: “坚持周一无会日制度,除连续召开的会议外,周一不安排全市性大会;”
  it("北京市 三十九 names 全市性大会, so 西城区's Monday executive meetings are not told Monday has no meetings", () => {
    const xicheng = getProfile("西城区");
    const conference = makeMeeting("2026-03-09", { id: "conf#1", series: undefined, type: "conference", title: "全区工作会议", room: undefined });
    const executive = makeMeeting("2026-03-09", { n: 2, room: undefined });
    const vs = check(makeSpec({ duty: {} }), makePlan(march, { meetings: [conference, executive] }), xicheng).filter((v) => v.code === "calendar.no-weekday");
    expect(vs.map((v) => v.subjects.meetings)).toEqual([["conf#1"]]);
    expect(vs[0]!.message.zh).toBe("全区工作会议（2026-03-09）安排在星期一：周一无会日，周一不安排全市性大会 (北京市 三十九)");
    expect(vs[0]!.message.en).toBe("全区工作会议 (2026-03-09) falls on a Monday: no city-wide conference (全市性大会) is held on a Monday (周一无会日) (北京市 三十九)");
  });

  it("the default profile, which widens it to every meeting type, says so", () => {
    const [v] = check(makeSpec({ duty: {} }), makePlan(march, { meetings: [makeMeeting("2026-03-09")] }), getProfile("default")).filter((x) => x.rule === "no-monday");
    expect(v!.message.en).toBe("第1次常务会议 (2026-03-09) falls on a Monday: no city-wide conference (全市性大会) is held on a Monday (周一无会日), which this profile applies to every meeting type (北京市 三十九)");
  });
});
