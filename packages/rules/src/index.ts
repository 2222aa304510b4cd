export { RULE_PARAMS, RULE_CHECK_IDS, isRuleCheckId } from "./rule-params.js";
export type { RuleCheckId, RuleParams } from "./rule-params.js";
export { findRules } from "./find-rules.js";
export type { TypedRule } from "./find-rules.js";
