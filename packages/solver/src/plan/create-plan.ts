import { PLAN_SCHEMA, type Plan, type RuleProfile, type Spec, type SpecChange } from "@yishi/domain";
import type { WorkCalendar } from "@yishi/calendar";
import { check, describePlanBasis } from "@yishi/rules";
import type { LpBackend } from "../backend/lp-model.js";
import { planMeetings } from "../meetings/plan-meetings.js";
import { allocateAgenda } from "../agenda/allocate-agenda.js";
import type { PlanningPeriod } from "../meetings/meeting-input.js";
import { planRoster } from "../roster/plan-roster.js";
import { planRecurringDuties } from "../recurring/plan-recurring-duties.js";

export interface CreatePlanInput {
  spec: Spec;
  profile: RuleProfile;
  calendar: WorkCalendar;
  period: PlanningPeriod;
  /** The plan being re-planned: what it holds is kept where the rules still allow. */
  previous?: Plan;
  /** New facts for a re-plan (a trip, a blackout, cancellations). */
  change?: SpecChange;
  /** LP back end for the planners' subproblems; javascript-lp-solver by default. */
  backend?: LpBackend;
}

/** The spec with a change's new absences and blackouts added: what the plan is judged by. */
export function applySpecChange(spec: Spec, change: SpecChange | undefined): Spec {
  if (!change) return spec;
  return { ...spec, absences: [...spec.absences, ...change.absences], blackouts: [...spec.blackouts, ...change.blackouts] };
}

/**
 * Plans the whole period: meetings first (everything else hangs off them),
 * then agendas (which may add topic meetings), then the duty roster and
 * recurring duties around all those meetings; finally the
 * independent checker judges the result and fills `violations`. Each planner
 * is one section below: to add a step, add its lines in its section and put
 * its output into the plan object. Output is sorted by each planner and
 * carries no timestamps, so the same input gives byte-identical JSON.
 */
export async function createPlan(input: CreatePlanInput): Promise<Plan> {
  const { profile, calendar, period, previous, change, backend } = input;
  const spec = applySpecChange(input.spec, change);

  // --- meetings ---------------------------------------------------------------
  const meetings = await planMeetings({ spec: input.spec, profile, calendar, period, ...(previous ? { previous } : {}), ...(change ? { change } : {}), ...(backend ? { backend } : {}) });

  // --- agendas (allocateAgenda) -------------------------------------------------
  // Before the roster: the topic meetings it adds take people too.
  const agenda = await allocateAgenda({ spec, profile, calendar, period, meetings: meetings.meetings, ...(backend ? { backend } : {}) });

  // --- roster and recurring duties (planRoster, planRecurringDuties) -----------
  const roster = planRoster({ spec, profile, calendar, period, meetings: agenda.meetings, ...(previous ? { previous: previous.roster } : {}) });
  const recurringDuties = planRecurringDuties({ spec, calendar, period, meetings: agenda.meetings, ...(previous ? { previous: previous.recurringDuties } : {}) });

  const plan: Plan = {
    schema: PLAN_SCHEMA,
    organization: spec.organization.id,
    profile: profile.id,
    period: { from: period.from, to: period.to, label: period.label },
    meetings: agenda.meetings,
    roster: roster.roster,
    recurringDuties,
    unplacedItems: agenda.unplaced,
    notices: agenda.notices,
    changes: [...meetings.changes],
    violations: [],
    solve: [...meetings.solve, ...agenda.solve, ...roster.solve],
  };

  // --- judge ------------------------------------------------------------------
  plan.violations = check(spec, plan, profile, { calendar });
  plan.judgedAgainst = describePlanBasis(input.spec, profile, calendar, period);
  return plan;
}

/**
 * True when some planner proved that no plan keeps every hard rule (the CLI
 * exits 3). A search that only ran out of budget does not count: its plan's
 * breaks are hard violations like any other (exit 1).
 */
export function isInfeasiblePlan(plan: Plan): boolean {
  return plan.solve.some((s) => (s.infeasible?.length ?? 0) > 0 && s.infeasibleProved !== false);
}
