import type { Cadence, MeetingSeries, Rule, RuleProfile, Spec } from "@yishi/domain";
import { diffDays, periodContaining, addDays, type Period } from "@yishi/calendar";
import { findRules } from "./find-rules.js";
import { DEFAULT_GAP_TOLERANCE_DAYS, ExtraSessionsAllowed } from "./rule-params.js";
import { scopeAdmits, seriesFacts } from "./rule-scope.js";

/** A series' cadence and where it came from (the series itself, or a profile rule). */
export interface SeriesCadence {
  cadence: Cadence;
  /** The profile rule it came from; undefined when the series sets its own (or nothing covers it). */
  rule?: Rule;
}

/**
 * The planner's reading of a series' cadence: the series' own `cadence`
 * overrides the profile; otherwise the first enabled cadence rule of the
 * profile covering the series' meeting type (every-n-weeks, per-month,
 * month-position, per-quarter, per-half-year, then a recurring count per
 * quarter of the type (recurring.per-quarter), per-year, as-needed, in that
 * order). No rule at all means 根据需要 (as needed): only pinned occurrences.
 * Given the spec's bodies and people, a rule narrowed to a chair (房山区 第四十二条
 * 区长主持召开的专题会议) covers only series that chair convenes; without them
 * every rule of the type may bind (see MeetingFacts).
 * The one copy: the meetings planner reads it from here (the solver exports it
 * as resolveCadence), so the checker judges what a series asks for by the same
 * reading without importing the solver.
 */
export function resolveSeriesCadence(series: MeetingSeries, profile: Pick<RuleProfile, "rules">, spec?: Pick<Spec, "bodies" | "people">): SeriesCadence {
  if (series.cadence) return { cadence: series.cadence };
  const meetingType = series.type;
  const meeting = seriesFacts(series, spec);
  const weeks = findRules(profile, "cadence.every-n-weeks", { meetingType, meeting })[0];
  if (weeks) {
    const { weeks: n, toleranceDays, minGapDays, maxGapDays } = weeks.params;
    return { rule: weeks.rule, cadence: { kind: "every-n-weeks", weeks: n, toleranceDays, ...(minGapDays !== undefined ? { minGapDays } : {}), ...(maxGapDays !== undefined ? { maxGapDays } : {}) } };
  }
  const perMonth = findRules(profile, "cadence.per-month", { meetingType, meeting })[0];
  // Field by field: a rule's params hold more than a series' cadence (extraSessions).
  if (perMonth) return { rule: perMonth.rule, cadence: { kind: "per-month", min: perMonth.params.min, max: perMonth.params.max } };
  const position = findRules(profile, "cadence.month-position", { meetingType, meeting })[0];
  if (position) return { rule: position.rule, cadence: { kind: "month-position", position: position.params.position, withinWorkingDays: position.params.withinWorkingDays } };
  for (const kind of ["per-quarter", "per-half-year"] as const) {
    const found = findRules(profile, `cadence.${kind}`, { meetingType, meeting })[0];
    if (found) {
      const { min, max, minGapDays, maxGapDays } = found.params;
      return { rule: found.rule, cadence: { kind, min, ...(max !== undefined ? { max } : {}), ...(minGapDays !== undefined ? { minGapDays } : {}), ...(maxGapDays !== undefined ? { maxGapDays } : {}) } };
    }
  }
  // A count per quarter the profile keeps as a recurring rule (依安县 第七十二条: 学习讲座一般三个月安排一次): the checker
  // counts the type's meetings against it, so a series of that type is planned to it, with its spacing.
  const lectures = findRules(profile, "recurring.per-quarter", { meetingType, meeting }).find((r) => (r.params.meetingType ?? meetingType) === meetingType);
  if (lectures) {
    const { min, minGapDays, maxGapDays } = lectures.params;
    return { rule: lectures.rule, cadence: { kind: "per-quarter", min, ...(minGapDays !== undefined ? { minGapDays } : {}), ...(maxGapDays !== undefined ? { maxGapDays } : {}) } };
  }
  const perYear = findRules(profile, "cadence.per-year", { meetingType, meeting })[0];
  if (perYear) {
    const { min, max } = perYear.params;
    return { rule: perYear.rule, cadence: { kind: "per-year", min, ...(max !== undefined ? { max } : {}) } };
  }
  const asNeeded = findRules(profile, "cadence.as-needed", { meetingType, meeting })[0];
  return { cadence: { kind: "as-needed" }, ...(asNeeded ? { rule: asNeeded.rule } : {}) };
}

/** Every cadence check: the rules that say how often a meeting type is held. */
export const CADENCE_CHECKS = ["cadence.every-n-weeks", "cadence.per-month", "cadence.month-position", "cadence.per-quarter", "cadence.per-half-year", "cadence.per-year", "cadence.as-needed"];

