export { RULE_PARAMS, RULE_CHECK_IDS, isRuleCheckId } from "./rule-params.js";
export type { RuleCheckId, RuleParams, LeadUnit, PlanCheckId } from "./rule-params.js";
export { latestBefore, latestWithin, formatLead } from "./lead-time.js";
export type { LeadCalendar } from "./lead-time.js";
export { minutesBetween } from "./minutes-between.js";
export { reachesAmountThreshold } from "./checks/agenda-executive-only.js";
export { findRules } from "./find-rules.js";
export type { TypedRule } from "./find-rules.js";
// --- rule profiles ---
export { getProfile, listProfiles, resolveProfileId, inheritRules } from "./get-profile.js";
export type { ProfileSummary } from "./get-profile.js";
export { resolveProfile } from "./resolve-profile.js";
export type { ResolveProfileOptions } from "./resolve-profile.js";
export { diffProfiles } from "./diff-profiles.js";
export type { ProfileDiff, RuleDiff, RuleDiffStatus, RuleSide } from "./diff-profiles.js";
export { findProfileConflicts } from "./find-profile-conflicts.js";
export type { ProfileConflict } from "./find-profile-conflicts.js";
export { findRuleOverlaps } from "./find-rule-overlaps.js";
export type { RuleOverlap, RuleRef, LabelledRules } from "./find-rule-overlaps.js";
export { SHIPPED_PROFILES, PROFILE_ALIASES } from "./profiles/shipped-profiles.js";
// --- checker ---
export { check } from "./check.js";
export type { CheckOptions } from "./check.js";
export { RULE_CHECKS, BUILTIN_CHECKS } from "./checks/registry.js";
export { createCheckContext } from "./checks/create-context.js";
export { makeViolation, makeSpecViolation, sortViolations } from "./checks/make-violation.js";
export type { RuleCheck, BuiltinCheck, CheckContext, AbsenceAt } from "./checks/types.js";
export { describePlanBasis, compareBasis, judgePlan, describeStoredVerdict } from "./judge-plan.js";
export type { JudgePlanInput } from "./judge-plan.js";
