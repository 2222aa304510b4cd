import { addDays, diffDays } from "@yishi/calendar";
import { appendAll, type Violation } from "@yishi/domain";
import type { RuleCheck } from "./types.js";
import { makeViolation } from "./make-violation.js";
import { seriesGroups } from "./shared.js";
import { gapLimits } from "../series-cadence.js";
import { unexcusedNote, viewForCadence } from "./extra-sessions.js";
import { judgeGaps } from "./judge-gaps.js";

/**
 * 每两周召开一次 (钟山区 第四十条): consecutive occurrences between minGapDays and
 * maxGapDays apart. The plan's edges count too: the previous meeting was at the
 * latest the day before the period, the next at the earliest the day after, so
 * a first meeting too late (or a last too early) breaks the rule for certain;
 * a period shorter than the gap can never show such a break. Extra sessions
 * the article allows (也可根据工作需要适时召开) are not in the chain.
 */
export const cadenceEveryNWeeks: RuleCheck<"cadence.every-n-weeks"> = {
  id: "cadence.every-n-weeks",
  evaluate(ctx, rule, params) {
    const { min: minGap, max: maxGap } = gapLimits(params);
    // The article says only 每两周; the days either side are the profile's reading, and every message says so.
    const reading = {
      zh: `；${minGap}至${maxGap}天是本规则配置的理解（条文为每${params.weeks}周一次，未规定可差几天）`,
      en: `; ${minGap} to ${maxGap} days is the profile's reading (the article says every ${params.weeks} weeks and gives no tolerance)`,
    };
    const { from, to } = ctx.plan.period;
    const out: Violation[] = [];
    const allows = { zh: `应为${minGap}至${maxGap}天${reading.zh}`, en: `every ${params.weeks} weeks allows ${minGap} to ${maxGap} days${reading.en}` };
    for (const group of seriesGroups(ctx, rule)) {
      const view = viewForCadence(ctx, group.meetings, params.extraSessions);
      const ms = view.judged;
      appendAll(out, judgeGaps(ctx, rule, view, minGap, maxGap, () => allows));
      // Edges: previous meeting at the latest on from−1, next at the earliest on to+1.
      const first = ms[0];
      const last = ms.at(-1);
      if (first === undefined) {
        const span = diffDays(addDays(from, -1), addDays(to, 1));
        if (span > maxGap) {
          out.push(
            makeViolation(
              rule,
              {
                zh: `${from}至${to}期间没有安排${group.name.zh}，每${params.weeks}周应召开一次（两次最多相隔${maxGap}天${reading.zh}）`,
                en: `no ${group.name.en} is planned from ${from} to ${to}; it meets every ${params.weeks} weeks (at most ${maxGap} days apart${reading.en})`,
              },
              { dates: [from] },
            ),
          );
        }
        continue;
      }
      if (diffDays(addDays(from, -1), first.date) > maxGap) {
        const note = unexcusedNote(ctx, view, [first]);
        out.push(
          makeViolation(
            rule,
            {
              zh: `${ctx.meetingName(first).zh}是本期第一次，距期初${from}过远，间隔超过${maxGap}天${reading.zh}${note.zh}`,
              en: `${ctx.meetingName(first).en} is the first of the period but comes more than ${maxGap} days after the period starts (${from})${reading.en}${note.en}`,
            },
            { meetings: [first.id], dates: [first.date] },
          ),
        );
      }
      if (diffDays(last!.date, addDays(to, 1)) > maxGap) {
        const note = unexcusedNote(ctx, view, [last!]);
        out.push(
          makeViolation(
            rule,
            {
              zh: `${ctx.meetingName(last!).zh}是本期最后一次，距期末${to}过远，间隔超过${maxGap}天${reading.zh}${note.zh}`,
              en: `${ctx.meetingName(last!).en} is the last of the period, more than ${maxGap} days before the period ends (${to})${reading.en}${note.en}`,
            },
            { meetings: [last!.id], dates: [last!.date] },
          ),
        );
      }
    }
    return out;
  },
};
