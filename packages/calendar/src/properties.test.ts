import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createCalendar } from "./calendar.js";
import { addDays, diffDays, weekdayOf } from "./dates.js";

const calendar = createCalendar();
/** Dates far enough inside the shipped years that ±60 working days stay known. */
const knownDate = fc.integer({ min: 0, max: diffDays("2004-04-01", "2026-09-30") }).map((k) => addDays("2004-04-01", k));
const workingDayCount = fc.integer({ min: -60, max: 60 }).filter((n) => n !== 0);

describe("properties", () => {
  it("addDays and diffDays are inverse, and weekdays cycle", () => {
    fc.assert(
      fc.property(knownDate, fc.integer({ min: -5000, max: 5000 }), (date, k) => {
        expect(diffDays(date, addDays(date, k))).toBe(k);
        expect(weekdayOf(addDays(date, k))).toBe(((((weekdayOf(date) - 1 + k) % 7) + 7) % 7) + 1);
      }),
    );
  });

  it("workingDaysBetween undoes addWorkingDays, which lands on a working day", () => {
    fc.assert(
      fc.property(knownDate, workingDayCount, (date, n) => {
        const result = calendar.addWorkingDays(date, n);
        expect(calendar.isWorkingDay(result)).toBe(true);
        expect(calendar.workingDaysBetween(date, result)).toBe(n);
      }),
    );
  });
});
