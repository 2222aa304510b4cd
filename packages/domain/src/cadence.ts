import { z } from "zod";
import { boundedInt } from "./primitives.js";
import { LIMITS } from "./limits.js";

/**
 * How often a series meets. Each form is one way the working rules phrase it:
 * 每两周 (every-n-weeks), 每月1至2次 (per-month), 月初/月末 (month-position),
 * 每半年 (per-half-year), 每年 (per-year), 根据需要 (as-needed). Counts are
 * bounded by the days they cover (31 a month … 366 a year), gaps by a year.
 */
/**
 * “About every three months / half a year”: the fewest and most days between
 * consecutive occurrences (a reading: no article gives a number; the spec's own
 * here, the profile's in its cadence rule). Absent: only the counts bind.
 */
const SPAN_SPACING = {
  minGapDays: boundedInt(1, LIMITS.maxGapDays).optional(),
  maxGapDays: boundedInt(1, LIMITS.maxGapDays).optional(),
};

export const Cadence = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("every-n-weeks"),
    weeks: z.number().int().min(1).max(12),
    /**
     * Days either side of weeks×7 a gap may stray (default 4): no article gives
     * a number, “原则上/一般” only lets a holiday push a meeting a little, so this is
     * a reading, the spec's own here (the profile's in its cadence rule).
     */
    toleranceDays: boundedInt(0, LIMITS.maxGapDays).optional(),
    /** Shortest gap allowed between consecutive occurrences, in days; defaults to weeks×7 − toleranceDays. */
    minGapDays: boundedInt(1, LIMITS.maxGapDays).optional(),
    /** Longest gap allowed, in days; defaults to weeks×7 + toleranceDays. */
    maxGapDays: boundedInt(1, LIMITS.maxGapDays).optional(),
  }),
  z.strictObject({
    kind: z.literal("per-month"),
    min: boundedInt(0, LIMITS.maxPerMonth),
    max: boundedInt(1, LIMITS.maxPerMonth),
  }),
  z.strictObject({
    kind: z.literal("month-position"),
    position: z.enum(["start", "end"]),
    /** How many working days from the month's start or end count as 月初/月末. */
    withinWorkingDays: z.number().int().min(1).max(15).default(5),
  }),
  z.strictObject({ kind: z.literal("per-half-year"), min: boundedInt(0, LIMITS.maxPerHalfYear).default(1), max: boundedInt(1, LIMITS.maxPerHalfYear).optional(), ...SPAN_SPACING }),
  z.strictObject({ kind: z.literal("per-year"), min: boundedInt(0, LIMITS.maxPerYear).default(1), max: boundedInt(1, LIMITS.maxPerYear).optional() }),
  z.strictObject({ kind: z.literal("per-quarter"), min: boundedInt(0, LIMITS.maxPerQuarter).default(1), max: boundedInt(1, LIMITS.maxPerQuarter).optional(), ...SPAN_SPACING }),
  z.strictObject({ kind: z.literal("as-needed") }),
], { error: "expected a cadence kind: every-n-weeks, per-month, month-position, per-quarter, per-half-year, per-year or as-needed" });
export type Cadence = z.infer<typeof Cadence>;
