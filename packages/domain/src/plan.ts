import { z } from "zod";
import { ClockTime, Id, IsoDate, LocalizedText, MeetingId, checkDateOrder, daysBetween, isSupportedIsoDate } from "./primitives.js";
import { LIMITS } from "./limits.js";
import { MeetingType } from "./meeting-type.js";
import { Absence, AbsenceKind, Blackout } from "./absence.js";
import { Shift } from "./duty.js";
import { Violation } from "./violation.js";
import { ExtraSession } from "./extra-session.js";

/** Version tag of the plan JSON; bump on any incompatible change. */
export const PLAN_SCHEMA = "yishi.plan/v1";

/**
 * The days a plan covers: `to` on or after `from`, at most a year
 * (LIMITS.maxPeriodDays). A reversed period would make every later
 * judgement and re-plan of the plan silently empty.
 */
export const PlanPeriod = z.object({ from: IsoDate, to: IsoDate, label: z.string().max(LIMITS.maxNameLength) }).superRefine((period, ctx) => {
  checkDateOrder(period, ctx);
  if (!isSupportedIsoDate(period.from) || !isSupportedIsoDate(period.to) || period.to < period.from) return;
  const days = daysBetween(period.from, period.to) + 1;
  if (days > LIMITS.maxPeriodDays) {
    ctx.addIssue({
      code: "custom",
      path: ["to"],
      message: `a period of ${days} days is too long`,
      params: { expected: `at most ${LIMITS.maxPeriodDays} days from \`from\` ${period.from}` },
    });
  }
});
export type PlanPeriod = z.infer<typeof PlanPeriod>;

export const AbsentMember = z.object({
  person: Id,
  kind: AbsenceKind,
  reason: z.string().optional(),
  substitute: Id.optional(),
});
export type AbsentMember = z.infer<typeof AbsentMember>;

export const Quorum = z.object({
  members: z.number().int().min(0),
  present: z.number().int().min(0),
  /** Smallest number present that makes quorum (more than half). */
  required: z.number().int().min(0),
  holds: z.boolean(),
});
export type Quorum = z.infer<typeof Quorum>;

/** One item on a meeting's agenda, in order. */
export const AgendaEntry = z.object({
  item: Id,
  order: z.number().int().min(1),
  start: ClockTime,
  minutes: z.number().int().min(1),
});
export type AgendaEntry = z.infer<typeof AgendaEntry>;

export const Speech = z.object({
  person: Id.optional(),
  kind: z.enum(["exchange", "report", "other"]).default("exchange"),
  minutes: z.number().int().min(1),
});
export type Speech = z.infer<typeof Speech>;

/**
 * One dated occurrence of a meeting. It ends after it starts: `end` after
 * `start` the same day, or `endDate` after `date` for one held over several days.
 */
export const PlannedMeeting = z.object({
  /** Stable across re-plans: `<series>#<n>` for the n-th occurrence, so calendars update in place. */
  id: MeetingId,
  series: Id.optional(),
  type: MeetingType,
  title: z.string(),
  date: IsoDate,
  start: ClockTime,
  end: ClockTime,
  /** Meetings running over consecutive days (连续召开) last until this date. */
  endDate: IsoDate.optional(),
  room: Id.optional(),
  convener: Id.optional(),
  expected: z.array(Id).default([]),
  absent: z.array(AbsentMember).default([]),
  quorum: Quorum.optional(),
  pinned: z.boolean().default(false),
  /** Held beyond the regular cadence, and why (钟山区 第四十条 也可根据工作需要适时召开); absent for a regular session. */
  extra: ExtraSession.optional(),
  status: z.enum(["scheduled", "cancelled"]).default("scheduled"),
  /** Raised each time a re-plan changes the occurrence (iCalendar SEQUENCE). */
  sequence: z.number().int().min(0).default(0),
  agenda: z.array(AgendaEntry).default([]),
  speeches: z.array(Speech).default([]),
  /** When the conference plan reached the office (钟山区 第四十九条). */
  planSubmittedOn: IsoDate.optional(),
  /** When minutes were issued (西城区 三十、三十一). */
  minutesIssuedOn: IsoDate.optional(),
  /** Items studied here in a topic meeting, for 钟山区 第四十二条. */
  note: z.string().optional(),
}).superRefine((meeting, ctx) => {
  const dated = isSupportedIsoDate(meeting.date) && (meeting.endDate === undefined || isSupportedIsoDate(meeting.endDate));
  if (!dated || !isClock(meeting.start) || !isClock(meeting.end)) return;
  if (meeting.endDate !== undefined && meeting.endDate < meeting.date) {
    ctx.addIssue({ code: "custom", path: ["endDate"], message: "is before `date`", params: { expected: `\`endDate\` on or after \`date\` ${meeting.date}` } });
  } else if ((meeting.endDate === undefined || meeting.endDate === meeting.date) && meeting.end <= meeting.start) {
    // HH:MM strings compare as times.
    ctx.addIssue({ code: "custom", path: ["end"], message: "is not after `start`", params: { expected: `a time after \`start\` ${meeting.start} (or an \`endDate\` after \`date\`)` } });
  }
});
export type PlannedMeeting = z.infer<typeof PlannedMeeting>;

