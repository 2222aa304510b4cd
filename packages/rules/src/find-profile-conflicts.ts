import type { RuleProfile } from "@yishi/domain";
import { findRuleOverlaps, type RuleOverlap } from "./find-rule-overlaps.js";

/** An overlap inside one profile whose rules share meeting types: one of them can never hold. */
export type ProfileConflict = RuleOverlap & { conflict: true };

/**
 * Contradictions inside one profile: a preferred weekday a no-weekday rule of
 * overlapping scope forbids; a minimum count another cadence rule's maximum
 * cannot fit; two every-n-weeks rules with different weeks for one meeting type.
 * `resolveProfile` refuses hard ones (PROFILE_CONFLICT); soft ones are shown.
 */
export function findProfileConflicts(profile: Pick<RuleProfile, "id" | "rules">): ProfileConflict[] {
  return findRuleOverlaps({ profile: profile.id, rules: profile.rules }).filter((o): o is ProfileConflict => o.conflict);
}
