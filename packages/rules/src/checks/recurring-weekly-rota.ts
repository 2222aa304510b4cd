import { bindsRecurringDuty, type Violation } from "@yishi/domain";
import { eachDay, weekdayOf } from "@yishi/calendar";
import type { RuleCheck } from "./types.js";
import { makeViolation } from "./make-violation.js";
import { weekdayName } from "./weekday-name.js";

/**
 * 每周三上午…区领导轮流接待 (西城区 六十): every such weekday of the period that is
 * a working day has the duty covered, from start to end, by perOccurrence
 * people of its pool who are not away that day.
 */
export const recurringWeeklyRota: RuleCheck<"recurring.weekly-rota"> = {
  id: "recurring.weekly-rota",
  evaluate(ctx, rule, params) {
    const out: Violation[] = [];
    // Named by the params, or every weekly duty in scope that falls on the rule's weekday.
    const duties = ctx.spec.recurringDuties.filter((d) =>
      params.duty !== undefined ? d.id === params.duty : ctx.coversDuty(rule, d.id) && d.weekday === params.weekday && d.cadence === "weekly",
    );
    const wd = weekdayName(params.weekday);
    for (const duty of duties) {
      const pool = new Set(duty.pool);
      // A turn in a blackout the spec says binds this duty is not held (spec.blackout judges one that is).
      const off = ctx.spec.blackouts.filter((b) => bindsRecurringDuty(b, duty.id));
      for (const date of eachDay(ctx.plan.period.from, ctx.plan.period.to)) {
        if (weekdayOf(date) !== params.weekday || !ctx.calendar.isWorkingDay(date)) continue;
        if (off.some((b) => b.from <= date && date <= b.to)) continue;
        const all = ctx.recurringOn(duty.id, date);
        const bad = all.filter((a) => !pool.has(a.person) || ctx.absenceOn(a.person, date) !== undefined);
        const badSet = new Set(bad);
        const good = all.filter((a) => !badSet.has(a) && a.start <= params.start && a.end >= params.end);
        for (const a of bad) {
          const why = pool.has(a.person) ? { zh: "当天不在", en: "is away that day" } : { zh: "不在轮值名单中", en: "is not in its rota" };
          out.push(
            makeViolation(
              rule,
              { zh: `${date}${duty.name}安排${ctx.personName(a.person)}，但其${why.zh}`, en: `${date}: ${ctx.personName(a.person)} is on ${duty.name} but ${why.en}` },
              { dates: [date], people: [a.person], duties: [duty.id] },
            ),
          );
        }
        if (new Set(good.map((a) => a.person)).size >= duty.perOccurrence) continue;
        out.push(
          makeViolation(
            rule,
            {
              zh: `${date}（${wd.zh}）${params.start}–${params.end}的${duty.name}无人值守，需${duty.perOccurrence}人`,
              en: `${date} (${wd.en}) ${params.start}–${params.end}: ${duty.name} is not covered; ${duty.perOccurrence} needed`,
            },
            { dates: [date], duties: [duty.id] },
          ),
        );
      }
    }
    return out;
  },
};
