import { z } from "zod";
import { ClockTime, Id, IsoDate, Weekday } from "./primitives.js";

export const Shift = z.enum(["full", "day", "night"]);
export type Shift = z.infer<typeof Shift>;

/** A duty post filled every day of the period (钟山区 第五十七条; 房山区 第七十一条). */
export const DutyPost = z.strictObject({
  id: Id,
  name: z.string().min(1),
  /** Who may fill it. */
  pool: z.array(Id).min(1),
  shift: Shift.default("full"),
  /** People per ordinary day. */
  perDay: z.number().int().min(1).default(1),
  /** People per heavy day (weekend, holiday); defaults to perDay. */
  perHeavyDay: z.number().int().min(1).optional(),
  /** Only leaders may fill it (带班领导). */
  leadersOnly: z.boolean().default(false),
});
export type DutyPost = z.infer<typeof DutyPost>;

/** Counts carried over from earlier periods so fairness spans periods. */
export const DutyHistory = z.strictObject({
  person: Id,
  total: z.number().int().min(0).default(0),
  heavy: z.number().int().min(0).default(0),
});
export type DutyHistory = z.infer<typeof DutyHistory>;

export const DutyPreference = z.strictObject({
  person: Id,
  kind: z.enum(["prefer", "avoid"]),
  /** A date or a weekday; one of the two. */
  date: IsoDate.optional(),
  weekday: Weekday.optional(),
  weight: z.number().positive().default(1),
}).refine((p) => (p.date === undefined) !== (p.weekday === undefined), { message: "give exactly one of `date` and `weekday`", path: ["date"] });
export type DutyPreference = z.infer<typeof DutyPreference>;

/** A person-specific hard restriction, e.g. no night duty for X. */
export const DutyRestriction = z.strictObject({
  person: Id,
  noShift: z.array(Shift).default([]),
  noWeekdays: z.array(Weekday).default([]),
  reason: z.string().optional(),
});
export type DutyRestriction = z.infer<typeof DutyRestriction>;

export const DutySettings = z.strictObject({
  posts: z.array(DutyPost).default([]),
  /** Minimum full days off between two duties of one person; 1 forbids consecutive days. */
  restDays: z.number().int().min(0).default(1),
  /** Holidays whose eve and first day count as the heaviest days. */
  festivalHolidays: z.array(z.string()).default(["春节", "国庆节"]),
  history: z.array(DutyHistory).default([]),
  preferences: z.array(DutyPreference).default([]),
  restrictions: z.array(DutyRestriction).default([]),
  /** 值班电话 printed on the roster. */
  phone: z.string().optional(),
});
export type DutySettings = z.infer<typeof DutySettings>;

/** A leader duty that rotates by rule, e.g. 西城区 六十 Wednesday petition reception. */
export const RecurringDuty = z.strictObject({
  id: Id,
  name: z.string().min(1),
  pool: z.array(Id).min(1),
  cadence: z.enum(["weekly", "biweekly", "monthly", "quarterly"]).default("weekly"),
  weekday: Weekday,
  start: ClockTime,
  end: ClockTime,
  /** Persons per occurrence. */
  perOccurrence: z.number().int().min(1).default(1),
  location: z.string().optional(),
  /** The profile rule this duty implements, for citations. */
  rule: z.string().optional(),
});
export type RecurringDuty = z.infer<typeof RecurringDuty>;
