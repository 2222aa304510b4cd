import type { Rule } from "@yishi/domain";

/**
 * Which of several rules making one finding reports it: hard before soft (a
 * break is never reported only as the weaker one), the profile's own before an
 * inherited one (the district's article is the nearer); ties go by profile order.
 */
export function rankRule(rule: Rule): number {
  return (rule.severity === "hard" ? 0 : 2) + (rule.inheritedFrom === undefined ? 0 : 1);
}
