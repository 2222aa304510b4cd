import type { Citation, Rule, RuleProfile, Severity, Spec } from "@yishi/domain";
import { findRules, type RuleCheckId } from "@yishi/rules";

/** The rule a roster finding cites: the profile's when it has one, else the article the duty rules come from. */
export interface DutyRuleRef {
  rule: string;
  code: RuleCheckId;
  severity: Severity;
  citation: Citation;
}

const FALLBACK: Partial<Record<RuleCheckId, Citation>> = {
  "duty.daily-coverage": {
    jurisdiction: "钟山区",
    article: "第五十七条",
    text: "实行工作日、双休日和节假日24小时政务总值班。",
    source: "002_feb3f195a2f9255d.txt",
  },
  "duty.leader-on-duty": {
    jurisdiction: "房山区",
    article: "第七十四条",
    text: "带班区领导原则上应在办公室值班，如外出处理公务，应及时通知区政府办公室，并保持通信畅通。",
    source: "004_2447067072ebe0e4.txt",
  },
  "duty.available": {
    jurisdiction: "房山区",
    article: "第七十四条",
    text: "因故不能正常值班的，可与其他区领导调换，并通知区政府办公室。",
    source: "004_2447067072ebe0e4.txt",
  },
};

/**
 * Looks up the rule of `check` in the profile; with none there (a profile
 * that does not encode it), cites the seed article the duty rules come from,
 * or — for the rest rule and personal restrictions, which no article states —
 * the spec's own duty settings, named as such rather than as an article.
 */
export function dutyRuleRef(profile: Pick<RuleProfile, "rules">, check: RuleCheckId, spec: Pick<Spec, "organization">, post?: string): DutyRuleRef {
  const found = findRules(profile, check, post === undefined ? {} : { duty: post })[0] ?? findRules(profile, check)[0];
  if (found) return { rule: found.rule.id, code: check, severity: found.rule.severity, citation: found.rule.citation };
  const citation = FALLBACK[check] ?? {
    jurisdiction: spec.organization.jurisdiction,
    article: "值班安排 (spec.duty)",
    text: "本单位值班安排的设置（休息天数、个人限制），非工作规则条文。",
  };
  return { rule: `spec.${check}`, code: check, severity: check === "duty.fairness" ? "soft" : "hard", citation };
}

export function isRuleEnabled(profile: Pick<RuleProfile, "rules">, check: RuleCheckId): boolean | undefined {
  const rules: Rule[] = profile.rules.filter((r) => r.check === check);
  if (rules.length === 0) return undefined;
  return rules.some((r) => r.enabled);
}
