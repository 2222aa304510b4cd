import type { Plan, RuleProfile, Spec, Violation } from "@yishi/domain";
import type { WorkCalendar } from "@yishi/calendar";
import { createCheckContext } from "./checks/create-context.js";
import { BUILTIN_CHECKS, RULE_CHECKS } from "./checks/registry.js";
import type { RuleCheck } from "./checks/types.js";
import { findRules } from "./find-rules.js";

/** The profile's checks on who holds a duty and the rest between duties. */
const ROSTER_RULES = ["duty.available", "duty.leader-on-duty", "duty.rest"] as const;
/** The spec's: away that day (the duty half of the person check), restrictions, who may hold a seat, rest. */
const ROSTER_BUILTINS = new Set(["spec.person-conflict", "spec.duty-restriction", "spec.duty-holder", "spec.duty-rest"]);

/**
 * The roster's part of `check`, for a judge that answers from the roster alone
 * (the solver's validateRoster: swap requests and the planner's own output):
 * the very modules `check` runs on who holds each duty and the rest between
 * duties, so the two cannot disagree on them. Empty seats are left to the
 * caller, as are the plan's reference errors (`check` throws PLAN_INVALID).
 * Only the profile's rules are read.
 */
export function checkRoster(spec: Spec, plan: Plan, profile: Pick<RuleProfile, "rules">, calendar: WorkCalendar): Violation[] {
  const judgedBy: RuleProfile = { id: plan.profile, name: { zh: plan.profile, en: plan.profile }, jurisdiction: spec.organization.jurisdiction, meetingTypes: [], rules: profile.rules, notes: [] };
  const ctx = createCheckContext(spec, plan, judgedBy, calendar);
  const out: Violation[] = [];
  for (const id of ROSTER_RULES) {
    for (const { rule, params } of findRules(profile, id)) for (const v of (RULE_CHECKS[id] as RuleCheck).evaluate(ctx, rule, params as never)) out.push(v);
  }
  for (const builtin of BUILTIN_CHECKS) {
    if (!ROSTER_BUILTINS.has(builtin.id)) continue;
    // The person check's other half (one person in two meetings at once) concerns no duty.
    for (const v of builtin.evaluate(ctx)) if (builtin.id !== "spec.person-conflict" || v.subjects.duties.length > 0) out.push(v);
  }
  return out;
}
