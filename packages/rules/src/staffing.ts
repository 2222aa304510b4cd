import type { Citation, Rule, RuleProfile, Spec } from "@yishi/domain";
import { findRules } from "./find-rules.js";

/**
 * What an empty duty seat cites. The spec's staffing asks for the seat (a
 * post's perDay/perHeavyDay, a recurring duty's perOccurrence); the article
 * that makes an empty seat a break is the profile's own where it has one —
 * never another jurisdiction's:
 * - a duty post: the profile's enabled `duty.daily-coverage` rule covering it
 *   (钟山区 第五十七条 24小时政务总值班, 房山区 第七十三条 坚守岗位);
 * - a recurring duty: the profile rule the duty names (`rule:`), else an
 *   enabled `recurring.weekly-rota` rule covering it on its weekday
 *   (西城区 六十);
 * - otherwise the spec's own staffing, cited as such: jurisdiction = the
 *   organization, article = the spec field (`duty.posts[0]`,
 *   `recurringDuties[0]`), text saying it is the plan's duty setting, not an
 *   article (as `calendar.working-day` cites the State Council's notice
 *   rather than invent an article).
 */
export interface StaffingRef {
  /** The profile rule cited, when the profile has one for this post or duty. */
  rule?: Rule;
  citation: Citation;
}

export function postStaffingRef(spec: Pick<Spec, "organization" | "duty">, profile: Pick<RuleProfile, "rules">, postId: string): StaffingRef {
  const found = findRules(profile, "duty.daily-coverage", { duty: postId })[0];
  if (found) return { rule: found.rule, citation: found.rule.citation };
  const index = spec.duty.posts.findIndex((p) => p.id === postId);
  const post = spec.duty.posts[index];
  const seats = post === undefined ? "" : `每天${post.perDay}人${post.perHeavyDay !== undefined && post.perHeavyDay !== post.perDay ? `，周末和节假日${post.perHeavyDay}人` : ""}`;
  return {
    citation: {
      jurisdiction: spec.organization.name,
      article: index < 0 ? "duty.posts" : `duty.posts[${index}]`,
      text: `本计划的值班设置：${post?.name ?? postId}${seats}（计划自身的值班配置，非工作规则条文）`,
    },
  };
}

export function recurringStaffingRef(spec: Pick<Spec, "organization" | "recurringDuties">, profile: Pick<RuleProfile, "rules">, dutyId: string): StaffingRef {
  const index = spec.recurringDuties.findIndex((d) => d.id === dutyId);
  const duty = spec.recurringDuties[index];
  const named = duty?.rule === undefined ? undefined : profile.rules.find((r) => r.enabled && r.id === duty.rule);
  if (named) return { rule: named, citation: named.citation };
  const rota = duty === undefined ? undefined : findRules(profile, "recurring.weekly-rota", { duty: dutyId }).find((r) => r.params.duty === dutyId || (r.params.duty === undefined && r.params.weekday === duty.weekday && duty.cadence === "weekly"));
  if (rota) return { rule: rota.rule, citation: rota.rule.citation };
  return {
    citation: {
      jurisdiction: spec.organization.name,
      article: index < 0 ? "recurringDuties" : `recurringDuties[${index}]`,
      text: `本计划的轮值设置：${duty?.name ?? dutyId}每次${duty?.perOccurrence ?? 1}人（计划自身的值班配置，非工作规则条文）`,
    },
  };
}
