import { compareText } from "@yishi/domain";
import { diffDays } from "@yishi/calendar";
import type { Violation } from "@yishi/domain";
import type { RuleCheck } from "./types.js";
import { makeViolation } from "./make-violation.js";
import { appendTo } from "./append-to.js";

/** At least `restDays` free days between two duties of one person (on the posts in scope). */
export const dutyRest: RuleCheck<"duty.rest"> = {
  id: "duty.rest",
  evaluate(ctx, rule, params) {
    const out: Violation[] = [];
    const byPerson = new Map<string, string[]>();
    for (const a of ctx.plan.roster) {
      if (ctx.coversDuty(rule, a.post)) appendTo(byPerson, a.person, a.date);
    }
    for (const [person, all] of [...byPerson].sort(([a], [b]) => compareText(a, b))) {
      const dates = [...new Set(all)].sort();
      for (let i = 1; i < dates.length; i++) {
        const free = diffDays(dates[i - 1]!, dates[i]!) - 1;
        if (free >= params.restDays) continue;
        out.push(
          makeViolation(
            rule,
            {
              zh: `${ctx.personName(person)}${dates[i - 1]}和${dates[i]}均值班，中间仅休息${free}天，至少应休息${params.restDays}天`,
              en: `${ctx.personName(person)} is on duty on ${dates[i - 1]} and ${dates[i]} with ${free} day${free === 1 ? "" : "s"} off between; at least ${params.restDays} needed`,
            },
            { dates: [dates[i - 1]!, dates[i]!], people: [person] },
          ),
        );
      }
    }
    return out;
  },
};
