import type { Cadence, MeetingSeries, Rule, RuleProfile } from "@yishi/domain";
import { findRules } from "@yishi/rules";

/** A series' cadence and where it came from (the series itself, or a profile rule). */
export interface ResolvedCadence {
  cadence: Cadence;
  /** The profile rule it came from; undefined when the series sets its own. */
  rule?: Rule;
}

/**
 * The series' own `cadence` overrides the profile; otherwise the first
 * enabled cadence rule of the profile covering the series' meeting type.
 * No rule at all means 根据需要 (as needed): only pinned occurrences.
 */
export function resolveCadence(series: MeetingSeries, profile: Pick<RuleProfile, "rules">): ResolvedCadence {
  if (series.cadence) return { cadence: series.cadence };
  const meetingType = series.type;
  const weeks = findRules(profile, "cadence.every-n-weeks", { meetingType })[0];
  if (weeks) {
    const { weeks: n, minGapDays, maxGapDays } = weeks.params;
    return { rule: weeks.rule, cadence: { kind: "every-n-weeks", weeks: n, ...(minGapDays !== undefined ? { minGapDays } : {}), ...(maxGapDays !== undefined ? { maxGapDays } : {}) } };
  }
  const perMonth = findRules(profile, "cadence.per-month", { meetingType })[0];
  if (perMonth) return { rule: perMonth.rule, cadence: { kind: "per-month", ...perMonth.params } };
  const position = findRules(profile, "cadence.month-position", { meetingType })[0];
  if (position) return { rule: position.rule, cadence: { kind: "month-position", ...position.params } };
  for (const kind of ["per-quarter", "per-half-year", "per-year"] as const) {
    const found = findRules(profile, `cadence.${kind}`, { meetingType })[0];
    if (found) {
      const { min, max } = found.params;
      return { rule: found.rule, cadence: { kind, min, ...(max !== undefined ? { max } : {}) } };
    }
  }
  const asNeeded = findRules(profile, "cadence.as-needed", { meetingType })[0];
  return { cadence: { kind: "as-needed" }, ...(asNeeded ? { rule: asNeeded.rule } : {}) };
}

/** Gap limits of an every-n-weeks cadence: weeks×7 ∓ 4 unless given. */
export function gapLimits(cadence: Extract<Cadence, { kind: "every-n-weeks" }>): { ideal: number; min: number; max: number } {
  const ideal = cadence.weeks * 7;
  return { ideal, min: cadence.minGapDays ?? Math.max(1, ideal - 4), max: cadence.maxGapDays ?? ideal + 4 };
}
