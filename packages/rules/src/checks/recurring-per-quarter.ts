import type { Violation } from "@yishi/domain";
import type { RuleCheck } from "./types.js";
import { makeViolation } from "./make-violation.js";
import { wholeSpans } from "./shared.js";
import { spanSpacingWords } from "./judge-gaps.js";
import { diffDays } from "@yishi/calendar";

/**
 * 大约每三个月举办一次学习讲座 (依安县 第七十二条): at least `min` occurrences in each
 * whole quarter of the plan: meetings of `meetingType` (or the rule's meeting
 * types), else assignments of the recurring duties in scope; with
 * `minGapDays`/`maxGapDays` (the profile's reading: the article gives no number
 * of days) consecutive ones that far apart.
 */
export const recurringPerQuarter: RuleCheck<"recurring.per-quarter"> = {
  id: "recurring.per-quarter",
  evaluate(ctx, rule, params) {
    const out: Violation[] = [];
    const types: string[] = params.meetingType !== undefined ? [params.meetingType] : rule.scope.meetingTypes;
    const dates =
      types.length > 0
        ? types.flatMap((t) => (ctx.meetingsByType.get(t) ?? []).map((m) => m.date))
        : [...new Set(ctx.plan.recurringDuties.filter((a) => ctx.coversDuty(rule, a.duty)).map((a) => `${a.date}`))];
    const what = types.length > 0 ? types.map((t) => ctx.typeLabel({ type: t as never })) : [{ zh: "该项轮值", en: "the recurring duty" }];
    const label = { zh: what.map((w) => w.zh).join("、"), en: what.map((w) => w.en).join(", ") };
    // 一般三个月安排一次: with the profile's reading of “about every three months”, consecutive ones that far apart too.
    if (params.minGapDays !== undefined || params.maxGapDays !== undefined) {
      const words = spanSpacingWords({ zh: "大约每三个月一次", en: "about every three months" }, params.minGapDays, params.maxGapDays);
      const sorted = [...new Set(dates)].sort();
      for (let i = 1; i < sorted.length; i++) {
        const [a, b] = [sorted[i - 1]!, sorted[i]!];
        const gap = diffDays(a, b);
        if (gap >= (params.minGapDays ?? 1) && gap <= (params.maxGapDays ?? Infinity)) continue;
        out.push(makeViolation(rule, { zh: `${label.zh}${a}与${b}相隔${gap}天，${words.zh}`, en: `${label.en} on ${a} and ${b} are ${gap} days apart; ${words.en}` }, { dates: [a, b] }));
      }
    }
    for (const q of wholeSpans(ctx, "quarter")) {
      const n = dates.filter((d) => d >= q.from && d <= q.to).length;
      if (n >= params.min) continue;
      out.push(
        makeViolation(
          rule,
          { zh: `${q.label}${label.zh}举办${n}次，每季度至少${params.min}次`, en: `${label.en} takes place ${n} time${n === 1 ? "" : "s"} in ${q.label}; at least ${params.min} a quarter` },
          { dates: [q.from] },
        ),
      );
    }
    return out;
  },
};
