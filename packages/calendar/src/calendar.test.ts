import type { HolidayFile } from "@yishi/domain";
import { afterEach, describe, expect, it } from "vitest";
import { createCalendar } from "./calendar.js";

const calendar = createCalendar();

describe("describeDay", () => {
  it("marks 2026-02-14, a Saturday, as a working day adjusted for the Spring Festival", () => {
    expect(calendar.describeDay("2026-02-14")).toEqual({
      date: "2026-02-14",
      weekday: 6,
      working: true,
      kind: "adjusted-workday",
      holiday: { zh: "春节", en: "Spring Festival" },
      source: "shipped",
    });
  });

  it("marks holiday days, weekend days inside a holiday included", () => {
    expect(calendar.describeDay("2026-02-17")).toMatchObject({ working: false, kind: "holiday", holiday: { zh: "春节" } });
    expect(calendar.describeDay("2026-02-21")).toMatchObject({ weekday: 6, working: false, kind: "holiday" });
  });

  it("falls back to the week for unlisted days", () => {
    expect(calendar.describeDay("2026-03-07")).toEqual({ date: "2026-03-07", weekday: 6, working: false, kind: "weekend", source: "weekday-rule" });
    expect(calendar.describeDay("2026-03-09")).toEqual({ date: "2026-03-09", weekday: 1, working: true, kind: "workday", source: "weekday-rule" });
  });

  it("rejects a date that does not exist", () => {
    expect(() => calendar.describeDay("2026-02-29")).toThrow(expect.objectContaining({ code: "DATE_INVALID" }));
  });
});

describe("working-day arithmetic", () => {
  it("adds 7 working days from 2026-02-13 across the Spring Festival", () => {
    // 02-14 (adjusted Saturday), 02-24..02-27, 02-28 (adjusted Saturday), 03-02.
    expect(calendar.addWorkingDays("2026-02-13", 7)).toBe("2026-03-02");
  });

  it("counts backwards for negative n", () => {
    expect(calendar.addWorkingDays("2026-02-24", -1)).toBe("2026-02-14");
    expect(calendar.addWorkingDays("2026-02-24", -2)).toBe("2026-02-13");
  });

  it("with n = 0 keeps a working day and moves a day off to the next working day", () => {
    expect(calendar.addWorkingDays("2026-02-13", 0)).toBe("2026-02-13");
    expect(calendar.addWorkingDays("2026-02-17", 0)).toBe("2026-02-24");
  });

  it("counts working days inclusively", () => {
    // 20 weekdays, 6 of them Spring Festival days off, plus two adjusted Saturdays.
    expect(calendar.countWorkingDays("2026-02-01", "2026-02-28")).toBe(16);
    expect(calendar.countWorkingDays("2026-02-14", "2026-02-14")).toBe(1);
    expect(() => calendar.countWorkingDays("2026-02-02", "2026-02-01")).toThrow(expect.objectContaining({ code: "DATE_INVALID" }));
  });

  it("counts working days after a up to and including b", () => {
    expect(calendar.workingDaysBetween("2026-02-13", "2026-03-02")).toBe(7);
    expect(calendar.workingDaysBetween("2026-03-02", "2026-02-13")).toBe(-7);
    expect(calendar.workingDaysBetween("2026-02-13", "2026-02-13")).toBe(0);
    expect(calendar.workingDaysBetween("2026-02-13", "2026-02-23")).toBe(1);
    // Backwards from a day off: the adjusted Saturday before the holiday is one working day back.
    expect(calendar.workingDaysBetween("2026-02-21", "2026-02-14")).toBe(-1);
    expect(calendar.workingDaysBetween("2026-02-21", "2026-02-16")).toBe(0);
  });

  it("finds the n-th working day of a month from either end", () => {
    expect(calendar.nthWorkingDayOfMonth(2026, 2, 1)).toBe("2026-02-02");
    expect(calendar.nthWorkingDayOfMonth(2026, 2, -1)).toBe("2026-02-28");
    expect(calendar.nthWorkingDayOfMonth(2026, 10, 1)).toBe("2026-10-08");
    expect(calendar.nthWorkingDayOfMonth(2026, 2, 17)).toBeUndefined();
    expect(() => calendar.nthWorkingDayOfMonth(2026, 2, 0)).toThrow(expect.objectContaining({ code: "USAGE" }));
  });

  it("finds the first and last working day of a range and of the period around a date", () => {
    expect(calendar.firstWorkingDay("2026-10-01", "2026-10-31")).toBe("2026-10-08");
    expect(calendar.lastWorkingDay("2026-02-15", "2026-02-23")).toBeUndefined();
    expect(calendar.firstWorkingDayOf("week", "2026-02-18")).toBeUndefined();
    expect(calendar.lastWorkingDayOf("week", "2026-02-11")).toBe("2026-02-14");
    expect(calendar.firstWorkingDayOf("month", "2026-10-15")).toBe("2026-10-08");
    expect(calendar.lastWorkingDayOf("quarter", "2026-08-01")).toBe("2026-09-30");
    expect(calendar.firstWorkingDayOf("half-year", "2026-03-01")).toBe("2026-01-04"); // an adjusted Sunday
    expect(calendar.lastWorkingDayOf("year", "2026-03-01")).toBe("2026-12-31");
  });

  it("can leave adjusted weekend days out of the count", () => {
    const noSaturdays = createCalendar({ saturdayWorkdaysCount: false });
    expect(noSaturdays.describeDay("2026-02-14")).toMatchObject({ working: false, kind: "adjusted-workday" });
    expect(noSaturdays.countWorkingDays("2026-02-01", "2026-02-28")).toBe(14);
  });
});

