import { PLAN_SCHEMA, addFacts, type Plan, type PlanChange, type PlanFacts, type RuleProfile, type Spec, type SpecChange } from "@yishi/domain";
import { STATUTORY_HOLIDAYS_SOURCE, addDays, yearOf, type WorkCalendar } from "@yishi/calendar";
import { check, describePlanBasis } from "@yishi/rules";
import type { LpBackend } from "../backend/lp-model.js";
import { planMeetings } from "../meetings/plan-meetings.js";
import { allocateAgenda } from "../agenda/allocate-agenda.js";
import type { MeetingsProgress, PlanningPeriod } from "../meetings/meeting-input.js";
import { planRoster } from "../roster/plan-roster.js";
import { planRecurringDuties } from "../recurring/plan-recurring-duties.js";
import { explainChanges } from "./explain-changes.js";
import { carrySequences, freezeSeries, keptPlacements, pinExtraSessions, raiseChangedAgendas, rejectFrozenCancellations } from "./replan-scope.js";

export interface CreatePlanInput {
  spec: Spec;
  profile: RuleProfile;
  calendar: WorkCalendar;
  period: PlanningPeriod;
  /** The plan being re-planned: what it holds is kept where the rules still allow. */
  previous?: Plan;
  /** New facts for a re-plan (a trip, a blackout, cancellations). */
  change?: SpecChange;
  /**
   * With `previous`: the first day the change takes effect. Every meeting,
   * agenda, duty and reception before it is kept exactly as it was (the past
   * is not rewritten); default the period's first day. Clamped to the period.
   */
  from?: string;
  /** LP back end for the planners' subproblems; javascript-lp-solver by default. */
  backend?: LpBackend;
  /** Told which step runs (and, for meetings, how far its search is): for a progress display; the plan is the same without it. */
  onProgress?: (progress: PlanProgress) => void;
}

/** Where createPlan is: the step, and for meetings the component and the share of its search budget spent. */
export type PlanProgress =
  | ({ step: "meetings" } & MeetingsProgress)
  | { step: "agendas" | "roster" | "check" };

/** The spec with a change's new absences and blackouts added: what the plan is judged by. */
export function applySpecChange(spec: Spec, change: SpecChange | undefined): Spec {
  return addFacts(spec, change);
}

/**
 * Plans the whole period: meetings first (everything else hangs off them),
 * then agendas (which may add topic meetings), then the duty roster and
 * recurring duties around all those meetings; finally the
 * independent checker judges the result and fills `violations`. Each planner
 * is one section below: to add a step, add its lines in its section and put
 * its output into the plan object. Output is sorted by each planner and
 * carries no timestamps, so the same input gives byte-identical JSON.
 *
 * A re-plan (`previous`) keeps the days before `from` as they were, and after
 * it keeps every meeting, agenda placement, duty and reception that still
 * keeps the hard rules; `changes` lists every difference from `previous`,
 * each with its reason (see explainChanges).
 */
