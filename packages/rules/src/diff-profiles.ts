import { compareText } from "@yishi/domain";
import type { Citation, MeetingType, Rule, RuleProfile, RuleScope, Severity } from "@yishi/domain";
import { findRuleOverlaps, type RuleOverlap } from "./find-rule-overlaps.js";
import { getProfile } from "./get-profile.js";
import { RULE_PARAMS, isRuleCheckId } from "./rule-params.js";
import { narrowingsDisjoint } from "./rule-scope.js";

export type RuleDiffStatus = "same" | "different" | "only-a" | "only-b";

/** One side of a compared rule. */
export interface RuleSide {
  id: string;
  severity: Severity;
  enabled: boolean;
  meetingTypes: MeetingType[];
  duties: string[];
  /** The scope's narrowings (series, chair roles, organizers), when it has any. */
  narrowing?: Pick<RuleScope, "series" | "chairRoles" | "organizers">;
  /** Parameters with the check's defaults filled in, so equal rules compare equal. */
  params: Record<string, unknown>;
  citation: Citation;
  inheritedFrom: string | undefined;
}

export interface RuleDiff {
  status: RuleDiffStatus;
  check: string;
  a: RuleSide | undefined;
  b: RuleSide | undefined;
  /** What differs, for `different`. */
  differences: ("params" | "severity" | "scope" | "enabled")[];
}

export interface ProfileDiff {
  a: string;
  b: string;
  rules: RuleDiff[];
  /** Rules that look alike across or within the two profiles: conflicts, or "no conflict: scopes differ". */
  overlaps: RuleOverlap[];
  counts: { same: number; different: number; onlyA: number; onlyB: number };
}

/**
 * Rule-by-rule comparison: rules are matched by check and overlapping scope
 * (meeting types, or duties; rules with neither match by check alone), the
 * same id winning ties; citation-only rules (info.not-plan-checkable) match
 * by id alone. Shows where the documents agree and where they differ.
 */
export function diffProfiles(a: RuleProfile | string, b: RuleProfile | string): ProfileDiff {
  const pa = typeof a === "string" ? getProfile(a) : a;
  const pb = typeof b === "string" ? getProfile(b) : b;
  const rules = matchRules(pa.rules, pb.rules).map(([x, y]) => compare(x, y));
  rules.sort((p, q) => compareText(sortKey(p), sortKey(q)));
  const counts = { same: 0, different: 0, onlyA: 0, onlyB: 0 };
  for (const r of rules) counts[r.status === "only-a" ? "onlyA" : r.status === "only-b" ? "onlyB" : r.status]++;
  const overlaps = dedupe([
    ...findRuleOverlaps({ profile: pa.id, rules: pa.rules }),
    ...findRuleOverlaps({ profile: pb.id, rules: pb.rules }),
    ...findRuleOverlaps({ profile: pa.id, rules: pa.rules }, { profile: pb.id, rules: pb.rules }),
  ]);
  return { a: pa.id, b: pb.id, rules, overlaps, counts };
}

function matchRules(left: readonly Rule[], right: readonly Rule[]): [Rule | undefined, Rule | undefined][] {
  const candidates: { i: number; j: number; score: number }[] = [];
  left.forEach((x, i) =>
    right.forEach((y, j) => {
      if (x.check !== y.check) return;
      // Citation-only rules say unrelated things: they match by id alone.
      if (x.check === "info.not-plan-checkable" && x.id !== y.id) return;
      const score = overlapScore(x, y);
      if (score > 0) candidates.push({ i, j, score: score + (x.id === y.id ? 0.5 : 0) });
    }),
  );
  candidates.sort((p, q) => q.score - p.score || p.i - q.i || p.j - q.j);
  const usedL = new Set<number>();
  const usedR = new Set<number>();
  const pairs: [Rule | undefined, Rule | undefined][] = [];
  for (const c of candidates) {
    if (usedL.has(c.i) || usedR.has(c.j)) continue;
    usedL.add(c.i);
    usedR.add(c.j);
    pairs.push([left[c.i], right[c.j]]);
  }
  left.forEach((x, i) => usedL.has(i) || pairs.push([x, undefined]));
  right.forEach((y, j) => usedR.has(j) || pairs.push([undefined, y]));
  return pairs;
}

