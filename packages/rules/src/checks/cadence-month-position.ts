import type { Violation } from "@yishi/domain";
import { monthOf, yearOf } from "@yishi/calendar";
import type { RuleCheck } from "./types.js";
import { makeViolation } from "./make-violation.js";
import { seriesGroups, wholeSpans } from "./shared.js";
import { viewForCadence } from "./extra-sessions.js";

/**
 * 原则上每月初/月末召开 (常州市 四十二、四十三): in every whole month of the plan,
 * one occurrence within the month's first (or last) N working days, counted
 * on the official calendar. An extra session the article allows (根據需要可由市長決定
 * 臨時召開) does not stand in for the regular one.
 */
export const cadenceMonthPosition: RuleCheck<"cadence.month-position"> = {
  id: "cadence.month-position",
  evaluate(ctx, rule, params) {
    const out: Violation[] = [];
    const n = params.withinWorkingDays;
    const start = params.position === "start";
    for (const group of seriesGroups(ctx, rule)) {
      const regular = viewForCadence(ctx, group.meetings, params.extraSessions).judged;
      for (const month of wholeSpans(ctx, "month")) {
        const y = yearOf(month.from);
        const mo = monthOf(month.from);
        const edge = ctx.calendar.nthWorkingDayOfMonth(y, mo, start ? n : -n) ?? (start ? month.to : month.from);
        const [lo, hi] = start ? [month.from, edge] : [edge, month.to];
        if (regular.some((m) => m.date >= lo && m.date <= hi)) continue;
        // The article says only 月初/月底; how many working days that is, is the profile's reading.
        out.push(
          makeViolation(
            rule,
            {
              zh: `${month.label}没有在${start ? "月初" : "月末"}（${lo}至${hi}，${start ? "前" : "后"}${n}个工作日）召开${group.name.zh}；以${n}个工作日为${start ? "月初" : "月末"}是本规则配置的理解，条文未规定天数`,
              en: `${group.name.en} is not held at the ${start ? "start" : "end"} of ${month.label} (${start ? "first" : "last"} ${n} working days, ${lo} to ${hi}); ${n} working days is the profile's reading, the article gives no number`,
            },
            { meetings: group.meetings.filter((m) => m.date >= month.from && m.date <= month.to).map((m) => m.id), dates: [month.from] },
          ),
        );
      }
    }
    return out;
  },
};