describe("unknown years", () => {
  it("throws UNKNOWN_HOLIDAY_YEAR naming the year and both ways out", () => {
    expect(() => calendar.isWorkingDay("2035-01-01")).toThrow(expect.objectContaining({ code: "UNKNOWN_HOLIDAY_YEAR" }));
    expect(() => calendar.isWorkingDay("2035-01-01")).toThrow(/2035.*known: 2004–2026.*--holidays.*assumeWeekendsOnly/s);
  });

  it("stops arithmetic that runs into an unknown year", () => {
    expect(() => calendar.addWorkingDays("2026-12-30", 5)).toThrow(expect.objectContaining({ code: "UNKNOWN_HOLIDAY_YEAR" }));
  });

  it("uses plain weeks when asked to", () => {
    const weeks = createCalendar({ assumeWeekendsOnly: true });
    expect(weeks.describeDay("2035-01-01")).toMatchObject({ weekday: 1, working: true, source: "weekday-rule" });
    expect(weeks.addWorkingDays("2026-12-30", 5)).toBe("2027-01-06");
    expect(weeks.hasYear(2035)).toBe(false);
  });
});

describe("layers", () => {
  const file2028: HolidayFile = {
    year: 2028,
    papers: ["https://example.org/2028"],
    days: [
      { name: "元旦", date: "2028-01-01", isOffDay: true },
      { name: "春节", date: "2028-01-29", isOffDay: false },
    ],
  };

  it("a national file makes its year known", () => {
    const cal = createCalendar({ national: [file2028] });
    expect(cal.hasYear(2028)).toBe(true);
    expect(cal.knownYears().at(-1)).toBe(2028);
    expect(cal.describeDay("2028-01-01")).toMatchObject({ kind: "holiday", holiday: { zh: "元旦", en: "New Year's Day" }, source: "national" });
    expect(cal.describeDay("2028-01-29")).toMatchObject({ weekday: 6, working: true, kind: "adjusted-workday", source: "national" });
    expect(cal.describeDay("2028-03-01")).toMatchObject({ working: true, source: "weekday-rule" });
    expect(() => cal.describeDay("2027-06-01")).toThrow(/known: 2004–2026, 2028/);
  });

  it("a national file replaces the shipped listing of its year as a whole", () => {
    const cal = createCalendar({ national: [{ year: 2026, papers: [], days: [{ name: "元旦", date: "2026-01-01", isOffDay: true }] }] });
    expect(cal.describeDay("2026-01-01").source).toBe("national");
    expect(cal.describeDay("2026-02-17")).toMatchObject({ working: true, kind: "workday", source: "weekday-rule" });
    expect(cal.describeDay("2026-02-14")).toMatchObject({ working: false, kind: "weekend" });
  });

  it("refuses an empty national file, holiday-cn's mark of a year not yet announced", () => {
    expect(() => createCalendar({ national: [{ year: 2027, papers: [], days: [] }] })).toThrow(expect.objectContaining({ code: "HOLIDAY_DATA_INVALID" }));
  });

  it("regional and unit files override single days, unit last", () => {
    const cal = createCalendar({
      regional: [{ year: 2026, days: [{ name: "三月三", date: "2026-04-20", isOffDay: true }, { name: "三月三", date: "2026-04-21", isOffDay: true }] }],
      unit: [{ year: 2026, days: [{ name: "值班", date: "2026-04-21", isOffDay: false }, { name: "春节", date: "2026-02-17", isOffDay: false }] }],
    });
    expect(cal.describeDay("2026-04-20")).toMatchObject({ working: false, kind: "holiday", holiday: { zh: "三月三" }, source: "regional" });
    expect(cal.describeDay("2026-04-21")).toMatchObject({ working: true, kind: "workday", source: "unit" });
    expect(cal.describeDay("2026-02-17")).toMatchObject({ working: true, source: "unit" });
    expect(cal.describeDay("2026-02-18")).toMatchObject({ working: false, source: "shipped" });
  });

  it("regional and unit files do not make a year known", () => {
    const cal = createCalendar({ unit: [{ year: 2028, days: [{ name: "所庆日", date: "2028-05-20", isOffDay: true }] }] });
    expect(cal.hasYear(2028)).toBe(false);
    expect(() => cal.describeDay("2028-05-20")).toThrow(expect.objectContaining({ code: "UNKNOWN_HOLIDAY_YEAR" }));
  });
});

describe("host time zone", () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  it.each(["America/Los_Angeles", "Asia/Shanghai", "Pacific/Kiritimati", "Pacific/Pago_Pago", "UTC"])("gives the same answers under TZ=%s", (zone) => {
    process.env.TZ = zone;
    const cal = createCalendar();
    expect(cal.addWorkingDays("2026-02-13", 7)).toBe("2026-03-02");
    expect(cal.describeDay("2026-02-14").weekday).toBe(6);
    expect(cal.countWorkingDays("2026-01-01", "2026-12-31")).toBe(createCalendar().countWorkingDays("2026-01-01", "2026-12-31"));
    expect(cal.nthWorkingDayOfMonth(2026, 3, 1)).toBe("2026-03-02");
  });
});