/**
 * The words of the cadence article that let the series hold a session beyond
 * its cadence (钟山区 第四十条 “也可根据工作需要适时召开”), or undefined when the
 * article has none: the rule its cadence comes from, or else the profile's
 * first cadence rule for its type (a series with a cadence of its own). The
 * checker's series-occurrence count and the meetings planner read it here.
 */
export function extraSessionsAllowed(series: MeetingSeries, profile: Pick<RuleProfile, "rules">, spec?: Pick<Spec, "bodies" | "people">): ExtraSessionsAllowed | undefined {
  const resolved = resolveSeriesCadence(series, profile, spec);
  const typeRule = resolved.rule ?? firstCadenceRule(series, profile, spec);
  const allowed = ExtraSessionsAllowed.optional().safeParse(typeRule?.params["extraSessions"]);
  return allowed.success ? allowed.data : undefined;
}

/** The profile's first enabled cadence rule covering a series (its type, and its chair and organizer where the rule narrows). */
export function firstCadenceRule(series: MeetingSeries, profile: Pick<RuleProfile, "rules">, spec?: Pick<Spec, "bodies" | "people">): Rule | undefined {
  const facts = seriesFacts(series, spec);
  return profile.rules.find((r) => r.enabled && CADENCE_CHECKS.includes(r.check) && r.scope.meetingTypes.includes(series.type) && scopeAdmits(r.scope, facts));
}

/**
 * Gap limits of an every-n-weeks cadence, in days: weeks×7 ∓ toleranceDays
 * (4 unless given) unless minGapDays/maxGapDays are given. A reading, not an
 * article: the one copy the checker, the planner and the overlap finder use.
 */
export function gapLimits(cadence: { kind?: "every-n-weeks"; weeks: number; toleranceDays?: number | undefined; minGapDays?: number | undefined; maxGapDays?: number | undefined }): { ideal: number; min: number; max: number } {
  const ideal = cadence.weeks * 7;
  const tolerance = cadence.toleranceDays ?? DEFAULT_GAP_TOLERANCE_DAYS;
  return { ideal, min: cadence.minGapDays ?? Math.max(1, ideal - tolerance), max: cadence.maxGapDays ?? ideal + tolerance };
}

/** A stretch of the plan's period and the fewest occurrences a cadence asks for in it. */
export interface AskedSpan extends Period {
  min: number;
}

/**
 * The fewest occurrences a cadence asks for in a period — never more than a
 * plan keeping the cadence must hold, so a short or odd period is not blamed
 * for what the next plan will do:
 * - every-n-weeks: the whole period is one span. With meetings just outside
 *   the plan at best (the day before it starts and the day after it ends) and
 *   no gap longer than the longest allowed (maxGap), k occurrences cover at
 *   most (k+1)·maxGap days, so the period of D days needs ⌈(D+1)/maxGap⌉ − 1.
 * - per-month: `min` in each whole month of the period; month-position: 1 in
 *   each whole month (its position is the cadence rule's concern);
 *   per-quarter/half-year/year: `min` in each whole span. A span the period
 *   cuts asks for nothing here: its other meetings lie in another plan.
 * - as-needed: nothing.
 */
export function occurrencesAsked(cadence: Cadence, period: { from: string; to: string }): AskedSpan[] {
  switch (cadence.kind) {
    case "every-n-weeks": {
      const days = diffDays(period.from, period.to) + 1;
      const min = Math.max(0, Math.ceil((days + 1) / gapLimits(cadence).max) - 1);
      return min > 0 ? [{ from: period.from, to: period.to, label: `${period.from}..${period.to}`, kind: "range", min }] : [];
    }
    case "per-month":
      return cadence.min > 0 ? wholeSpansOf(period, "month").map((s) => ({ ...s, min: cadence.min })) : [];
    case "month-position":
      return wholeSpansOf(period, "month").map((s) => ({ ...s, min: 1 }));
    case "per-quarter":
    case "per-half-year":
    case "per-year": {
      const kind = cadence.kind === "per-quarter" ? "quarter" : cadence.kind === "per-half-year" ? "half-year" : "year";
      return cadence.min > 0 ? wholeSpansOf(period, kind).map((s) => ({ ...s, min: cadence.min })) : [];
    }
    case "as-needed":
      return [];
  }
}

/** The whole months, quarters, half-years or years inside a period. */
export function wholeSpansOf(period: { from: string; to: string }, kind: "month" | "quarter" | "half-year" | "year"): Period[] {
  const out: Period[] = [];
  for (let day = period.from; day <= period.to; ) {
    const span = periodContaining(kind, day);
    if (span.from >= period.from && span.to <= period.to) out.push(span);
    day = addDays(span.to, 1);
  }
  return out;
}