export const DutyAssignment = z.object({
  date: IsoDate,
  post: Id,
  person: Id,
  shift: Shift.default("full"),
  /** Raised each time a re-plan hands the seat to someone else (iCalendar SEQUENCE of its event); absent means 0. */
  sequence: z.number().int().min(1).optional(),
});
export type DutyAssignment = z.infer<typeof DutyAssignment>;

export const RecurringAssignment = z.object({
  duty: Id,
  date: IsoDate,
  start: ClockTime,
  end: ClockTime,
  person: Id,
  /** Raised each time a re-plan hands the turn to someone else (iCalendar SEQUENCE of its event); absent means 0. */
  sequence: z.number().int().min(1).optional(),
}).superRefine((turn, ctx) => {
  if (isClock(turn.start) && isClock(turn.end) && turn.end <= turn.start) {
    ctx.addIssue({ code: "custom", path: ["end"], message: "is not after `start`", params: { expected: `a time after \`start\` ${turn.start}, the same day` } });
  }
});
export type RecurringAssignment = z.infer<typeof RecurringAssignment>;

export const UnplacedReason = z.enum([
  "not-ready", // materials or filing too late for every meeting
  "review-missing", // legal or topic-meeting review not done
  "sponsor-absent", // responsible leader or unit head away at every fitting meeting
  "no-capacity", // meetings before its due date are full
  "not-listable", // routing: decidable elsewhere, procedure incomplete
  "wrong-meeting", // no meeting of its type in the period
  "withdrawn", // taken off its agenda by the planner (the workbench)
]);
export type UnplacedReason = z.infer<typeof UnplacedReason>;

export const UnplacedItem = z.object({
  item: Id,
  reason: UnplacedReason,
  message: LocalizedText,
});
export type UnplacedItem = z.infer<typeof UnplacedItem>;

/** 议题通知: tells a submitting unit when its item is on and when materials are due. */
export const AgendaNotice = z.object({
  item: Id,
  unit: Id,
  meeting: MeetingId,
  date: IsoDate,
  start: ClockTime,
  materialsDue: IsoDate,
  message: LocalizedText,
});
export type AgendaNotice = z.infer<typeof AgendaNotice>;

const MeetingSlot = z.object({ date: IsoDate, start: ClockTime });

/** A meeting occurrence a re-plan moved, handed to another convener, cancelled or added. */
export const MeetingChange = z.object({
  kind: z.enum(["moved", "added", "cancelled", "reassigned"]),
  meeting: MeetingId,
  from: MeetingSlot.optional(),
  to: MeetingSlot.optional(),
  reason: LocalizedText,
});
export type MeetingChange = z.infer<typeof MeetingChange>;

/** A duty seat (post, day) a re-plan handed to someone else; `from`/`to` absent for a seat emptied or filled. */
export const DutyChange = z.object({
  kind: z.literal("duty-reassigned"),
  date: IsoDate,
  post: Id,
  from: Id.optional(),
  to: Id.optional(),
  reason: LocalizedText,
});
export type DutyChange = z.infer<typeof DutyChange>;

/** A recurring duty's turn (e.g. the petition reception) a re-plan handed to someone else. */
export const ReceptionChange = z.object({
  kind: z.literal("reception-reassigned"),
  duty: Id,
  date: IsoDate,
  from: Id.optional(),
  to: Id.optional(),
  reason: LocalizedText,
});
export type ReceptionChange = z.infer<typeof ReceptionChange>;

/** An agenda item a re-plan moved to another meeting (`from`/`to` are meeting ids), took off every agenda, or newly placed. */
export const ItemChange = z.object({
  kind: z.enum(["item-moved", "item-unplaced", "item-placed"]),
  item: Id,
  from: MeetingId.optional(),
  to: MeetingId.optional(),
  reason: LocalizedText,
});
export type ItemChange = z.infer<typeof ItemChange>;

