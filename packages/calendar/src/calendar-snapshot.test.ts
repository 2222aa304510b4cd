import { describe, expect, it } from "vitest";
import { CalendarSnapshot, YishiError } from "@yishi/domain";
import { createCalendar } from "./calendar.js";
import { calendarFromSnapshot, snapshotCalendar } from "./calendar-snapshot.js";
import { eachDay } from "./dates.js";

describe("calendarFromSnapshot", () => {
  const calendar = createCalendar();
  // Through JSON and the schema, as the workbench receives it.
  const snapshot = CalendarSnapshot.parse(JSON.parse(JSON.stringify(snapshotCalendar(calendar, 2025, 2027))));
  const copy = calendarFromSnapshot(snapshot);

  it("describes every day of its years as the calendar it was taken from", () => {
    for (const date of eachDay("2025-01-01", "2026-12-31")) expect(copy.describeDay(date)).toEqual(calendar.describeDay(date));
    expect(copy.describeDay("2026-02-17").holiday?.zh).toBe("春节");
  });

  it("answers the working-day operations alike", () => {
    for (const [a, b] of [["2026-01-30", "2026-02-26"], ["2026-09-28", "2026-10-09"], ["2025-12-31", "2026-01-05"]] as const) {
      expect(copy.countWorkingDays(a, b)).toBe(calendar.countWorkingDays(a, b));
      expect(copy.workingDaysBetween(b, a)).toBe(calendar.workingDaysBetween(b, a));
      expect(copy.addWorkingDays(a, 7)).toBe(calendar.addWorkingDays(a, 7));
      expect(copy.addWorkingDays(b, -7)).toBe(calendar.addWorkingDays(b, -7));
    }
    expect(copy.nthWorkingDayOfMonth(2026, 2, -1)).toBe(calendar.nthWorkingDayOfMonth(2026, 2, -1));
    expect(copy.firstWorkingDayOf("quarter", "2026-10-15")).toBe(calendar.firstWorkingDayOf("quarter", "2026-10-15"));
    expect(copy.knownYears()).toEqual(calendar.knownYears());
  });

  it("gives a year without an arrangement the same refusal, and a day outside its years an error naming them", () => {
    const refusal = (() => {
      try {
        calendar.describeDay("2027-03-01");
      } catch (error) {
        return error as YishiError;
      }
      throw new Error("2027 has an arrangement now; pick a later year");
    })();
    expect(() => copy.describeDay("2027-03-01")).toThrow(refusal.message);
    expect(() => copy.describeDay("2024-12-31")).toThrow(/outside the calendar this page was given \(years 2025, 2026\)/);
  });

  it("keeps a provisional year provisional", () => {
    const provisional = calendarFromSnapshot(snapshotCalendar(createCalendar({ provisional: true }), 2027, 2027));
    expect(provisional.isProvisional("2027-05-01")).toBe(true);
    expect(provisional.describeDay("2027-10-01")).toMatchObject({ working: false, kind: "holiday", source: "provisional" });
  });
});
