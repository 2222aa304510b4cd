import type { Citation, Rule, RuleProfile, Severity, Spec } from "@yishi/domain";
import { findRules, postStaffingRef, type RuleCheckId } from "@yishi/rules";

/** The rule a roster finding cites: the profile's when it has one, else the spec's own duty settings. */
export interface DutyRuleRef {
  rule: string;
  /** The profile rule's check, or the spec check (`spec.duty-staffing`) the rules package reports the same fact under. */
  code: RuleCheckId | `spec.${string}`;
  severity: Severity;
  citation: Citation;
}

/**
 * Looks up the rule of `check` in the profile. With none there (a profile
 * that does not encode it), the finding cites the spec's own duty settings,
 * named as such rather than as an article — never another jurisdiction's
 * article (a 钟山区 spec is not judged by 房山区 第七十四条).
 */
export function dutyRuleRef(profile: Pick<RuleProfile, "rules">, check: RuleCheckId, spec: Pick<Spec, "organization" | "duty">, post?: string): DutyRuleRef {
  const found = findRules(profile, check, post === undefined ? {} : { duty: post })[0] ?? findRules(profile, check)[0];
  if (found) return { rule: found.rule.id, code: check, severity: found.rule.severity, citation: found.rule.citation };
  const index = post === undefined ? -1 : spec.duty.posts.findIndex((p) => p.id === post);
  const citation: Citation = {
    jurisdiction: spec.organization.name,
    article: index < 0 ? "duty" : `duty.posts[${index}]`,
    text: "本计划的值班设置（岗位人数、轮值名单、休息天数、个人限制），非工作规则条文",
  };
  return { rule: `spec.${check}`, code: check, severity: check === "duty.fairness" ? "soft" : "hard", citation };
}

/**
 * An empty seat of a post: always hard. It cites what the rules package's
 * checker cites for it (postStaffingRef), under the same code, so the two
 * checkers report it once: the profile's coverage article for the post
 * (钟山区 第五十七条, 房山区 第七十三条), else the spec's staffing (`duty.posts[i]`).
 */
export function seatRuleRef(profile: Pick<RuleProfile, "rules">, spec: Pick<Spec, "organization" | "duty">, post: string): DutyRuleRef {
  const ref = postStaffingRef(spec, profile, post);
  if (ref.rule !== undefined && ref.rule.severity === "hard") return { rule: ref.rule.id, code: "duty.daily-coverage", severity: "hard", citation: ref.citation };
  return { rule: "spec.duty-staffing", code: "spec.duty-staffing", severity: "hard", citation: ref.citation };
}

export function isRuleEnabled(profile: Pick<RuleProfile, "rules">, check: RuleCheckId): boolean | undefined {
  const rules: Rule[] = profile.rules.filter((r) => r.check === check);
  if (rules.length === 0) return undefined;
  return rules.some((r) => r.enabled);
}
