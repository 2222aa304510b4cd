import type { DutyAssignment, PlannedMeeting, RuleProfile, Spec } from "@yishi/domain";
import type { CheckContext } from "./types.js";

/**
 * What the roster's own rules are judged from: the spec's duty settings and
 * people, the profile's rules, the period and the plan's duties and meetings.
 * The checker passes its context's; the solver's roster validator passes its
 * own, so both judge a duty by the same code.
 */
export interface RosterFacts {
  spec: Pick<Spec, "organization" | "people" | "absences" | "duty">;
  profile: Pick<RuleProfile, "rules">;
  period: { from: string; to: string };
  roster: readonly DutyAssignment[];
  meetings: readonly PlannedMeeting[];
}

export function rosterFactsOf(ctx: Pick<CheckContext, "spec" | "profile" | "plan">): RosterFacts {
  return { spec: ctx.spec, profile: ctx.profile, period: ctx.plan.period, roster: ctx.plan.roster, meetings: ctx.plan.meetings };
}
