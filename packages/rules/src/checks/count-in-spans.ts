import type { Rule, Violation } from "@yishi/domain";
import type { CheckContext } from "./types.js";
import { makeViolation } from "./make-violation.js";
import { seriesGroups, wholeSpans } from "./shared.js";
import { unexcusedNote, viewForCadence } from "./extra-sessions.js";
import type { ExtraSessionsAllowed } from "../rule-params.js";

const SPAN_WORDS = {
  month: { zh: "月", en: "month" },
  quarter: { zh: "季度", en: "quarter" },
  "half-year": { zh: "半年", en: "half-year" },
  year: { zh: "年度", en: "year" },
} as const;

/**
 * Counts of each series in every whole month/quarter/half-year/year the plan
 * covers (a span cut by the plan's edges is not judged: its other meetings
 * lie in another plan). Extra sessions the article allows (房山区 第四十条
 * 必要时随时召开) are not counted.
 */
export function checkCountInSpans(
  ctx: CheckContext,
  rule: Rule,
  kind: keyof typeof SPAN_WORDS,
  min: number,
  max: number | undefined,
  extraSessions: ExtraSessionsAllowed | undefined,
): Violation[] {
  const out: Violation[] = [];
  const word = SPAN_WORDS[kind];
  for (const group of seriesGroups(ctx, rule)) {
    const view = viewForCadence(ctx, group.meetings, extraSessions);
    for (const span of wholeSpans(ctx, kind)) {
      const inSpan = view.judged.filter((m) => m.date >= span.from && m.date <= span.to);
      const n = inSpan.length;
      if (n >= min && (max === undefined || n <= max)) continue;
      const note = unexcusedNote(ctx, view, inSpan);
      const range = max === undefined ? { zh: `至少${min}次`, en: `at least ${min}` } : { zh: `${min}至${max}次`, en: `${min} to ${max}` };
      out.push(
        makeViolation(
          rule,
          {
            zh: `${span.label}${group.name.zh}召开${n}次，每${word.zh}应${range.zh}${note.zh}`,
            en: `${group.name.en} meets ${n} time${n === 1 ? "" : "s"} in ${span.label}; each ${word.en} needs ${range.en}${note.en}`,
          },
          { meetings: inSpan.map((m) => m.id), dates: [span.from] },
        ),
      );
    }
  }
  return out;
}
