import { YishiError, appendAll, type CalendarSnapshot } from "@yishi/domain";
import { assertDate, dateOf, eachDay, yearOf } from "./dates.js";
import { buildWorkCalendar } from "./build-work-calendar.js";
import type { DayDescription, WorkCalendar } from "./work-calendar.js";

/**
 * The calendar's description of every day of the years `fromYear`..`toYear`,
 * to rebuild it elsewhere (calendarFromSnapshot). A year it cannot describe
 * (no arrangement known) is recorded with its error instead.
 */
export function snapshotCalendar(calendar: WorkCalendar, fromYear: number, toYear: number): CalendarSnapshot {
  const snapshot: CalendarSnapshot = { days: [], unknownYears: [], knownYears: calendar.knownYears(), provisionalYears: [] };
  for (let year = fromYear; year <= toYear; year++) {
    const first = dateOf(year, 1, 1);
    try {
      const days = eachDay(first, dateOf(year, 12, 31)).map((date) => calendar.describeDay(date));
      appendAll(snapshot.days, days);
      if (calendar.isProvisional(first)) snapshot.provisionalYears.push(year);
    } catch (error) {
      if (!(error instanceof YishiError)) throw error;
      snapshot.unknownYears.push({ year, message: error.message });
    }
  }
  return snapshot;
}

/**
 * A WorkCalendar answering from a snapshot, alike in every operation to the
 * calendar it was taken from (both are built by buildWorkCalendar). A day
 * outside the snapshot's years is an error naming them, never a guess.
 */
export function calendarFromSnapshot(snapshot: CalendarSnapshot): WorkCalendar {
  const days = new Map<string, DayDescription>(snapshot.days.map((d) => [d.date, d]));
  const unknown = new Map(snapshot.unknownYears.map((u) => [u.year, u.message]));
  const known = new Set(snapshot.knownYears);
  const provisional = new Set(snapshot.provisionalYears);
  const years = [...new Set(snapshot.days.map((d) => yearOf(d.date)))];
  const describeDay = (date: string): DayDescription => {
    const day = days.get(assertDate(date));
    if (day !== undefined) return day;
    const message = unknown.get(yearOf(date));
    if (message !== undefined) throw new YishiError("UNKNOWN_HOLIDAY_YEAR", message);
    throw new YishiError("DATE_INVALID", `${date} is outside the calendar this page was given (years ${years.join(", ") || "none"})`);
  };
  return buildWorkCalendar(describeDay, {
    knownYears: () => [...known].sort((a, b) => a - b),
    hasYear: (year) => known.has(year),
    isProvisional: (date) => provisional.has(yearOf(assertDate(date))),
  });
}
