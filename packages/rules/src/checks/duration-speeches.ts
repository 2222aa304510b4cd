import type { Violation } from "@yishi/domain";
import type { RuleCheck } from "./types.js";
import { makeViolation } from "./make-violation.js";

/** 交流发言不超过5个，每个不超过10分钟 (常州市 四十七). */
export const durationSpeeches: RuleCheck<"duration.speeches"> = {
  id: "duration.speeches",
  evaluate(ctx, rule, params) {
    const out: Violation[] = [];
    for (const m of ctx.meetingsInScope(rule)) {
      const exchange = m.speeches.filter((s) => s.kind === "exchange");
      const subjects = { meetings: [m.id], dates: [m.date] };
      if (exchange.length > params.maxCount) {
        out.push(
          makeViolation(
            rule,
            { zh: `${ctx.meetingName(m).zh}安排${exchange.length}个交流发言，最多${params.maxCount}个`, en: `${ctx.meetingName(m).en} has ${exchange.length} exchange speeches; at most ${params.maxCount}` },
            subjects,
          ),
        );
      }
      exchange.forEach((s) => {
        if (s.minutes <= params.maxMinutes) return;
        const who = s.person === undefined ? { zh: "一个交流发言", en: "an exchange speech" } : { zh: `${ctx.personName(s.person)}的交流发言`, en: `${ctx.personName(s.person)}'s exchange speech` };
        out.push(
          makeViolation(
            rule,
            { zh: `${ctx.meetingName(m).zh}上${who.zh}${s.minutes}分钟，每个不超过${params.maxMinutes}分钟`, en: `${who.en} at ${ctx.meetingName(m).en} lasts ${s.minutes} minutes; at most ${params.maxMinutes}` },
            { ...subjects, people: s.person === undefined ? [] : [s.person] },
          ),
        );
      });
    }
    return out;
  },
};
