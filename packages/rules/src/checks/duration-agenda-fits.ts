import type { RuleCheck } from "./types.js";
import { makeViolation } from "./make-violation.js";
import { minutesBetween } from "../minutes-between.js";

/** An agenda fits its meeting: the items' minutes add up to no more than start to end. */
export const durationAgendaFits: RuleCheck<"duration.agenda-fits"> = {
  id: "duration.agenda-fits",
  evaluate(ctx, rule) {
    return ctx.meetingsInScope(rule).flatMap((m) => {
      const total = m.agenda.reduce((sum, e) => sum + e.minutes, 0);
      const length = minutesBetween(m.start, m.end);
      if (total <= length) return [];
      return [
        makeViolation(
          rule,
          {
            zh: `${ctx.meetingName(m).zh}的议题共需${total}分钟，超过会议时长${length}分钟（${m.start}–${m.end}）`,
            en: `the agenda of ${ctx.meetingName(m).en} needs ${total} minutes, more than the meeting's ${length} (${m.start}–${m.end})`,
          },
          { meetings: [m.id], dates: [m.date], items: m.agenda.map((e) => e.item) },
        ),
      ];
    });
  },
};
