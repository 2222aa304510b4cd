import { formatCitation, type LocalizedText, type MeetingType, type Rule, type Severity } from "@yishi/domain";
import { WEEKDAY_NAMES } from "@yishi/calendar";
import { RULE_PARAMS, isRuleCheckId } from "./rule-params.js";
import { gapLimits } from "./series-cadence.js";
import { narrowingsDisjoint } from "./rule-scope.js";

/** A rule named in an overlap: which profile, which rule, what it covers. */
export interface RuleRef {
  profile: string | undefined;
  id: string;
  check: string;
  severity: Severity;
  meetingTypes: MeetingType[];
  /** `北京市 三十九` */
  citation: string;
}

/**
 * Two rules that bear on the same thing. With shared meeting types it is a
 * conflict (one can never be satisfied with the other); without, the rules
 * only look alike — "no conflict: scopes differ" (西城区's Monday executive
 * meeting vs 北京市's no-Monday conference rule).
 */
export interface RuleOverlap {
  kind: "weekday" | "cadence-count" | "cadence-weeks";
  a: RuleRef;
  b: RuleRef;
  sharedMeetingTypes: MeetingType[];
  conflict: boolean;
  /** hard when both rules are hard: no plan can satisfy the profile. */
  severity: Severity;
  message: LocalizedText;
}

export interface LabelledRules {
  profile?: string | undefined;
  rules: readonly Rule[];
}

/** Overlaps among one set of rules, or between two sets (a × b) when `b` is given. */
export function findRuleOverlaps(a: LabelledRules, b?: LabelledRules): RuleOverlap[] {
  const left = a.rules.filter((r) => r.enabled);
  const out: RuleOverlap[] = [];
  if (b === undefined) {
    for (let i = 0; i < left.length; i++) for (let j = i + 1; j < left.length; j++) out.push(...comparePair(a.profile, left[i]!, a.profile, left[j]!));
    return out;
  }
  const right = b.rules.filter((r) => r.enabled);
  for (const x of left) for (const y of right) if (!isSameRule(x, y)) out.push(...comparePair(a.profile, x, b.profile, y));
  return out;
}

function isSameRule(x: Rule, y: Rule): boolean {
  return x.id === y.id && x.check === y.check && formatCitation(x.citation) === formatCitation(y.citation) && JSON.stringify(x.params) === JSON.stringify(y.params);
}

function comparePair(pa: string | undefined, x: Rule, pb: string | undefined, y: Rule): RuleOverlap[] {
  // Rules narrowed to different chairs, series or organizers never bind one meeting (房山区 第四十二条: the mayor's topic meetings and a deputy's).
  const shared = narrowingsDisjoint(x.scope, y.scope) ? [] : x.scope.meetingTypes.filter((t) => y.scope.meetingTypes.includes(t));
  const base = (kind: RuleOverlap["kind"], conflict: boolean, message: LocalizedText): RuleOverlap => ({
    kind,
    a: ref(pa, x),
    b: ref(pb, y),
    sharedMeetingTypes: shared,
    conflict,
    severity: x.severity === "hard" && y.severity === "hard" ? "hard" : "soft",
    message,
  });
  const weekday = compareWeekdays(x, y);
  if (weekday) {
    const conflict = shared.length > 0;
    const verdict: LocalizedText = conflict
      ? { zh: `冲突：两条规则都适用于${shared.join("、")}`, en: `conflict: both cover ${shared.join(", ")}` }
      : { zh: "不冲突：适用范围不同", en: "no conflict: scopes differ" };
    return [base("weekday", conflict, { zh: `${weekday.zh}；${verdict.zh}`, en: `${weekday.en}; ${verdict.en}` })];
  }
  if (shared.length === 0) return [];
  if (x.check === "cadence.every-n-weeks" && y.check === "cadence.every-n-weeks") {
    const wx = Number(x.params["weeks"]);
    const wy = Number(y.params["weeks"]);
    if (wx !== wy) return [base("cadence-weeks", true, { zh: `每${wx}周与每${wy}周不能同时成立`, en: `every ${wx} weeks and every ${wy} weeks cannot both hold` })];
  }
  const clash = compareCounts(x, y);
  return clash ? [base("cadence-count", true, clash)] : [];
}