function overlapScore(x: Rule, y: Rule): number {
  if (narrowingsDisjoint(x.scope, y.scope)) return 0;
  const types = x.scope.meetingTypes.filter((t) => y.scope.meetingTypes.includes(t)).length;
  const duties = x.scope.duties.filter((d) => y.scope.duties.includes(d)).length;
  const global = (r: Rule) => r.scope.meetingTypes.length === 0 && r.scope.duties.length === 0;
  return types + duties + (global(x) && global(y) ? 1 : 0);
}

function compare(x: Rule | undefined, y: Rule | undefined): RuleDiff {
  const a = x && side(x);
  const b = y && side(y);
  const check = (x ?? y)!.check;
  if (!a || !b) return { status: a ? "only-a" : "only-b", check, a, b, differences: [] };
  const differences: RuleDiff["differences"] = [];
  if (stable(judgedParams(a.params)) !== stable(judgedParams(b.params))) differences.push("params");
  if (a.severity !== b.severity) differences.push("severity");
  const sameNarrowing = stable(a.narrowing ?? {}) === stable(b.narrowing ?? {});
  if (stable([...a.meetingTypes].sort()) !== stable([...b.meetingTypes].sort()) || stable([...a.duties].sort()) !== stable([...b.duties].sort()) || !sameNarrowing) differences.push("scope");
  if (a.enabled !== b.enabled) differences.push("enabled");
  return { status: differences.length === 0 ? "same" : "different", check, a, b, differences };
}

/**
 * The params as they bear on a verdict: which article allows extra sessions
 * is a citation (西城区 附件1 二.1 and 钟山区 第四十条 allow the same), only whether
 * one does is a difference.
 */
function judgedParams(params: Record<string, unknown>): Record<string, unknown> {
  return params["extraSessions"] === undefined ? params : { ...params, extraSessions: true };
}

function side(rule: Rule): RuleSide {
  const parsed = isRuleCheckId(rule.check) ? RULE_PARAMS[rule.check].safeParse(rule.params) : undefined;
  return {
    id: rule.id,
    severity: rule.severity,
    enabled: rule.enabled,
    meetingTypes: rule.scope.meetingTypes,
    duties: rule.scope.duties,
    ...(narrowingOf(rule) === undefined ? {} : { narrowing: narrowingOf(rule)! }),
    params: parsed?.success ? (parsed.data as Record<string, unknown>) : rule.params,
    citation: rule.citation,
    inheritedFrom: rule.inheritedFrom,
  };
}

function narrowingOf(rule: Rule): RuleSide["narrowing"] {
  const { series, chairRoles, organizers } = rule.scope;
  if (series === undefined && chairRoles === undefined && organizers === undefined) return undefined;
  return { ...(series === undefined ? {} : { series }), ...(chairRoles === undefined ? {} : { chairRoles }), ...(organizers === undefined ? {} : { organizers }) };
}

/** JSON with sorted keys, for comparing parameters. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([p], [q]) => (p < q ? -1 : p > q ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

function sortKey(d: RuleDiff): string {
  const s = (d.a ?? d.b)!;
  const order = ["same", "different", "only-a", "only-b"].indexOf(d.status);
  return `${d.check}\u0000${s.meetingTypes[0] ?? ""}\u0000${order}\u0000${d.a?.id ?? ""}\u0000${d.b?.id ?? ""}`;
}

function dedupe(overlaps: RuleOverlap[]): RuleOverlap[] {
  const seen = new Set<string>();
  return overlaps.filter((o) => {
    const ends = [`${o.a.id}@${o.a.citation}`, `${o.b.id}@${o.b.citation}`].sort().join("|");
    const key = `${o.kind}|${ends}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
