import { z } from "zod";
import { Id, IsoDate } from "./primitives.js";
import { MeetingType } from "./meeting-type.js";
import { Cadence } from "./cadence.js";
import { ClockTime, Weekday, DateRange } from "./primitives.js";

export const Organization = z.strictObject({
  id: Id,
  /** e.g. 六盘水市钟山区人民政府 */
  name: z.string().min(1),
  /** The jurisdiction whose rules apply, e.g. 钟山区. */
  jurisdiction: z.string().min(1),
});
export type Organization = z.infer<typeof Organization>;

export const Room = z.strictObject({
  id: Id,
  name: z.string().min(1),
  capacity: z.number().int().positive().optional(),
});
export type Room = z.infer<typeof Room>;

/** A deciding body: who sits in a meeting type and who convenes it. */
export const Body = z.strictObject({
  id: Id,
  name: z.string().min(1),
  type: MeetingType,
  /** Members counted for quorum (组成人员). */
  members: z.array(Id).min(1),
  /** The person who convenes and chairs (召集和主持). */
  convener: Id,
  /** Who may convene when the convener is away (受委托的副区长). */
  designatedConveners: z.array(Id).default([]),
  /** Permanent attendees who are not members (列席), e.g. 西城区 附件1 二.9. */
  attendees: z.array(Id).default([]),
});
export type Body = z.infer<typeof Body>;

/** A pinned occurrence: the planner fixed it; the planner keeps it as it is. */
export const PinnedOccurrence = z.strictObject({
  date: IsoDate,
  start: ClockTime.optional(),
  room: Id.optional(),
  note: z.string().optional(),
});
export type PinnedOccurrence = z.infer<typeof PinnedOccurrence>;

/** A standing meeting series, expanded into dated occurrences by the planner. */
export const MeetingSeries = z
  .strictObject({
    id: Id,
    name: z.string().min(1),
    type: MeetingType,
    body: Id,
    /** Overrides the profile's cadence for this meeting type. */
    cadence: Cadence.optional(),
    /** Weekdays the series may meet on, in order of preference. */
    weekdays: z.array(Weekday).min(1).default([2, 3, 4, 5]),
    start: ClockTime.default("09:00"),
    durationMinutes: z.number().int().min(15).max(24 * 60).default(120),
    room: Id.optional(),
    pinned: z.array(PinnedOccurrence).default([]),
    /** Dates this series must not use, beyond holidays and blackouts. */
    avoid: z.array(DateRange).default([]),
    /**
     * May meet on an adjusted working weekend day (调休上班日) whose weekday is
     * in `weekdays` (a series that lists Saturday, on a make-up Saturday); false:
     * never on one. Default yes.
     */
    allowAdjustedWorkdays: z.boolean().default(true),
    /**
     * Also on adjusted working days whose weekday is not in `weekdays` (a
     * Tuesday–Friday series on a make-up Saturday). Off by default: a planner
     * who lists Fridays does not expect a make-up Sunday.
     */
    adjustedWorkdaysAnyWeekday: z.boolean().default(false),
  })
  .superRefine((series, ctx) => {
    if (series.adjustedWorkdaysAnyWeekday && !series.allowAdjustedWorkdays) {
      ctx.addIssue({ code: "custom", path: ["adjustedWorkdaysAnyWeekday"], message: "adjustedWorkdaysAnyWeekday needs allowAdjustedWorkdays, which is false" });
    }
  });
export type MeetingSeries = z.infer<typeof MeetingSeries>;
