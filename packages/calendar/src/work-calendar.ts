import type { LocalizedText } from "@yishi/domain";
import type { PeriodKind } from "./periods.js";

export type DayKind = "workday" | "weekend" | "holiday" | "adjusted-workday";
/** Which layer decided the day; `weekday-rule` when no layer lists it (Mon–Fri work, Sat–Sun off). */
export type DaySource = "shipped" | "national" | "regional" | "unit" | "weekday-rule" | "provisional";

export interface DayDescription {
  date: string;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  working: boolean;
  kind: DayKind;
  /** The holiday the day is off for, or the holiday an adjusted working day (调休) makes up for. */
  holiday?: LocalizedText;
  source: DaySource;
}

export interface WorkCalendar {
  isWorkingDay(date: string): boolean;
  describeDay(date: string): DayDescription;
  /**
   * The date `n` working days after `date` (before it when `n` < 0); `date`
   * itself is never counted. `n = 0` returns `date` when it is a working day,
   * else the next working day.
   */
  addWorkingDays(date: string, n: number): string;
  /** Working days from `from` to `to`, both included. */
  countWorkingDays(from: string, to: string): number;
  /**
   * Working days after `a` up to and including `b`: the count behind "within
   * N working days of a". When `b` is before `a`, minus the working days from
   * `b` up to but excluding `a`, so that `addWorkingDays(a, workingDaysBetween(a, b)) === b`
   * for every working day `b`.
   */
  workingDaysBetween(a: string, b: string): number;
  /** The n-th working day of a month (`n` ≥ 1), or counted from its end (`n` ≤ −1); undefined when the month has fewer. */
  nthWorkingDayOfMonth(year: number, month: number, n: number): string | undefined;
  firstWorkingDay(from: string, to: string): string | undefined;
  lastWorkingDay(from: string, to: string): string | undefined;
  /** First working day of the week (Mon–Sun), month, quarter, half-year or year containing `date`. */
  firstWorkingDayOf(kind: Exclude<PeriodKind, "range">, date: string): string | undefined;
  lastWorkingDayOf(kind: Exclude<PeriodKind, "range">, date: string): string | undefined;
  /** Years with an official arrangement (shipped or a national file), ascending. */
  knownYears(): number[];
  hasYear(year: number): boolean;
  /** True when `date`'s year has no official arrangement and the calendar rests it on the statutory holidays alone. */
  isProvisional(date: string): boolean;
}
