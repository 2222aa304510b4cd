import type { Absence, AgendaItem, Body, DutyPost, ExtraSession, MeetingSeries, Person, Plan, PlannedMeeting, Rule, RuleProfile, Spec, Unit, Violation } from "@yishi/domain";
import type { WorkCalendar } from "@yishi/calendar";
import type { RuleCheckId, RuleParams } from "../rule-params.js";

/** Why a person is away from a meeting: the plan's `absent` entry, the spec's absence, or both. */
export interface AbsenceAt {
  person: string;
  /** The plan lists the person as absent from this meeting. */
  planned?: PlannedMeeting["absent"][number];
  /** The spec's absence covering the meeting's days, if any. */
  spec?: Absence;
}

/**
 * Everything a rule module needs, built once per `check` call: the inputs,
 * the calendar and lookup indexes, and the helpers every module shares
 * (who is present, how a meeting is named, which meetings a rule covers).
 */
export interface CheckContext {
  spec: Spec;
  plan: Plan;
  profile: RuleProfile;
  calendar: WorkCalendar;
  people: ReadonlyMap<string, Person>;
  items: ReadonlyMap<string, AgendaItem>;
  units: ReadonlyMap<string, Unit>;
  bodies: ReadonlyMap<string, Body>;
  series: ReadonlyMap<string, MeetingSeries>;
  posts: ReadonlyMap<string, DutyPost>;
  /** Scheduled (not cancelled) meetings by type, sorted by date, start, id. */
  meetingsByType: ReadonlyMap<string, readonly PlannedMeeting[]>;
  /** Duty assignments by date. */
  rosterByDate: ReadonlyMap<string, readonly Plan["roster"][number][]>;
  /** The plan's turns of a recurring duty on a date (an index: checks look them up day by day). */
  recurringOn(duty: string, date: string): readonly Plan["recurringDuties"][number][];
  /** Scheduled meetings the rule covers (their type, and series, chair and organizer where the scope narrows), sorted by date. */
  meetingsInScope(rule: Rule): PlannedMeeting[];
  /** Whether the rule covers a meeting: its type, and its series, standing chair and organizer where the scope narrows (see MeetingFacts). */
  coversMeeting(rule: Rule, meeting: PlannedMeeting): boolean;
  /** Duty posts the rule covers (`"*"` = all). */
  postsInScope(rule: Rule): DutyPost[];
  /** Whether the rule covers a duty (post or recurring duty) id. */
  coversDuty(rule: Rule, duty: string): boolean;
  /** The spec absence of `person` covering `date`, approved ones first. */
  absenceOn(person: string, date: string): Absence | undefined;
  /** Every day the meeting runs (date through endDate). */
  meetingDays(meeting: PlannedMeeting): string[];
  /** The deciding body of a meeting: its series' body, else the first body of its type. */
  bodyOf(meeting: PlannedMeeting): Body | undefined;
  /** Who is expected: the plan's `expected`, else the body's members and permanent attendees. */
  expectedAt(meeting: PlannedMeeting): string[];
  /** Who is away from a meeting, by the plan's `absent` list and the spec's absences. */
  absentAt(meeting: PlannedMeeting): Map<string, AbsenceAt>;
  isPresent(meeting: PlannedMeeting, person: string): boolean;
  /**
   * Why the meeting is an extra session beyond the cadence: the plan's own
   * `extra` mark, else the spec's pin of its series that day; undefined for a
   * regular session.
   */
  extraSessionOf(meeting: PlannedMeeting): ExtraSession | undefined;
  meetingName(meeting: PlannedMeeting): { zh: string; en: string };
  personName(id: string): string;
  itemName(id: string): string;
  /** The meeting type's label, e.g. 常务会议 / executive meeting. */
  typeLabel(meeting: Pick<PlannedMeeting, "type">): { zh: string; en: string };
}

/** One module per check id of RULE_PARAMS: judges one rule of a profile. */
export interface RuleCheck<C extends RuleCheckId = RuleCheckId> {
  id: C;
  evaluate(ctx: CheckContext, rule: Rule, params: RuleParams<C>): Violation[];
}

/** Checks of the planner's own input (blackouts, clashes): always on, cite the spec. */
export interface BuiltinCheck {
  id: `spec.${string}`;
  evaluate(ctx: CheckContext): Violation[];
}