export async function createPlan(input: CreatePlanInput): Promise<Plan> {
  const { profile, calendar, period, previous, change, backend } = input;
  // Facts earlier re-plans added travel with the plan; this change's join them.
  const facts: PlanFacts = { absences: [...(previous?.facts?.absences ?? []), ...(change?.absences ?? [])], blackouts: [...(previous?.facts?.blackouts ?? []), ...(change?.blackouts ?? [])] };
  const spec = addFacts(input.spec, facts);
  const from = clampDate(previous ? (input.from ?? period.from) : period.from, period.from, addDays(period.to, 1));
  const frozen = (date: string) => date < from;
  if (previous && change) rejectFrozenCancellations(previous, change, from);

  // --- meetings ---------------------------------------------------------------
  // Occurrences before `from` are pinned where they were and no new one may land there.
  const meetingSpec = previous ? pinExtraSessions(freezeSeries(addFacts(input.spec, previous.facts), previous, period, from), previous, change, from) : input.spec;
  const onProgress = input.onProgress;
  const planned = await planMeetings({
    spec: meetingSpec, profile, calendar, period, ...(previous ? { previous } : {}), ...(change ? { change } : {}), ...(backend ? { backend } : {}),
    ...(onProgress ? { onProgress: (p: MeetingsProgress) => onProgress({ step: "meetings", ...p }) } : {}),
  });
  const seriesMeetings = previous ? [...previous.meetings.filter((m) => frozen(m.date)), ...planned.meetings.filter((m) => !frozen(m.date))] : planned.meetings;
  // Meetings the agenda planner made last time (topic meetings) are offered to it again.
  const earlierTopics = previous ? previous.meetings.filter((m) => m.series === undefined && !frozen(m.date) && !seriesMeetings.some((x) => x.id === m.id)) : [];

  // --- agendas (allocateAgenda) -------------------------------------------------
  // Before the roster: the topic meetings it adds take people too. Agendas of frozen meetings stay as they are.
  onProgress?.({ step: "agendas" });
  const frozenItems = new Set(seriesMeetings.filter((m) => frozen(m.date)).flatMap((m) => m.agenda.map((e) => e.item)));
  const agenda = await allocateAgenda({
    spec: frozenItems.size === 0 ? spec : { ...spec, agendaItems: spec.agendaItems.filter((i) => !frozenItems.has(i.id)) },
    profile,
    calendar,
    period: { ...period, from },
    meetings: [...seriesMeetings, ...earlierTopics],
    ...(previous ? { keep: keptPlacements(previous, from) } : {}),
    ...(backend ? { backend } : {}),
  });

  // A topic meeting made last time that no item needs any more is cancelled, not dropped, so calendars
  // learn of it; a cancelled occurrence keeps no agenda (its items were offered to the meetings still held).
  const topicIds = new Set(earlierTopics.map((m) => m.id));
  const settled = agenda.meetings.map((m) =>
    topicIds.has(m.id) && m.status === "scheduled" && m.agenda.length === 0
      ? { ...m, status: "cancelled" as const, sequence: m.sequence + 1 }
      : m.status === "cancelled" && !frozen(m.date) && m.agenda.length > 0
        ? { ...m, agenda: [] }
        : m,
  );
  const meetings = previous ? raiseChangedAgendas(previous.meetings, settled) : settled;

  // --- roster and recurring duties (planRoster, planRecurringDuties) -----------
  // A re-plan plans from `from` on, with everything before it as history (counts and the rest rule).
  const rest = { ...period, from };
  onProgress?.({ step: "roster" });
  const roster = planRoster({ spec, profile, calendar, period: rest, meetings, ...(previous ? { previous: previous.roster } : {}) });
  const recurring = planRecurringDuties({ spec, calendar, period: rest, meetings, ...(previous ? { previous: previous.recurringDuties } : {}) });
  const plannedRoster = [...(previous?.roster.filter((a) => frozen(a.date)) ?? []), ...roster.roster];
  const plannedRecurring = [...(previous?.recurringDuties.filter((a) => frozen(a.date)) ?? []), ...recurring];

  const plan: Plan = {
    schema: PLAN_SCHEMA,
    organization: spec.organization.id,
    profile: profile.id,
    period: { from: period.from, to: period.to, label: period.label },
    meetings,
    roster: previous ? carrySequences(previous.roster, plannedRoster, (a) => `${a.date}\u0000${a.post}`) : plannedRoster,
    recurringDuties: previous ? carrySequences(previous.recurringDuties, plannedRecurring, (a) => `${a.duty}\u0000${a.date}`) : plannedRecurring,
    unplacedItems: agenda.unplaced,
    notices: [...(previous?.notices.filter((n) => frozen(n.date)) ?? []), ...agenda.notices],
    changes: [],
    ...provisionalMark(calendar, period),
    ...(facts.absences.length + facts.blackouts.length > 0 ? { facts } : {}),
    violations: [],
    solve: [...planned.solve, ...agenda.solve, ...roster.solve],
  };
  if (previous) {
    // Frozen occurrences were put back as they were: whatever the meetings planner said of them no longer applies.
    const meetingChanges = planned.changes.filter((c) => !frozen((c.from ?? c.to)!.date));
    plan.changes = sortChanges([...meetingChanges, ...explainChanges({ spec, previous, next: plan, meetingChanges })]);
  }

  // --- judge ------------------------------------------------------------------
  // The checker adds plan.facts to the spec itself.
  onProgress?.({ step: "check" });
  plan.violations = check(input.spec, plan, profile, { calendar });
  plan.judgedAgainst = describePlanBasis(input.spec, profile, calendar, period);
  return plan;
}

/** The years of the period the calendar rests on the statutory holidays alone (no published arrangement yet). */
function provisionalMark(calendar: WorkCalendar, period: PlanningPeriod): Pick<Plan, "provisional"> {
  const years: number[] = [];
  for (let y = yearOf(period.from); y <= yearOf(period.to); y++) if (calendar.isProvisional(`${y}-01-01`)) years.push(y);
  return years.length === 0 ? {} : { provisional: { years, basis: STATUTORY_HOLIDAYS_SOURCE } };
}

function clampDate(date: string, lo: string, hi: string): string {
  return date < lo ? lo : date > hi ? hi : date;
}

/** Meetings, then duties by date, receptions, items: the order the summary prints. */
function sortChanges(changes: PlanChange[]): PlanChange[] {
  const rank = (c: PlanChange) => (c.kind === "duty-reassigned" ? 1 : c.kind === "reception-reassigned" ? 2 : c.kind.startsWith("item-") ? 3 : 0);
  const key = (c: PlanChange) => ("meeting" in c ? c.meeting : "item" in c ? c.item : `${c.date}\u0000${"post" in c ? c.post : c.duty}\u0000${c.from ?? ""}`);
  return [...changes].sort((a, b) => rank(a) - rank(b) || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0) || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
}

/**
 * True when some planner proved that no plan keeps every hard rule (the CLI
 * exits 3). A search that only ran out of budget does not count: its plan's
 * breaks are hard violations like any other (exit 1).
 */
export function isInfeasiblePlan(plan: Plan): boolean {
  return plan.solve.some((s) => (s.infeasible?.length ?? 0) > 0 && s.infeasibleProved !== false);
}
