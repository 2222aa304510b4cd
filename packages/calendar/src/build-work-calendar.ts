import { YishiError } from "@yishi/domain";
import { addDays, assertDate, dateOf, daysInMonth, eachDay } from "./dates.js";
import { periodContaining } from "./periods.js";
import type { DayDescription, WorkCalendar } from "./work-calendar.js";

/** What a calendar knows beyond its days: which years are official, which provisional. */
export interface CalendarYears {
  knownYears(): number[];
  hasYear(year: number): boolean;
  isProvisional(date: string): boolean;
}

/**
 * Every working-day operation from one `describeDay`: the full calendar
 * (arrangements, files, provisional years) and a snapshot of it (the browser
 * workbench) answer alike because they share this code.
 */
export function buildWorkCalendar(describeDay: (date: string) => DayDescription, years: CalendarYears): WorkCalendar {
  const isWorkingDay = (date: string) => describeDay(date).working;

  function countWorkingDays(from: string, to: string): number {
    if (assertDate(to) < assertDate(from)) throw new YishiError("DATE_INVALID", `the range ${from}..${to} ends before it starts`);
    return eachDay(from, to).filter(isWorkingDay).length;
  }

  function firstWorkingDay(from: string, to: string): string | undefined {
    return eachDay(from, to).find(isWorkingDay);
  }

  function lastWorkingDay(from: string, to: string): string | undefined {
    return eachDay(from, to).findLast(isWorkingDay);
  }

  return {
    isWorkingDay,
    describeDay,
    addWorkingDays(date, n) {
      if (!Number.isInteger(n)) throw new YishiError("USAGE", `the number of working days must be a whole number, found ${n}`);
      let day = assertDate(date);
      if (n === 0) {
        while (!isWorkingDay(day)) day = addDays(day, 1);
        return day;
      }
      const step = Math.sign(n);
      for (let left = Math.abs(n); left > 0; ) {
        day = addDays(day, step);
        if (isWorkingDay(day)) left--;
      }
      return day;
    },
    countWorkingDays,
    workingDaysBetween(a, b) {
      if (assertDate(b) >= assertDate(a)) return b === a ? 0 : countWorkingDays(addDays(a, 1), b);
      // Mirror image: going back, `a` is not counted and `b` is (0 - n avoids -0).
      return 0 - countWorkingDays(b, addDays(a, -1));
    },
    nthWorkingDayOfMonth(year, month, n) {
      if (!Number.isInteger(n) || n === 0) throw new YishiError("USAGE", `n must be a whole number other than 0, found ${n}`);
      const days = eachDay(dateOf(year, month, 1), dateOf(year, month, daysInMonth(year, month))).filter(isWorkingDay);
      return n > 0 ? days[n - 1] : days[days.length + n];
    },
    firstWorkingDay,
    lastWorkingDay,
    firstWorkingDayOf: (kind, date) => {
      const { from, to } = periodContaining(kind, date);
      return firstWorkingDay(from, to);
    },
    lastWorkingDayOf: (kind, date) => {
      const { from, to } = periodContaining(kind, date);
      return lastWorkingDay(from, to);
    },
    ...years,
  };
}
