import { describe, expect, it } from "vitest";
import { createCalendar, parsePeriod } from "@yishi/calendar";
import { analyseSeries } from "./analyse-series.js";
import { collectFacts } from "./meeting-input.js";
import { testProfile, testSpec } from "./test-helpers.js";

/**
 * Adjusted working days (调休上班日) under a series' weekdays, over 2026Q1. The
 * State Council's 2026 arrangement, written out here: Sunday 4 January worked
 * for 元旦, Saturdays 14 and 28 February for 春节; days off 1–3 January and
 * 15–23 February.
 */
const MAKE_UP = ["2026-01-04", "2026-02-14", "2026-02-28"];
const OFF = new Set(["2026-01-01", "2026-01-02", "2026-01-03", ...Array.from({ length: 9 }, (_, k) => `2026-02-${String(15 + k)}`)]);
const q1 = parsePeriod("2026Q1");
const calendar = createCalendar();
const profile = testProfile();

/** Every date of 2026Q1 with its weekday (1 = Monday), by UTC arithmetic, not the calendar package. */
const quarter = Array.from({ length: 90 }, (_, day) => {
  const d = new Date(Date.UTC(2026, 0, 1 + day));
  return { date: d.toISOString().slice(0, 10), weekday: ((d.getUTCDay() + 6) % 7) + 1 };
});

function usableDays(series: Record<string, unknown>, p = profile) {
  const spec = testSpec({ series: [{ id: "s", name: "会议", type: "mayor-office", body: "mo", ...series }] });
  const ctx = analyseSeries(spec, p, calendar, q1, collectFacts(spec, undefined), spec.series[0]!, 0);
  return { free: ctx.days.filter((d) => d.blocks.length === 0).map((d) => d.date), ctx };
}

describe("analyseSeries: adjusted working days follow the series' weekdays", () => {
  it("the shipped calendar has the make-up days written above", () => {
    for (const date of MAKE_UP) expect(calendar.describeDay(date)).toMatchObject({ working: true, kind: "adjusted-workday" });
  });

  it("a Friday-only series may use the working Fridays and not the make-up Sunday 4 January", () => {
    const { free, ctx } = usableDays({ weekdays: [5] });
    expect(free).toEqual(quarter.filter((d) => d.weekday === 5 && !OFF.has(d.date)).map((d) => d.date));
    const sunday = ctx.days.find((d) => d.date === "2026-01-04")!;
    expect(sunday.blocks.map((b) => b.code)).toEqual(["adjusted-workday"]);
    expect(sunday.blocks[0]!.message.en).toContain("not one of the series' weekdays");
  });

  it("a Tuesday–Friday series uses no make-up Saturday", () => {
    const { free } = usableDays({ weekdays: [2, 3, 4, 5] });
    expect(free).toEqual(quarter.filter((d) => d.weekday >= 2 && d.weekday <= 5 && !OFF.has(d.date)).map((d) => d.date));
    for (const date of MAKE_UP) expect(free).not.toContain(date);
  });

  it("a series that lists Saturday uses the make-up Saturdays, not the make-up Sunday", () => {
    const { free } = usableDays({ weekdays: [5, 6] });
    expect(free.filter((d) => MAKE_UP.includes(d))).toEqual(["2026-02-14", "2026-02-28"]);
  });

  it("opting in (adjustedWorkdaysAnyWeekday) uses every make-up day", () => {
    const { free } = usableDays({ weekdays: [5], adjustedWorkdaysAnyWeekday: true });
    expect(free.filter((d) => MAKE_UP.includes(d))).toEqual(MAKE_UP);
  });

  it("never on one when the series or the profile's calendar.working-day rule rules them out", () => {
    expect(usableDays({ weekdays: [5, 6, 7], allowAdjustedWorkdays: false }).free.filter((d) => MAKE_UP.includes(d))).toEqual([]);
    const strict = testProfile([
      { id: "strict", kind: "calendar", check: "calendar.working-day", severity: "hard", scope: { meetingTypes: ["mayor-office"], duties: [] }, params: { allowAdjustedWorkdays: false }, citation: { jurisdiction: "测试区", article: "strict", text: "strict" }, summary: { zh: "strict", en: "strict" } },
    ], ["working-day"]);
    const { free, ctx } = usableDays({ weekdays: [5], adjustedWorkdaysAnyWeekday: true }, strict);
    expect(free.filter((d) => MAKE_UP.includes(d))).toEqual([]);
    expect(ctx.days.find((d) => d.date === "2026-02-14")!.blocks[0]!.rule?.id).toBe("strict");
  });

  it("refuses a spec that opts in while allowAdjustedWorkdays is false", () => {
    expect(() => usableDays({ weekdays: [5], allowAdjustedWorkdays: false, adjustedWorkdaysAnyWeekday: true })).toThrow(/adjustedWorkdaysAnyWeekday/);
  });
});

describe("analyseSeries: a meeting does not empty a recurring duty", () => {
  // The mayor's office meeting (zhang, li, huang) on Wednesday mornings, and a Wednesday-morning reception.
  const reception = (pool: string[]) => ({ id: "petition", name: "接访日", weekday: 3, start: "09:00", end: "12:00", pool, perOccurrence: 1 });
  const wednesdays = (ctx: ReturnType<typeof usableDays>["ctx"]) => ctx.days.filter((d) => d.weekday === 3 && !OFF.has(d.date));
  const daysWith = (pool: string[], absences: Record<string, unknown>[] = [], start = "09:00") => {
    const spec = testSpec({ series: [{ id: "s", name: "会议", type: "mayor-office", body: "mo", weekdays: [3], start }], recurringDuties: [reception(pool)], absences: absences as never });
    return analyseSeries(spec, profile, calendar, q1, collectFacts(spec, undefined), spec.series[0]!, 0);
  };

  it("blocks a reception day when every free member of the pool is expected at the meeting", () => {
    const ctx = daysWith(["zhang", "li"]);
    for (const d of wednesdays(ctx)) expect(d.blocks.map((b) => b.code)).toContain("recurring-duty");
    expect(wednesdays(ctx)[0]!.blocks.find((b) => b.code === "recurring-duty")!.message.zh).toContain("接访日");
  });

  it("leaves the day open when someone outside the meeting can take the turn, or the hours do not overlap", () => {
    for (const d of wednesdays(daysWith(["zhang", "sun"]))) expect(d.blocks.map((b) => b.code)).not.toContain("recurring-duty");
    for (const d of wednesdays(daysWith(["zhang", "li"], [], "14:30"))) expect(d.blocks.map((b) => b.code)).not.toContain("recurring-duty");
  });

  it("does not blame the meeting for a turn its pool's absences empty anyway", () => {
    const ctx = daysWith(["zhang", "li"], [{ person: "zhang", from: "2026-01-07", to: "2026-01-07" }, { person: "li", from: "2026-01-07", to: "2026-01-07" }]);
    expect(ctx.days.find((d) => d.date === "2026-01-07")!.blocks.map((b) => b.code)).not.toContain("recurring-duty");
  });
});
