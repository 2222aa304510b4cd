import { diffDays } from "@yishi/calendar";
import type { LocalizedText, Rule, Violation } from "@yishi/domain";
import type { CheckContext } from "./types.js";
import { makeViolation } from "./make-violation.js";
import { unexcusedNote, type CadenceView } from "./extra-sessions.js";

/**
 * Consecutive regular occurrences (the view's judged ones) closer than `min`
 * or further apart than `max` days: one violation per pair. `say` words the
 * cadence after the gap (每两周 allows 10 to 18 days; whose reading the bounds are).
 */
export function judgeGaps(ctx: CheckContext, rule: Rule, view: CadenceView, min: number, max: number, say: (gap: number) => LocalizedText): Violation[] {
  const out: Violation[] = [];
  const ms = view.judged;
  for (let i = 1; i < ms.length; i++) {
    const a = ms[i - 1]!;
    const b = ms[i]!;
    const gap = diffDays(a.date, b.date);
    if (gap >= min && gap <= max) continue;
    const note = unexcusedNote(ctx, view, [a, b]);
    const words = say(gap);
    out.push(
      makeViolation(
        rule,
        { zh: `${ctx.meetingName(a).zh}与${ctx.meetingName(b).zh}相隔${gap}天，${words.zh}${note.zh}`, en: `${ctx.meetingName(a).en} and ${ctx.meetingName(b).en} are ${gap} days apart; ${words.en}${note.en}` },
        { meetings: [a.id, b.id], dates: [a.date, b.date] },
      ),
    );
  }
  return out;
}

/** The days a span cadence's spacing allows, as a profile's (or spec's) reading of the article's “about every …”. */
export function spanSpacingWords(every: LocalizedText, min: number | undefined, max: number | undefined): LocalizedText {
  const range =
    min !== undefined && max !== undefined
      ? { zh: `${min}至${max}天`, en: `${min} to ${max} days` }
      : min !== undefined
        ? { zh: `至少${min}天`, en: `at least ${min} days` }
        : { zh: `至多${max}天`, en: `at most ${max} days` };
  return {
    zh: `应相隔${range.zh}；${range.zh}是本规则配置的理解（条文为${every.zh}，未规定相隔天数）`,
    en: `${every.en} allows ${range.en}, which is the profile's reading (the article gives no number of days)`,
  };
}

/** The spacing of a span cadence (per quarter, per half-year) where a reading gives one; nothing when it gives none. */
export function judgeSpanSpacing(
  ctx: CheckContext,
  rule: Rule,
  view: CadenceView,
  spacing: { minGapDays?: number | undefined; maxGapDays?: number | undefined },
  every: LocalizedText,
): Violation[] {
  const { minGapDays: min, maxGapDays: max } = spacing;
  if (min === undefined && max === undefined) return [];
  const words = spanSpacingWords(every, min, max);
  return judgeGaps(ctx, rule, view, min ?? 1, max ?? Infinity, () => words);
}

