import { addDays, eachDay, type WorkCalendar } from "@yishi/calendar";
import { hashContent, type BasisPart, type LocalizedText, type Plan, type PlanBasis, type PlanVerdict, type RuleProfile, type Spec } from "@yishi/domain";
import { check } from "./check.js";

/**
 * Days around the period whose working-day status can change a verdict: lead
 * times reach back before the period's first meeting (materials, filing,
 * topic meetings within N working days), minutes and notices after its last.
 */
const CALENDAR_MARGIN = { before: 62, after: 31 } as const;

/**
 * Content hashes of what a plan is judged against. The calendar's hash covers
 * what it says of each day near the period, not the files it was read from,
 * so a package update that adds another year does not make a plan look stale.
 */
export function describePlanBasis(spec: Spec, profile: RuleProfile, calendar: WorkCalendar, period: Pick<Plan["period"], "from" | "to">): PlanBasis {
  const days = eachDay(addDays(period.from, -CALENDAR_MARGIN.before), addDays(period.to, CALENDAR_MARGIN.after)).map((date) => {
    try {
      const d = calendar.describeDay(date);
      return [date, d.kind, d.working, d.holiday?.zh ?? ""];
    } catch {
      return [date, "unknown"];
    }
  });
  return { spec: hashContent(spec), profile: hashContent(profile), calendar: hashContent(days) };
}

/** Which parts of `current` the stored basis differs in; `["unrecorded"]` when the plan records none. */
export function compareBasis(stored: PlanBasis | undefined, current: PlanBasis): BasisPart[] {
  if (stored === undefined) return ["unrecorded"];
  return (["spec", "profile", "calendar"] as const).filter((part) => stored[part] !== current[part]);
}

export interface JudgePlanInput {
  plan: Plan;
  /** Without a spec the plan cannot be judged: the verdict says so instead of showing an empty list. */
  spec: Spec | undefined;
  /** Required with a spec: the effective profile (resolveProfile of the spec's selection). */
  profile?: RuleProfile;
  calendar: WorkCalendar;
}

const UNCHECKED: LocalizedText = {
  zh: "未检查：未提供规格文件（--spec），本计划未按规则检查，下列内容不代表合规结论",
  en: "not checked: no spec was given (--spec), so this plan was not judged against the rules; nothing here says it complies",
};

/**
 * The verdict an output shows: the plan judged now, against the spec, profile
 * and calendar at hand, never the `violations` stored in the file (which may
 * be stale, or edited by hand). Also says where the stored verdict was
 * judged against something else.
 */
export function judgePlan(input: JudgePlanInput): PlanVerdict {
  const { plan, spec, profile, calendar } = input;
  if (spec === undefined || profile === undefined) return { checked: false, reason: UNCHECKED };
  const basis = describePlanBasis(spec, profile, calendar, plan.period);
  return { checked: true, profile: profile.id, violations: check(spec, plan, profile, { calendar }), basis, storedDiffers: compareBasis(plan.judgedAgainst, basis) };
}

const PART_NAMES: Record<BasisPart, LocalizedText> = {
  spec: { zh: "规格文件", en: "spec" },
  profile: { zh: "规则配置", en: "rule profile" },
  calendar: { zh: "工作日历", en: "working-day calendar" },
  unrecorded: { zh: "", en: "" },
};

/**
 * A line for outputs when the plan file's own verdict was judged against
 * something else (or records nothing): the verdict shown is the fresh one.
 */
export function describeStoredVerdict(verdict: PlanVerdict): LocalizedText | undefined {
  if (!verdict.checked || verdict.storedDiffers.length === 0) return undefined;
  if (verdict.storedDiffers.includes("unrecorded")) {
    return {
      zh: "计划文件未记录其检查依据（手工编制或旧版生成），以下为按当前规格、规则和日历重新检查的结果",
      en: "the plan file records nothing of what it was judged against (made by hand or by an older Yishi); shown is the verdict against the current spec, profile and calendar",
    };
  }
  const parts = verdict.storedDiffers.map((p) => PART_NAMES[p]);
  return {
    zh: `计划文件中的检查结论是按另一版本的${parts.map((p) => p.zh).join("、")}作出的，以下为按当前版本重新检查的结果`,
    en: `the plan file's own verdict was judged against another ${parts.map((p) => p.en).join(", ")}; shown is the verdict against the current one${parts.length > 1 ? "s" : ""}`,
  };
}
