import type { Violation } from "@yishi/domain";
import type { RuleCheck } from "./types.js";
import { makeViolation } from "./make-violation.js";

/**
 * 经批准的活动安排一至两名区领导出席 (西城区 四十八; 房山区 第六十一条): each event of the
 * period gets between min and max leaders who are not away that day.
 */
export const attendanceEventLeaders: RuleCheck<"attendance.event-leaders"> = {
  id: "attendance.event-leaders",
  evaluate(ctx, rule, params) {
    const out: Violation[] = [];
    const { from, to } = ctx.plan.period;
    for (const event of ctx.spec.events) {
      if (event.date < from || event.date > to) continue;
      const going = event.leaders.filter((p) => ctx.absenceOn(p, event.date) === undefined);
      if (going.length >= params.min && going.length <= params.max) continue;
      out.push(
        makeViolation(
          rule,
          {
            zh: `活动“${event.name}”（${event.date}）安排${going.length}名区领导出席，应为${params.min}至${params.max}名`,
            en: `event “${event.name}” (${event.date}) has ${going.length} leader${going.length === 1 ? "" : "s"} attending; it should have ${params.min} to ${params.max}`,
          },
          { dates: [event.date], people: event.leaders },
        ),
      );
    }
    return out;
  },
};
