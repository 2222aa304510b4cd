import { LIMITS, YishiError, isSupportedYear, isValidIsoDate } from "@yishi/domain";

/**
 * Arithmetic on `YYYY-MM-DD` calendar dates. Dates are mapped to whole days
 * since 1970-01-01 through `Date.UTC` and read back with UTC getters only, so
 * no host time zone can shift a date: a date string already *is* the day in
 * Asia/Shanghai.
 */

const MS_PER_DAY = 86_400_000;

/**
 * Throws DATE_INVALID unless `value` is a real `YYYY-MM-DD` date in the
 * supported years (1900–2200, LIMITS): what a planner may write.
 */
export function assertDate(value: string, what = "date"): string {
  requireDate(value, what);
  if (!isSupportedYear(Number(value.slice(0, 4)))) {
    throw new YishiError("DATE_INVALID", `${what} must be in the years ${LIMITS.minYear}–${LIMITS.maxYear}, found ${JSON.stringify(value)}`);
  }
  return value;
}

/**
 * A real `YYYY-MM-DD` date of any year 0000–9999: arithmetic a step past the
 * supported years (the week before 1900-01-01) still works.
 */
function requireDate(value: string, what = "date"): string {
  // A date whose day number is kept was checked already.
  if (dayNumbers.has(value)) return value;
  if (!isValidIsoDate(value)) {
    throw new YishiError("DATE_INVALID", `${what} must be a real calendar date as YYYY-MM-DD, found ${JSON.stringify(value)}`);
  }
  return value;
}

/**
 * Day numbers of the dates met so far, and back: the planners ask for the
 * same few hundred dates millions of times (a province's agendas: a tenth of
 * a batch's time went on checking and converting them). Only checked dates
 * go in; cleared past DAY_CACHE_MAX, so a long-running process stays small.
 */
const DAY_CACHE_MAX = 100_000;
const dayNumbers = new Map<string, number>();
const dayStrings = new Map<number, string>();

function toDayNumber(date: string): number {
  const known = dayNumbers.get(date);
  if (known !== undefined) return known;
  requireDate(date);
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  // Not Date.UTC(y, …): it reads years 0–99 as 1900–1999 (0026-01-01 became 1926).
  const instant = new Date(0);
  instant.setUTCFullYear(y, m - 1, d);
  const day = instant.getTime() / MS_PER_DAY;
  if (dayNumbers.size >= DAY_CACHE_MAX) dayNumbers.clear();
  dayNumbers.set(date, day);
  return day;
}

function fromDayNumber(day: number): string {
  const known = dayStrings.get(day);
  if (known !== undefined) return known;
  const date = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
  if (dayStrings.size >= DAY_CACHE_MAX) dayStrings.clear();
  dayStrings.set(day, date);
  return date;
}

/** Builds a date from its parts; `month` is 1–12. */
export function dateOf(year: number, month: number, day: number): string {
  return requireDate(`${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
}

export function yearOf(date: string): number {
  return Number(requireDate(date).slice(0, 4));
}

/** Month of the year, 1–12. */
export function monthOf(date: string): number {
  return Number(requireDate(date).slice(5, 7));
}

export function addDays(date: string, n: number): string {
  return fromDayNumber(toDayNumber(date) + n);
}

/** Days from `a` to `b` (b − a): positive when `b` is later. */
export function diffDays(a: string, b: string): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. 1970-01-01 was a Thursday (4). */
export function weekdayOf(date: string): number {
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

export function isWeekend(date: string): boolean {
  return weekdayOf(date) >= 6;
}

/** Every date from `from` to `to`, both included; empty when `to` is before `from`. */
export function eachDay(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = toDayNumber(from), end = toDayNumber(to); day <= end; day++) days.push(fromDayNumber(day));
  return days;
}

export function startOfMonth(date: string): string {
  return `${requireDate(date).slice(0, 7)}-01`;
}

export function endOfMonth(date: string): string {
  return addDays(addMonthsToFirst(startOfMonth(date), 1), -1);
}

/** Monday of the ISO week containing `date`. */
export function startOfWeek(date: string): string {
  return addDays(date, 1 - weekdayOf(date));
}

/** Sunday of the ISO week containing `date`. */
export function endOfWeek(date: string): string {
  return addDays(date, 7 - weekdayOf(date));
}

export function daysInMonth(year: number, month: number): number {
  return diffDays(dateOf(year, month, 1), addMonthsToFirst(dateOf(year, month, 1), 1));
}

/** Only for first-of-month dates, where adding months never overflows a day. */
function addMonthsToFirst(first: string, months: number): string {
  const index = yearOf(first) * 12 + monthOf(first) - 1 + months;
  return dateOf(Math.floor(index / 12), (index % 12) + 1, 1);
}
