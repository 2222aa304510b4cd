import { YishiError, addFacts, type Plan, type RuleProfile, type Spec, type Violation } from "@yishi/domain";
import { createCalendar, type WorkCalendar } from "@yishi/calendar";
import { RULE_PARAMS, isRuleCheckId, type RuleCheckId } from "./rule-params.js";
import { createCheckContext } from "./checks/create-context.js";
import { BUILTIN_CHECKS, RULE_CHECKS } from "./checks/registry.js";
import { sortViolations } from "./checks/make-violation.js";
import { validatePlanReferences } from "./checks/validate-plan-references.js";
import type { RuleCheck } from "./checks/types.js";

export interface CheckOptions {
  /**
   * The working-day calendar to judge by. Required when the spec lists holiday
   * files (`calendar.national/regional/unit`), which are paths relative to the
   * spec: build it with `loadSpecCalendar` from @yishi/calendar. Passing one
   * also saves rebuilding it on every call.
   */
  calendar?: WorkCalendar;
}

/**
 * Judges a plan — made by the solver or by hand — against every enabled rule
 * of a profile, plus the built-in checks of the spec itself (blackouts, room
 * and person clashes). Returns the violations sorted: hard first, then by
 * date, rule id and subject. Never throws on a plan that matches its spec;
 * throws YishiError PLAN_INVALID (every unknown id, with its path) when the
 * plan names people, items, rooms, series, posts or duties the spec lacks,
 * PROFILE_INVALID on a rule with an unknown check or bad params, and
 * UNKNOWN_HOLIDAY_YEAR when the plan reaches a year the calendar does not know.
 * Facts a re-plan added (`plan.facts`: a change file's absences and
 * blackouts) count as part of the spec.
 */
export function check(specGiven: Spec, plan: Plan, profile: RuleProfile, options: CheckOptions = {}): Violation[] {
  const spec = addFacts(specGiven, plan.facts);
  validatePlanReferences(spec, plan);
  const calendar = options.calendar ?? defaultCalendar(spec);
  const ctx = createCheckContext(spec, plan, profile, calendar);
  const out: Violation[] = [];
  profile.rules.forEach((rule, index) => {
    if (!rule.enabled || rule.check === "info.not-plan-checkable") return;
    if (!isRuleCheckId(rule.check)) {
      throw new YishiError("PROFILE_INVALID", `rule ${rule.id} of profile ${profile.id} names an unknown check ${JSON.stringify(rule.check)}`, {
        path: ["rules", index, "check"],
      });
    }
    const id = rule.check as Exclude<RuleCheckId, "info.not-plan-checkable">;
    const parsed = RULE_PARAMS[id].safeParse(rule.params);
    if (!parsed.success) {
      throw new YishiError("PROFILE_INVALID", `rule ${rule.id} of profile ${profile.id} has bad params for ${id}: ${parsed.error.issues.map((i) => i.message).join("; ")}`, {
        path: ["rules", index, "params"],
      });
    }
    const module = RULE_CHECKS[id] as RuleCheck;
    // One at a time: spreading a long list into push() overflows the stack.
    for (const v of module.evaluate(ctx, rule, parsed.data as never)) out.push(v);
  });
  for (const builtin of BUILTIN_CHECKS) for (const v of builtin.evaluate(ctx)) out.push(v);
  return sortViolations(out);
}

function defaultCalendar(spec: Spec): WorkCalendar {
  const { national, regional, unit, assumeWeekendsOnly } = spec.calendar;
  if (national.length + regional.length + unit.length > 0) {
    throw new YishiError(
      "USAGE",
      "the spec lists holiday files (calendar.national/regional/unit): pass the calendar they make as options.calendar (loadSpecCalendar from @yishi/calendar)",
      { path: ["calendar"] },
    );
  }
  return createCalendar({ assumeWeekendsOnly });
}
