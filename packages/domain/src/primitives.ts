import { z } from "zod";

const DATE_FORMAT = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Calendar dates are plain `YYYY-MM-DD` strings: a date in Asia/Shanghai,
 * never an instant, so no host time zone can shift it.
 */
export const IsoDate = z
  .string()
  .regex(DATE_FORMAT, { message: "expected a date as YYYY-MM-DD" })
  // A value of the wrong format is reported once, by the regex, not again here.
  .refine((value) => !DATE_FORMAT.test(value) || isRealDate(value), {
    message: "not a real calendar date",
    params: { expected: "a date YYYY-MM-DD that exists" },
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
  .regex(/^[^\s]+$/u, { message: "ids contain no spaces" })
  .describe("an identifier");
export type Id = z.infer<typeof Id>;

/** A closed range of calendar dates. */
export const DateRange = z
  .strictObject({ from: IsoDate, to: IsoDate })
  .superRefine(checkDateOrder);
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
  if (!isValidIsoDate(range.from) || !isValidIsoDate(range.to) || range.from <= range.to) return;
  ctx.addIssue({
    code: "custom",
    path: ["to"],
    message: "is before `from`",
    params: { expected: `\`to\` on or after \`from\` ${range.from}` },
  });
}

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  return d <= days;
}