function ref(profile: string | undefined, rule: Rule): RuleRef {
  return { profile, id: rule.id, check: rule.check, severity: rule.severity, meetingTypes: rule.scope.meetingTypes, citation: formatCitation(rule.citation) };
}


/** A preferred weekday that a no-weekday rule forbids. */
function compareWeekdays(x: Rule, y: Rule): LocalizedText | undefined {
  const [pref, ban] = x.check === "calendar.preferred-weekday" && y.check === "calendar.no-weekday" ? [x, y] : y.check === "calendar.preferred-weekday" && x.check === "calendar.no-weekday" ? [y, x] : [];
  if (!pref || !ban) return undefined;
  const wanted = (pref.params["weekdays"] as number[] | undefined) ?? [];
  const banned = (ban.params["weekdays"] as number[] | undefined) ?? [];
  const both = wanted.filter((d) => banned.includes(d));
  if (both.length === 0) return undefined;
  return {
    zh: `${pref.id} 倾向星期${both.map((d) => WEEKDAY_NAMES.zhShort[d - 1]).join("、")}，${ban.id} 禁止该日`,
    en: `${pref.id} prefers ${both.map((d) => WEEKDAY_NAMES.en[d - 1]).join(", ")}, which ${ban.id} forbids`,
  };
}

type Span = "month" | "quarter" | "half-year" | "year";
const SPAN_DAYS: Record<Span, [number, number]> = { month: [28, 31], quarter: [90, 92], "half-year": [181, 184], year: [365, 366] };
const MONTHS: Record<Span, number> = { month: 1, quarter: 3, "half-year": 6, year: 12 };
const SPAN_ZH: Record<Span, string> = { month: "每月", quarter: "每季度", "half-year": "每半年", year: "每年" };

/** How many occurrences a cadence rule allows in a span: [least, most]. */
function countBounds(rule: Rule, span: Span): [number, number] | undefined {
  if (!isRuleCheckId(rule.check) || !rule.check.startsWith("cadence.")) return undefined;
  const parsed = RULE_PARAMS[rule.check].safeParse(rule.params);
  if (!parsed.success) return undefined;
  const p = parsed.data as Record<string, number | undefined>;
  const months = MONTHS[span];
  const [shortest, longest] = SPAN_DAYS[span];
  switch (rule.check) {
    case "cadence.every-n-weeks": {
      const { min: minGap, max: maxGap } = gapLimits({ weeks: p["weeks"]!, toleranceDays: p["toleranceDays"], minGapDays: p["minGapDays"], maxGapDays: p["maxGapDays"] });
      return [Math.floor(shortest / maxGap), Math.ceil(longest / Math.max(1, minGap))];
    }
    case "cadence.per-month":
      return [p["min"]! * months, p["max"]! * months];
    case "cadence.month-position":
      return [months, Infinity];
    case "cadence.per-quarter":
      return scaled(p, months / 3);
    case "cadence.per-half-year":
      return scaled(p, months / 6);
    case "cadence.per-year":
      return scaled(p, months / 12);
    default:
      return undefined;
  }
}

/** A per-N count over a span that is a multiple of N (or within one N: only the max carries over). */
function scaled(p: Record<string, number | undefined>, factor: number): [number, number] {
  const max = p["max"] ?? Infinity;
  return factor >= 1 ? [p["min"]! * factor, max * factor] : [0, max];
}

function compareCounts(x: Rule, y: Rule): LocalizedText | undefined {
  for (const span of ["month", "quarter", "half-year", "year"] as const) {
    const bx = countBounds(x, span);
    const by = countBounds(y, span);
    if (!bx || !by) return undefined;
    if (bx[0] > by[1] || by[0] > bx[1]) {
      const [lo, hi] = bx[0] > by[1] ? [x, y] : [y, x];
      const least = Math.max(bx[0], by[0]);
      const most = Math.min(bx[1], by[1]);
      return {
        zh: `${SPAN_ZH[span]}：${lo.id} 至少要求 ${least} 次，${hi.id} 至多允许 ${most} 次`,
        en: `per ${span}: ${lo.id} needs at least ${least}, ${hi.id} allows at most ${most}`,
      };
    }
  }
  return undefined;
}
