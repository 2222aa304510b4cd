import { describe, expect, it } from "vitest";
import { createCalendar, diffDays, parsePeriod } from "@yishi/calendar";
import { Spec, type SpecInput } from "@yishi/domain";
import { getProfile } from "@yishi/rules";
import { planMeetings } from "./plan-meetings.js";
import { hardViolations, judge } from "./test-helpers.js";

/**
 * 依安县 第四十五条 “县政府全体会议一般每半年召开一次”: one in each half-year, and
 * (the profile's reading of 一般每半年, the article giving no number of days)
 * 121 to 243 days apart. The planner keeps the spacing, not only the counts,
 * and the independent checker finds nothing to flag.
 */
const calendar = createCalendar();
const year = parsePeriod("2026");
const yian = getProfile("依安县");

function specWith(series: Partial<NonNullable<SpecInput["series"]>[number]> = {}): Spec {
  return Spec.parse({
    organization: { id: "ya", name: "依安县人民政府", jurisdiction: "依安县" },
    profile: { base: "依安县" },
    people: [
      { id: "mayor", name: "县长", roles: ["mayor"] },
      { id: "d1", name: "副县长甲", roles: ["executive-deputy"] },
      { id: "d2", name: "副县长乙", roles: ["deputy"] },
    ],
    rooms: [{ id: "hall", name: "县政府大会议室" }],
    bodies: [
      { id: "plenary", name: "县政府全体会议", type: "plenary", members: ["mayor", "d1", "d2"], convener: "mayor" },
      { id: "study", name: "县政府学习讲座", type: "study", members: ["mayor", "d1", "d2"], convener: "mayor" },
    ],
    series: [
      { id: "plenary", name: "县政府全体会议", type: "plenary", body: "plenary", weekdays: [2, 3, 4], start: "09:00", durationMinutes: 120, room: "hall", ...series },
      // 第七十二条 一般三个月安排一次: the profile's rule counts study meetings; a series of them states the same reading as its own cadence.
      { id: "study", name: "县政府学习讲座", type: "study", body: "study", weekdays: [5], start: "15:00", durationMinutes: 90, room: "hall", avoid: [{ from: "2026-01-01", to: "2026-03-25" }], cadence: { kind: "per-quarter", min: 1, max: 1, minGapDays: 61, maxGapDays: 121 } },
    ],
  });
}

describe("依安县 第四十五条: the half-yearly plenary about six months apart", () => {
  it("with the first half free only in its last week, the second waits until 121 days have passed", async () => {
    // Nothing before 25 June: the first half's plenary falls in its last days; 1 July would keep the count but not the spacing.
    const spec = specWith({ avoid: [{ from: "2026-01-01", to: "2026-06-24" }] });
    const { meetings } = await planMeetings({ spec, profile: yian, calendar, period: year });
    const dates = meetings.filter((m) => m.series === "plenary").map((m) => m.date);
    expect(dates).toHaveLength(2);
    expect(dates[0]! >= "2026-06-25" && dates[0]! <= "2026-06-30").toBe(true);
    const gap = diffDays(dates[0]!, dates[1]!);
    expect(gap).toBeGreaterThanOrEqual(121);
    expect(gap).toBeLessThanOrEqual(243);
    expect(hardViolations(judge(spec, yian, calendar, year, meetings))).toEqual([]);
  });

  it("第七十二条: the lectures, the first pushed to late March, are 61 to 121 days apart", async () => {
    const spec = specWith();
    const { meetings } = await planMeetings({ spec, profile: yian, calendar, period: year });
    const dates = meetings.filter((m) => m.series === "study").map((m) => m.date);
    expect(dates).toHaveLength(4);
    for (let i = 1; i < dates.length; i++) expect(diffDays(dates[i - 1]!, dates[i]!)).toBeGreaterThanOrEqual(61);
    expect(hardViolations(judge(spec, yian, calendar, year, meetings))).toEqual([]);
  });

  it("第七十二条 with no cadence of the series' own: the profile's count per quarter is the planner's reading too, and the checker finds nothing", async () => {
    const base = specWith();
    const spec = Spec.parse({ ...base, series: base.series.map((s) => (s.id === "study" ? { ...s, cadence: undefined, avoid: [] } : s)) });
    expect(spec.series.find((s) => s.id === "study")!.cadence).toBeUndefined();
    const { meetings } = await planMeetings({ spec, profile: yian, calendar, period: year });
    const dates = meetings.filter((m) => m.series === "study").map((m) => m.date);
    // One a quarter (the rule's min, no more), 61 to 121 days apart: what study.lectures judges.
    expect(dates.map((d) => Math.ceil(Number(d.slice(5, 7)) / 3))).toEqual([1, 2, 3, 4]);
    for (let i = 1; i < dates.length; i++) expect(diffDays(dates[i - 1]!, dates[i]!)).toBeGreaterThanOrEqual(61);
    expect(hardViolations(judge(spec, yian, calendar, year, meetings))).toEqual([]);
  });

  it("a series' own cadence states the spacing too", async () => {
    const spec = specWith({ avoid: [{ from: "2026-01-01", to: "2026-06-24" }], cadence: { kind: "per-half-year", min: 1, max: 1, minGapDays: 150, maxGapDays: 200 } });
    const { meetings } = await planMeetings({ spec, profile: yian, calendar, period: year });
    const dates = meetings.filter((m) => m.series === "plenary").map((m) => m.date);
    expect(diffDays(dates[0]!, dates[1]!)).toBeGreaterThanOrEqual(150);
  });
});
