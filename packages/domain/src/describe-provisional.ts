import type { LocalizedText } from "./primitives.js";
import type { Plan } from "./plan.js";

/**
 * 【暂定】…: the line every output shows for a plan that rests on the
 * statutory holidays of years whose arrangement is not published yet.
 */
export function describeProvisional(plan: Pick<Plan, "provisional">): LocalizedText | undefined {
  const p = plan.provisional;
  if (p === undefined) return undefined;
  return {
    zh: `【暂定】${p.years.join("、")}年的节假日安排尚未公布，本计划按${p.basis.zh}的法定节假日和周末编排（未含调休），安排公布后将重新编排`,
    en: `[PROVISIONAL] the holiday arrangement of ${p.years.join(", ")} is not published yet; this plan rests on the statutory holidays (${p.basis.en}) and plain weekends, with no make-up working days, and will be re-planned once it is`,
  };
}
