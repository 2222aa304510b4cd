import { describe, expect, it } from "vitest";
import { createCalendar, parsePeriod } from "@yishi/calendar";
import type { Spec, SpecInput } from "@yishi/domain";
import { getProfile } from "@yishi/rules";
import { planMeetings } from "./plan-meetings.js";
import { analyseSeries } from "./analyse-series.js";
import { collectFacts } from "./meeting-input.js";
import { fangshanSpec, hardViolations, judge } from "./test-helpers.js";

/**
 * 房山区 第四十一条: “区政府常务会议由区长、副区长组成,由区长或者委托常务副区长主持。”
 * Only the executive deputy stands in for the mayor: a deputy the body also
 * designates may not, and the planner must not pick them (the checker flags it).
 */
const calendar = createCalendar();
const q1 = parsePeriod("2026Q1");
const fangshan = getProfile("房山区");

function specWith(absences: SpecInput["absences"]): Spec {
  return fangshanSpec({
    rooms: [{ id: "r1", name: "常务会议室" }],
    // wang comes first among the designated: a planner taking the first one present picks a deputy the article does not name.
    bodies: [{ id: "exec", name: "区政府常务会议", type: "executive", members: ["zhang", "li", "wang", "chen", "zhao"], convener: "zhang", designatedConveners: ["wang", "li"] }],
    series: [{ id: "exec", name: "区政府常务会议", type: "executive", body: "exec", weekdays: [2, 3, 4, 5], start: "09:00", durationMinutes: 120, room: "r1" }],
    absences,
  });
}

// The mayor is away all February: the meetings that month are chaired by a stand-in.
const mayorAway = { person: "zhang", from: "2026-02-01", to: "2026-02-28", kind: "travel" as const, approved: true };

describe("房山区 第四十一条: only the executive deputy stands in for the mayor", () => {
  it("the executive deputy, not the deputy designated first, convenes while the mayor is away; the checker agrees", async () => {
    const spec = specWith([mayorAway]);
    const result = await planMeetings({ spec, profile: fangshan, calendar, period: q1 });
    const february = result.meetings.filter((m) => m.date.startsWith("2026-02") && m.status === "scheduled");
    expect(february.length).toBeGreaterThan(0);
    for (const m of february) expect(m.convener).toBe("li");
    const violations = judge(spec, fangshan, calendar, q1, result.meetings);
    expect(violations.filter((v) => v.code === "attendance.convener")).toEqual([]);
    expect(hardViolations(violations)).toEqual([]);
  });

  it("a day the executive deputy is away too is blocked, saying the deputy present may not stand in", async () => {
    const spec = specWith([mayorAway, { person: "li", from: "2026-02-09", to: "2026-02-13", kind: "travel", approved: true }]);
    const ctx = analyseSeries(spec, fangshan, calendar, q1, collectFacts(spec, undefined), spec.series[0]!, 0);
    const day = ctx.days.find((d) => d.date === "2026-02-11")!;
    expect(day.convener).toBeUndefined();
    const block = day.blocks.find((b) => b.code === "convener-absent")!;
    expect(block.rule?.id).toBe("executive.convener");
    expect(block.message.zh).toContain("王副区长");
    expect(block.message.zh).toContain("房山区 第四十一条");
    expect(block.message.en).toContain("the mayor or the executive deputy the mayor designates");
    const result = await planMeetings({ spec, profile: fangshan, calendar, period: q1 });
    for (const m of result.meetings.filter((x) => x.status === "scheduled")) expect(m.date >= "2026-02-09" && m.date <= "2026-02-13").toBe(false);
    expect(hardViolations(judge(spec, fangshan, calendar, q1, result.meetings))).toEqual([]);
  });
});
