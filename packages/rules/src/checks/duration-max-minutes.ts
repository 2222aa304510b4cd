import type { RuleCheck } from "./types.js";
import { makeViolation } from "./make-violation.js";
import { minutesBetween } from "../minutes-between.js";

/** 会议一般不超过半天 (依安县 第五十五条); 全局性会议不超过2小时 (常州市 四十七): start to end, per day. */
export const durationMaxMinutes: RuleCheck<"duration.max-minutes"> = {
  id: "duration.max-minutes",
  evaluate(ctx, rule, params) {
    return ctx
      .meetingsInScope(rule)
      .filter((m) => minutesBetween(m.start, m.end) > params.minutes)
      .map((m) =>
        makeViolation(
          rule,
          {
            zh: `${ctx.meetingName(m).zh}从${m.start}到${m.end}共${minutesBetween(m.start, m.end)}分钟，不得超过${params.minutes}分钟`,
            en: `${ctx.meetingName(m).en} runs ${minutesBetween(m.start, m.end)} minutes (${m.start}–${m.end}); at most ${params.minutes}`,
          },
          { meetings: [m.id], dates: [m.date] },
        ),
      );
  },
};
