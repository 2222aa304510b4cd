import type { Absence, Blackout, Plan, PlanPeriod, RuleProfile, Spec, SpecChange } from "@yishi/domain";
import type { WorkCalendar } from "@yishi/calendar";
import type { LpBackend } from "../backend/lp-model.js";

/** The period planned (only from/to/label are read): domain's PlanPeriod, under the name importers already use. */
export type PlanningPeriod = PlanPeriod;

/** Everything the meetings planner reads. */
export interface PlanMeetingsInput {
  spec: Spec;
  profile: Pick<RuleProfile, "id" | "rules">;
  calendar: WorkCalendar;
  period: PlanningPeriod;
  /** The plan being re-planned: its occurrences are kept where the rules still allow. */
  previous?: Plan;
  /** New facts on top of the spec (a trip, a blackout, cancellations). */
  change?: SpecChange;
  /**
   * LP back end for a coupled component whose branch and bound ends with a
   * gap: the component's whole 0/1 program is handed to it. By default
   * javascript-lp-solver, and then only for small components; pass a stronger
   * one (e.g. createHighsBackend from @yishi/solver-highs) for large ones.
   */
  backend?: LpBackend;
  /** Node budget of the branch and bound over room and person clashes (default 1 000); a fixed count, not a time, so results never depend on the machine. */
  nodeLimit?: number;
  /**
   * Work budget of the whole search in DP steps (default DEFAULT_WORK_LIMIT);
   * a count, not a time, so results never depend on the machine. When it is
   * spent the best plan found is returned with the bound proved so far.
   */
  workLimit?: number;
  /**
   * Told as the search goes (for a progress display): components done of
   * all, and the share of its work budget the current one has spent.
   * Components whose series allow stand-ins are searched twice: first
   * without stand-ins, in order with the others, then with them once every
   * component has had its turn (`standIns: true`, again in component order).
   * Reporting only: the plan is the same with or without it.
   */
  onProgress?: (progress: MeetingsProgress) => void;
}

/** The spec's facts with the change applied: what every filter reads. */
export interface Facts {
  absences: Absence[];
  blackouts: Blackout[];
  cancelled: Set<string>;
}

export function collectFacts(spec: Spec, change: SpecChange | undefined): Facts {
  return {
    absences: [...spec.absences, ...(change?.absences ?? [])],
    blackouts: [...spec.blackouts, ...(change?.blackouts ?? [])],
    cancelled: new Set(change?.cancel ?? []),
  };
}

/** Where the meetings search is (see PlanMeetingsInput.onProgress). */
export interface MeetingsProgress {
  component: number;
  components: number;
  /** Share of the current search's work budget spent, 0 to 1. */
  spent: number;
  /** The second pass: a component's search with stand-ins, after every component's first plan. */
  standIns?: true;
}
