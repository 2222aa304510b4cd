import { describe, expect, it } from "vitest";
import { createCalendar, weekdayOf } from "@yishi/calendar";
import { recurringDutyDates } from "./recurring-duty-dates.js";

const calendar = createCalendar();

describe("recurring dates", () => {
  it("places a quarterly lecture (依安县 第七十二条) once a quarter on a working day", () => {
    const dates = recurringDutyDates({ weekday: 4, cadence: "quarterly" }, calendar, "2026-01-01", "2026-12-31");
    expect(dates).toHaveLength(4);
    // 1 January is New Year's Day: the first working Thursday is the 8th.
    expect(dates[0]).toBe("2026-01-08");
    for (const d of dates) expect(calendar.isWorkingDay(d)).toBe(true);
  });
  it("places biweekly and monthly duties", () => {
    const biweekly = recurringDutyDates({ weekday: 2, cadence: "biweekly" }, calendar, "2026-03-01", "2026-03-31");
    expect(biweekly).toHaveLength(2);
    expect(new Set(biweekly.map((d) => weekdayOf(d)))).toEqual(new Set([2]));
    expect(recurringDutyDates({ weekday: 5, cadence: "monthly" }, calendar, "2026-01-01", "2026-03-31")).toEqual(["2026-01-09", "2026-02-06", "2026-03-06"]); // 2 January 2026 is in the New Year break
  });
});
