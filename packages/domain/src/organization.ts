import { z } from "zod";
import { ClockTime, DateRange, Id, IsoDate, Name, Text, Weekday, boundedInt } from "./primitives.js";
import { MeetingOrganizer, MeetingType } from "./meeting-type.js";
import { Cadence } from "./cadence.js";
import { LIMITS } from "./limits.js";
import { ExtraSession } from "./extra-session.js";

export const Organization = z.strictObject({
  id: Id,
  /** e.g. 六盘水市钟山区人民政府 */
  name: Name,
  /** The jurisdiction whose rules apply, e.g. 钟山区. */
  jurisdiction: Name,
});
export type Organization = z.infer<typeof Organization>;

export const Room = z.strictObject({
  id: Id,
  name: Name,
  capacity: boundedInt(1, LIMITS.maxRoomCapacity).optional(),
});
export type Room = z.infer<typeof Room>;

/** A deciding body: who sits in a meeting type and who convenes it. */
export const Body = z.strictObject({
  id: Id,
  name: Name,
  type: MeetingType,
  /** Members counted for quorum (组成人员). */
  members: z.array(Id).min(1).max(LIMITS.maxPeople),
  /** The person who convenes and chairs (召集和主持). */
  convener: Id,
  /** Who may convene when the convener is away (受委托的副区长). */
  designatedConveners: z.array(Id).max(LIMITS.maxPeople).default([]),
  /** Permanent attendees who are not members (列席), e.g. 西城区 附件1 二.9. */
  attendees: z.array(Id).max(LIMITS.maxPeople).default([]),
});
export type Body = z.infer<typeof Body>;

/** A pinned occurrence: the planner fixed it; the planner keeps it as it is. */
export const PinnedOccurrence = z.strictObject({
  date: IsoDate,
  start: ClockTime.optional(),
  room: Id.optional(),
  note: Text.optional(),
  /** The pinned day is an extra session beyond the cadence (必要时随时召开), with its reason; see ExtraSession. */
  extra: ExtraSession.optional(),
  /** Consecutive days this occurrence runs over (连续召开), overriding the series' `days`. */
  days: boundedInt(1, LIMITS.maxMeetingDays).optional(),
});
export type PinnedOccurrence = z.infer<typeof PinnedOccurrence>;

/**
 * A standing meeting series, expanded into dated occurrences by the planner.
 * A meeting's day ends by midnight: `start` + `durationMinutes` (and each
 * pinned occurrence's own start + it) is at most 24:00, on each of its `days`.
 */
export const MeetingSeries = z
  .strictObject({
    id: Id,
    name: Name,
    type: MeetingType,
    body: Id,
    /** Who holds it (see MeetingOrganizer); absent means the government in its own name. */
    organizer: MeetingOrganizer.optional(),
    /**
     * A department's conference that invites the mayor: the day the government approved it
     * (房山区 第四十八条 应由各部门召开的全区性会议…不得邀请区长出席,确需邀请的须报区政府批准).
     */
    mayorInvitationApprovedOn: IsoDate.optional(),
    /** Overrides the profile's cadence for this meeting type. */
    cadence: Cadence.optional(),
    /** Weekdays the series may meet on, in order of preference. */
    weekdays: z.array(Weekday).min(1).max(LIMITS.maxSmallList).default([2, 3, 4, 5]),
    start: ClockTime.default("09:00"),
    durationMinutes: boundedInt(15, LIMITS.maxMinutes).default(120),
    /**
     * Consecutive days each occurrence runs over (a conference 连续召开, 北京市
     * 三十九 除连续召开的会议外), sitting from `start` for `durationMinutes` each
     * day: planned as one meeting with an `endDate`. Default one day.
     */
    days: boundedInt(1, LIMITS.maxMeetingDays).default(1),
    /** The one room every occurrence is held in. A series gives this or `rooms`, not both. */
    room: Id.optional(),
    /**
     * A pool of rooms, in order of preference: the planner holds each
     * occurrence in one that is free and seats everyone expected (the body's
     * members and attendees, by each room's `capacity`).
     */
    rooms: z.array(Id).min(1).max(LIMITS.maxRooms).optional(),
    pinned: z.array(PinnedOccurrence).max(LIMITS.maxPerSeries).default([]),
    /**
     * Members other than the convener may send a stand-in (委托他人代为出席)
     * when another meeting holds them at the same time: such a clash is soft,
     * costing `weight` in the plan per person and occurrence (see softClashWeight).
     * Absent: every member is expected in person, and a clash is hard.
     */
    standIn: z.strictObject({ weight: boundedInt(1, LIMITS.maxWeight) }).optional(),
    /** Dates this series must not use, beyond holidays and blackouts. */
    avoid: z.array(DateRange).max(LIMITS.maxPerSeries).default([]),
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
    if (series.room !== undefined && series.rooms !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["rooms"],
        message: "a series gives `room` (one fixed room) or `rooms` (a pool to choose from), not both",
        params: { expected: `\`room: ${series.room}\` alone, or \`rooms: [${series.room}, …]\` alone` },
      });
    }
    series.rooms?.forEach((room, i) => {
      const first = series.rooms!.indexOf(room);
      if (first < i) ctx.addIssue({ code: "custom", path: ["rooms", i], message: `room listed twice (first at rooms[${first}])`, params: { expected: "each room once" } });
    });
    // Past midnight the planner would clip the meeting to 23:59 (a 23:59 start gave a zero-length one).
    const endsPastMidnight = (start: string) => Number.isInteger(series.durationMinutes) && minutesOf(start) + series.durationMinutes > LIMITS.maxMinutes;
    const latest = (duration: number) => clockOf(LIMITS.maxMinutes - duration);
    if (ClockTime.safeParse(series.start).success && endsPastMidnight(series.start)) {
      ctx.addIssue({
        code: "custom",
        path: ["start"],
        message: `the meeting would run past midnight (${series.start} + ${series.durationMinutes} minutes)`,
        params: { expected: `a start by ${latest(series.durationMinutes)}, or a shorter \`durationMinutes\`, so it ends by 24:00` },
      });
    }
    series.pinned.forEach((pin, i) => {
      if (pin.start !== undefined && ClockTime.safeParse(pin.start).success && endsPastMidnight(pin.start)) {
        ctx.addIssue({
          code: "custom",
          path: ["pinned", i, "start"],
          message: `the meeting would run past midnight (${pin.start} + ${series.durationMinutes} minutes)`,
          params: { expected: `a start by ${latest(series.durationMinutes)}, so it ends by 24:00` },
        });
      }
    });
  });
export type MeetingSeries = z.infer<typeof MeetingSeries>;

function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function clockOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
