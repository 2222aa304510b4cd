import { z } from "zod";
import { ClockTime, Id, IsoDate, LocalizedText } from "./primitives.js";
import { MeetingType } from "./meeting-type.js";
import { AbsenceKind } from "./absence.js";
import { Shift } from "./duty.js";
import { Violation } from "./violation.js";

/** Version tag of the plan JSON; bump on any incompatible change. */
export const PLAN_SCHEMA = "yishi.plan/v1";

export const PlanPeriod = z.object({ from: IsoDate, to: IsoDate, label: z.string() });
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

/** One dated occurrence of a meeting. */
export const PlannedMeeting = z.object({
  /** Stable across re-plans: `<series>#<n>` for the n-th occurrence, so calendars update in place. */
  id: Id,
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
});
export type PlannedMeeting = z.infer<typeof PlannedMeeting>;

export const DutyAssignment = z.object({
  date: IsoDate,
  post: Id,
  person: Id,
  shift: Shift.default("full"),
});
export type DutyAssignment = z.infer<typeof DutyAssignment>;

export const RecurringAssignment = z.object({
  duty: Id,
  date: IsoDate,
  start: ClockTime,
  end: ClockTime,
  person: Id,
});
export type RecurringAssignment = z.infer<typeof RecurringAssignment>;

export const UnplacedReason = z.enum([
  "not-ready", // materials or filing too late for every meeting
  "review-missing", // legal or topic-meeting review not done
  "sponsor-absent", // responsible leader or unit head away at every fitting meeting
  "no-capacity", // meetings before its due date are full
  "not-listable", // routing: decidable elsewhere, procedure incomplete
  "wrong-meeting", // no meeting of its type in the period
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
  meeting: Id,
  date: IsoDate,
  start: ClockTime,
  materialsDue: IsoDate,
  message: LocalizedText,
});
export type AgendaNotice = z.infer<typeof AgendaNotice>;

/** What a re-plan moved, and why. */
export const PlanChange = z.object({
  meeting: Id,
  from: z.object({ date: IsoDate, start: ClockTime }).optional(),
  to: z.object({ date: IsoDate, start: ClockTime }).optional(),
  kind: z.enum(["moved", "added", "cancelled", "reassigned"]),
  reason: LocalizedText,
});
export type PlanChange = z.infer<typeof PlanChange>;

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
  violations: z.array(Violation).default([]),
  solve: z.array(SolveReport).default([]),
});
export type Plan = z.infer<typeof Plan>;
export type PlanInput = z.input<typeof Plan>;
