import { compareText, type Absence, type Plan, type RecurringAssignment, type RuleProfile, type Spec } from "@yishi/domain";
import type { WorkCalendar } from "@yishi/calendar";
import { defaultChecker, type PlanChecker } from "./check-swap.js";
import { findReplacement, type Replacement } from "./find-replacement.js";

export interface ReplaceEmptiedDutiesInput {
  /** The spec with the new absences in it (addFacts with the change), so the checker knows why each duty is emptied. */
  spec: Spec;
  profile: Pick<RuleProfile, "rules">;
  calendar: WorkCalendar;
  plan: Plan;
  /** The absences that empty duties: a change file's (a leader falling ill). */
  absences: readonly Absence[];
  checker?: PlanChecker;
  /** Candidates kept per duty, best first (default 5). */
  limit?: number;
}

/** One duty an absence empties, and what takes its place. */
export interface EmptiedDuty {
  date: string;
  post: string;
  person: string;
  /** The candidates, best first, judged against the roster with the earlier duties already replaced; empty: none keeps every rule. */
  candidates: Replacement[];
}

export interface ReplaceEmptiedDutiesResult {
  duties: EmptiedDuty[];
  /** The roster with each duty's best candidate applied, in date order. */
  roster: Plan["roster"];
  /** Turns of recurring duties (the petition reception) the absences empty: `createPlan` with the change reassigns those. */
  recurring: RecurringAssignment[];
}

/**
 * Every duty of the plan's roster whose holder one of `absences` keeps away,
 * in date order (then post, person), each replaced by the valid swap that
 * changes the fewest other duties (findReplacement: 房山区 第七十四条 exchanges
 * first). One at a time: each is judged on the roster with the earlier ones
 * already replaced, so the set keeps every rule together, not only each alone.
 * That order is a choice, not an optimum over all duties at once.
 */
export function replaceEmptiedDuties(input: ReplaceEmptiedDutiesInput): ReplaceEmptiedDutiesResult {
  const { spec, profile, calendar, absences } = input;
  const checker = input.checker ?? defaultChecker(spec, profile, calendar);
  const away = (person: string, date: string) => absences.some((a) => a.person === person && a.from <= date && date <= a.to);
  const emptied = input.plan.roster
    .filter((a) => away(a.person, a.date))
    .sort((a, b) => compareText(a.date, b.date) || compareText(a.post, b.post) || compareText(a.person, b.person));
  let plan = input.plan;
  const duties: EmptiedDuty[] = [];
  for (const duty of emptied) {
    const candidates = findReplacement({ spec, profile, calendar, plan, date: duty.date, post: duty.post, person: duty.person, checker, ...(input.limit !== undefined ? { limit: input.limit } : {}) });
    duties.push({ date: duty.date, post: duty.post, person: duty.person, candidates });
    if (candidates[0] !== undefined) plan = { ...plan, roster: candidates[0].roster };
  }
  const recurring = input.plan.recurringDuties.filter((a) => away(a.person, a.date));
  return { duties, roster: plan.roster, recurring };
}
