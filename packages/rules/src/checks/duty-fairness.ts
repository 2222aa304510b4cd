import { compareText, isLeader, type Violation } from "@yishi/domain";
import { eachDay } from "@yishi/calendar";
import type { RuleCheck } from "./types.js";
import { makeViolation } from "./make-violation.js";
import { isHeavyDay } from "./heavy-day.js";

/**
 * Duties spread evenly within each post's pool: counts (with the history
 * carried over) differ by at most maxSpread, for all days and for heavy days.
 * People away for the whole period are left out: they could not serve; so are
 * people a leaders-only post cannot take (duty.leader-on-duty judges those).
 */
export const dutyFairness: RuleCheck<"duty.fairness"> = {
  id: "duty.fairness",
  evaluate(ctx, rule, params) {
    const out: Violation[] = [];
    const { from, to } = ctx.plan.period;
    const days = eachDay(from, to);
    for (const post of ctx.postsInScope(rule)) {
      const eligible = (p: string) => !post.leadersOnly || isLeader(ctx.people.get(p) ?? { roles: [] });
      const pool = post.pool.filter((p) => eligible(p) && days.some((d) => ctx.absenceOn(p, d) === undefined));
      if (pool.length < 2) continue;
      for (const heavyOnly of [false, true]) {
        const count = new Map(pool.map((p) => {
          const h = ctx.spec.duty.history.find((x) => x.person === p);
          return [p, heavyOnly ? (h?.heavy ?? 0) : (h?.total ?? 0)];
        }));
        for (const a of ctx.plan.roster) {
          if (a.post !== post.id || !count.has(a.person) || (heavyOnly && !isHeavyDay(ctx, a.date))) continue;
          count.set(a.person, count.get(a.person)! + 1);
        }
        const sorted = [...count].sort(([pa, a], [pb, b]) => a - b || compareText(pa, pb));
        const [lowP, low] = sorted[0]!;
        const [highP, high] = sorted.at(-1)!;
        if (high - low <= params.maxSpread) continue;
        const what = heavyOnly ? { zh: "节假日和周末值班", en: "weekend and holiday duties" } : { zh: "值班", en: "duties" };
        out.push(
          makeViolation(
            rule,
            {
              zh: `${post.name}${what.zh}不均衡：${ctx.personName(highP)}${high}次，${ctx.personName(lowP)}${low}次，相差不超过${params.maxSpread}次`,
              en: `${post.name} ${what.en} are uneven: ${ctx.personName(highP)} has ${high}, ${ctx.personName(lowP)} ${low}; the spread may be at most ${params.maxSpread}`,
            },
            { dates: [from], people: [highP, lowP], duties: [post.id] },
          ),
        );
      }
    }
    return out;
  },
};
