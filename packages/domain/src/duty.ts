import { z } from "zod";
import { ClockTime, Id, IsoDate, Name, ShortText, Text, Weekday, boundedInt } from "./primitives.js";
import { LIMITS } from "./limits.js";

export const Shift = z.enum(["full", "day", "night"]);
export type Shift = z.infer<typeof Shift>;

/** A duty post filled every day of the period (钟山区 第五十七条; 房山区 第七十一条). */
export const DutyPost = z.strictObject({
  id: Id,
  name: Name,
  /** Who may fill it. */
  pool: z.array(Id).min(1).max(LIMITS.maxPeople),
  shift: Shift.default("full"),
  /** People per ordinary day, at most 50. */
  perDay: boundedInt(1, LIMITS.maxPerDay).default(1),
  /** People per heavy day (weekend, holiday), at most 50; defaults to perDay. */
  perHeavyDay: boundedInt(1, LIMITS.maxPerDay).optional(),
  /** Only leaders may fill it (带班领导). */
  leadersOnly: z.boolean().default(false),
});
export type DutyPost = z.infer<typeof DutyPost>;

/** Counts carried over from earlier periods so fairness spans periods. */
export const DutyHistory = z.strictObject({
  person: Id,
  total: boundedInt(0, LIMITS.maxDutyHistory).default(0),
  heavy: boundedInt(0, LIMITS.maxDutyHistory).default(0),
});
export type DutyHistory = z.infer<typeof DutyHistory>;

export const DutyPreference = z.strictObject({
  person: Id,
  kind: z.enum(["prefer", "avoid"]),
  /** A date or a weekday; one of the two. */
  date: IsoDate.optional(),
  weekday: Weekday.optional(),
  /** At most 1000. */
  weight: z.number().positive().max(LIMITS.maxWeight).default(1),
}).refine((p) => (p.date === undefined) !== (p.weekday === undefined), { message: "give exactly one of `date` and `weekday`", path: ["date"] });
export type DutyPreference = z.infer<typeof DutyPreference>;

/** A person-specific hard restriction, e.g. no night duty for X. */
export const DutyRestriction = z.strictObject({
  person: Id,
  noShift: z.array(Shift).max(LIMITS.maxSmallList).default([]),
  noWeekdays: z.array(Weekday).max(LIMITS.maxSmallList).default([]),
  reason: Text.optional(),
});
export type DutyRestriction = z.infer<typeof DutyRestriction>;

export const DutySettings = z.strictObject({
  posts: z.array(DutyPost).max(LIMITS.maxDutyPosts).default([]),
  /** Minimum full days off between two duties of one person; 1 forbids consecutive days; at most 30. */
  restDays: boundedInt(0, LIMITS.maxRestDays).default(1),
  /** Holidays whose eve and first day count as the heaviest days. */
  festivalHolidays: z.array(Name).max(LIMITS.maxSmallList).default(["春节", "国庆节"]),
  history: z.array(DutyHistory).max(LIMITS.maxPeople).default([]),
  preferences: z.array(DutyPreference).max(LIMITS.maxPreferences).default([]),
  restrictions: z.array(DutyRestriction).max(LIMITS.maxPreferences).default([]),
  /** 值班电话 printed on the roster. */
  phone: ShortText.optional(),
}).superRefine((duty, ctx) => {
  // The roster planner weighs every candidate for every seat: its work grows with seats × pool size, so that is bounded.
  // A number already out of its own bound is reported there once, not again as a product.
  const sane = (n: number | undefined) => n === undefined || (Number.isInteger(n) && n >= 1 && n <= LIMITS.maxPerDay);
  if (!duty.posts.every((post) => sane(post.perDay) && sane(post.perHeavyDay) && Array.isArray(post.pool))) return;
  const candidates = duty.posts.reduce((t, post) => t + Math.max(post.perDay, post.perHeavyDay ?? post.perDay) * new Set(post.pool).size, 0);
  if (candidates > LIMITS.maxDutyCandidatesPerDay) {
    ctx.addIssue({
      code: "custom",
      path: ["posts"],
      message: `ask for ${candidates} seat candidates a day (people a day × pool size, summed over the posts): more than Yishi plans`,
      params: { expected: `at most ${LIMITS.maxDutyCandidatesPerDay} (e.g. 150 people a day from pools of 2000)` },
    });
  }
});
export type DutySettings = z.infer<typeof DutySettings>;

/** A leader duty that rotates by rule, e.g. 西城区 六十 Wednesday petition reception. It ends after it starts, the same day. */
export const RecurringDuty = z.strictObject({
  id: Id,
  name: Name,
  pool: z.array(Id).min(1).max(LIMITS.maxPeople),
  cadence: z.enum(["weekly", "biweekly", "monthly", "quarterly"]).default("weekly"),
  weekday: Weekday,
  start: ClockTime,
  end: ClockTime,
  /** Persons per occurrence. */
  perOccurrence: boundedInt(1, LIMITS.maxPerDay).default(1),
  location: ShortText.optional(),
  /** The profile rule this duty implements, for citations. */
  rule: ShortText.optional(),
}).superRefine((duty, ctx) => {
  // Both are HH:MM, so text order is time order; a malformed time is already reported once.
  if (isClock(duty.start) && isClock(duty.end) && duty.end <= duty.start) {
    ctx.addIssue({ code: "custom", path: ["end"], message: "is not after `start`", params: { expected: `a time after \`start\` ${duty.start}, the same day` } });
  }
});
export type RecurringDuty = z.infer<typeof RecurringDuty>;

function isClock(value: unknown): value is string {
  return ClockTime.safeParse(value).success;
}
