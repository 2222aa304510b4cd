import { z } from "zod";
import { LIMITS } from "./limits.js";

const DATE_FORMAT = /^\d{4}-\d{2}-\d{2}$/;

const SUPPORTED_YEARS = `${LIMITS.minYear}–${LIMITS.maxYear}`;

/**
 * Calendar dates are plain `YYYY-MM-DD` strings: a date in Asia/Shanghai,
 * never an instant, so no host time zone can shift it. Years outside
 * 1900–2200 are refused: `0026-01-05` is a slip for 2026, and JavaScript's
 * Date would read years 0–99 as 1900–1999.
 */
export const IsoDate = z
  .string()
  .regex(DATE_FORMAT, { message: "expected a date as YYYY-MM-DD" })
  // A value of the wrong format is reported once, by the regex, not again here.
  .refine((value) => !DATE_FORMAT.test(value) || isRealDate(value), {
    message: "not a real calendar date",
    params: { expected: "a date YYYY-MM-DD that exists" },
  })
  .refine((value) => !isValidIsoDate(value) || isSupportedYear(Number(value.slice(0, 4))), {
    message: `year outside the supported years ${SUPPORTED_YEARS}`,
    params: { expected: `a date in the years ${SUPPORTED_YEARS}` },
  })
  .describe("a calendar date, YYYY-MM-DD");
export type IsoDate = z.infer<typeof IsoDate>;

/** Clock time of day in Asia/Shanghai, `HH:MM` (24-hour). */
export const ClockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "expected a time as HH:MM (24-hour)" })
  .describe("a time of day, HH:MM");
export type ClockTime = z.infer<typeof ClockTime>;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const Weekday = z.number().int().min(1).max(7).describe("an ISO weekday, 1 (Monday) to 7 (Sunday)");
export type Weekday = z.infer<typeof Weekday>;

/** Identifiers are written by hand in specs; Chinese is allowed. */
export const Id = z
  .string()
  .min(1, { message: "expected a non-empty id" })
  .max(LIMITS.maxIdLength)
  .regex(/^[^\s]+$/u, { message: "ids contain no spaces" })
  .describe("an identifier");
export type Id = z.infer<typeof Id>;

/** A name, title, location or phone number: one line a planner reads (at most 200 characters). */
export const Name = z.string().min(1).max(LIMITS.maxNameLength);
/** Like `Name`, but may be empty. */
export const ShortText = z.string().max(LIMITS.maxNameLength);
/** Free text: a reason, a note, an explanation (at most 2000 characters). */
export const Text = z.string().max(LIMITS.maxTextLength);
/** A file path written in a spec. */
export const FilePath = z.string().min(1).max(LIMITS.maxPathLength);

/** A whole number from `min` to `max`; every count in an input has an upper bound (see limits.ts). */
export function boundedInt(min: number, max: number) {
  return z.number().int().min(min).max(max);
}

/**
 * A meeting's id in a plan, `<series>#<n>`: a series id plus its number, so
 * it may be longer than an `Id` (but still bounded).
 */
export const MeetingId = z
  .string()
  .min(1, { message: "expected a non-empty id" })
  .max(LIMITS.maxIdLength * 2)
  .regex(/^[^\s]+$/u, { message: "ids contain no spaces" })
  .describe("a meeting id");

/** A closed range of calendar dates. */
export const DateRange = z
  .strictObject({ from: IsoDate, to: IsoDate })
  .superRefine((range, ctx) => checkDateRange(range, ctx, "a range"));
export type DateRange = z.infer<typeof DateRange>;

/** Text in Chinese and English, for everything a planner reads. */
export const LocalizedText = z.object({ zh: z.string(), en: z.string() });
export type LocalizedText = z.infer<typeof LocalizedText>;

/** A `YYYY-MM-DD` string naming a day that exists. */
export function isValidIsoDate(value: unknown): value is string {
  return typeof value === "string" && DATE_FORMAT.test(value) && isRealDate(value);
}

/**
 * `to` must not be before `from`. Judged only when both are valid dates: a bad
 * date is already reported once by IsoDate and must not add a false second problem.
 */
export function checkDateOrder(range: { from: string; to: string }, ctx: z.RefinementCtx): void {
  if (!isSupportedIsoDate(range.from) || !isSupportedIsoDate(range.to) || range.from <= range.to) return;
  ctx.addIssue({
    code: "custom",
    path: ["to"],
    message: "is before `from`",
    params: { expected: `\`to\` on or after \`from\` ${range.from}` },
  });
}

/** `YYYY-MM-DD` naming a day that exists, in the supported years 1900–2200. */
export function isSupportedIsoDate(value: unknown): value is string {
  return isValidIsoDate(value) && isSupportedYear(Number(value.slice(0, 4)));
}

export function isSupportedYear(year: number): boolean {
  return Number.isInteger(year) && year >= LIMITS.minYear && year <= LIMITS.maxYear;
}

/**
 * `to` on or after `from`, and the range at most LIMITS.maxRangeDays long,
 * since the planner expands an absence or blackout day by day. `what` names
 * the range in the message ("an absence spans at most 731 days").
 */
export function checkDateRange(range: { from: string; to: string }, ctx: z.RefinementCtx, what: string): void {
  checkDateOrder(range, ctx);
  if (!isSupportedIsoDate(range.from) || !isSupportedIsoDate(range.to) || range.from > range.to) return;
  const days = daysBetween(range.from, range.to) + 1;
  if (days > LIMITS.maxRangeDays) {
    ctx.addIssue({
      code: "custom",
      path: ["to"],
      message: `${what} of ${days} days is too long; split it or give only the part that matters`,
      params: { expected: `at most ${LIMITS.maxRangeDays} days from \`from\` ${range.from}` },
    });
  }
}

/** Whole days from `a` to `b`; both are supported dates (years 1900–2200, where Date.UTC is exact). */
export function daysBetween(a: string, b: string): number {
  const day = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / 86_400_000;
  return day(b) - day(a);
}

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  return d <= days;
}
