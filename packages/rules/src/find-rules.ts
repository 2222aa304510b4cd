import type { MeetingType, Rule, RuleProfile } from "@yishi/domain";
import { RULE_PARAMS, type RuleCheckId, type RuleParams } from "./rule-params.js";
import { scopeAdmits, type MeetingFacts } from "./rule-scope.js";

/** A profile rule with its params parsed for its check. */
export interface TypedRule<C extends RuleCheckId> {
  rule: Rule;
  params: RuleParams<C>;
}

/**
 * The enabled rules of one check that cover a meeting type (or, with no type
 * given, every enabled rule of that check). Planners and the checker both read
 * constraints through this, so they cannot disagree on a parameter. `meeting`
 * gives what a narrowed scope asks beyond the type (its series, chair,
 * organizer; see seriesFacts); a fact not given never excludes a rule.
 */
export function findRules<C extends RuleCheckId>(
  profile: Pick<RuleProfile, "rules">,
  check: C,
  scope: { meetingType?: MeetingType; duty?: string; meeting?: MeetingFacts } = {},
): TypedRule<C>[] {
  const out: TypedRule<C>[] = [];
  for (const rule of profile.rules) {
    if (!rule.enabled || rule.check !== check) continue;
    if (scope.meetingType !== undefined && !rule.scope.meetingTypes.includes(scope.meetingType)) continue;
    if (scope.meeting !== undefined && !scopeAdmits(rule.scope, scope.meeting)) continue;
    if (scope.duty !== undefined && !(rule.scope.duties.includes("*") || rule.scope.duties.includes(scope.duty))) continue;
    out.push({ rule, params: RULE_PARAMS[check].parse(rule.params) as RuleParams<C> });
  }
  return out;
}