/** What a re-plan changed, and why: every difference from the previous plan is one of these. */
export const PlanChange = z.union([MeetingChange, DutyChange, ReceptionChange, ItemChange]);
export type PlanChange = z.infer<typeof PlanChange>;
export type PlanChangeKind = PlanChange["kind"];

/**
 * Facts a re-plan added on top of the spec (a change file's absences and
 * blackouts). The plan carries them so every later judgement of it (check,
 * export, view) counts them, not only the re-plan that brought them.
 */
export const PlanFacts = z.strictObject({
  absences: z.array(Absence).default([]),
  blackouts: z.array(Blackout).default([]),
});
export type PlanFacts = z.infer<typeof PlanFacts>;

/**
 * What the plan's `violations` were judged against: content hashes (sha256 of
 * canonical JSON) of the spec, the effective profile and the working-day
 * calendar over the period. A reader compares them with what it has now to
 * tell whether the stored verdict still holds.
 */
export const PlanBasis = z.strictObject({
  spec: z.string(),
  profile: z.string(),
  calendar: z.string(),
});
export type PlanBasis = z.infer<typeof PlanBasis>;

/** How good the answer is: objective value, best bound, and whether the bound proves it optimal. */
export const SolveReport = z.object({
  problem: z.string(),
  objective: z.number(),
  bound: z.number().optional(),
  optimal: z.boolean(),
  notes: z.array(z.string()).default([]),
  /**
   * Hard rules no calendar can keep, in the planner's words, smallest set
   * first; present only when the problem is infeasible (the plan then breaks
   * the fewest rules it can, and the checker reports each break).
   */
  infeasible: z.array(LocalizedText).optional(),
  /**
   * With `infeasible`: true when the planner proved that no plan keeps every
   * hard rule, false when its search only ran out of budget before finding
   * one (the plan may then still be improvable by hand).
   */
  infeasibleProved: z.boolean().optional(),
});
export type SolveReport = z.infer<typeof SolveReport>;

export const Plan = z.object({
  schema: z.literal(PLAN_SCHEMA),
  organization: Id,
  /** Effective profile id (after overrides). */
  profile: z.string(),
  period: PlanPeriod,
  meetings: z.array(PlannedMeeting).default([]),
  roster: z.array(DutyAssignment).default([]),
  recurringDuties: z.array(RecurringAssignment).default([]),
  unplacedItems: z.array(UnplacedItem).default([]),
  notices: z.array(AgendaNotice).default([]),
  changes: z.array(PlanChange).default([]),
  /**
   * Present when some year of the period had no published holiday
   * arrangement and the plan rests on the statutory holidays alone: which
   * years, and on what. Re-plan once the arrangement is published.
   */
  provisional: z.strictObject({ years: z.array(z.number().int()), basis: LocalizedText }).optional(),
  /** New facts re-plans added on top of the spec; judged with it. */
  facts: PlanFacts.optional(),
  violations: z.array(Violation).default([]),
  /** What `violations` were judged against; absent in a plan written by hand or by an older Yishi. */
  judgedAgainst: PlanBasis.optional(),
  solve: z.array(SolveReport).default([]),
});
export type Plan = z.infer<typeof Plan>;
export type PlanInput = z.input<typeof Plan>;

/** Parts of a plan's basis; `unrecorded` when the plan carries none (hand-made, or an older Yishi). */
export const BasisPart = z.enum(["spec", "profile", "calendar", "unrecorded"]);
export type BasisPart = z.infer<typeof BasisPart>;

/**
 * What an output shows as the plan's verdict: judged afresh against the spec
 * when it renders (never the `violations` stored in the file), or plainly
 * marked unchecked when no spec was given.
 */
export const PlanVerdict = z.discriminatedUnion("checked", [
  z.strictObject({
    checked: z.literal(true),
    /** Effective profile id the plan was judged by. */
    profile: z.string(),
    violations: z.array(Violation),
    basis: PlanBasis,
    /** Where the verdict stored in the plan file was judged against something else (empty: it still holds). */
    storedDiffers: z.array(BasisPart),
  }),
  z.strictObject({ checked: z.literal(false), reason: LocalizedText }),
]);
export type PlanVerdict = z.infer<typeof PlanVerdict>;

function isClock(value: unknown): value is string {
  return ClockTime.safeParse(value).success;
}
