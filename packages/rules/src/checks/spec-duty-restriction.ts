import { weekdayOf } from "@yishi/calendar";
import type { Violation } from "@yishi/domain";
import type { BuiltinCheck } from "./types.js";
import { makeSpecViolation } from "./make-violation.js";
import { weekdayName } from "./weekday-name.js";

/** A duty the spec's `duty.restrictions` rule out for that person (no night shifts, no Sundays…). */
export const specDutyRestriction: BuiltinCheck = {
  id: "spec.duty-restriction",
  evaluate(ctx) {
    const out: Violation[] = [];
    ctx.spec.duty.restrictions.forEach((r, i) => {
      for (const a of ctx.plan.roster) {
        if (a.person !== r.person) continue;
        const wd = weekdayOf(a.date);
        const byShift = r.noShift.includes(a.shift);
        const byDay = r.noWeekdays.includes(wd);
        if (!byShift && !byDay) continue;
        const post = ctx.posts.get(a.post)?.name ?? a.post;
        const why = byDay ? { zh: `不安排${weekdayName(wd).zh}值班`, en: `no duty on ${weekdayName(wd).en}s` } : { zh: `不安排${a.shift}班`, en: `no ${a.shift} shifts` };
        out.push(
          makeSpecViolation(
            "spec.duty-restriction",
            { jurisdiction: ctx.spec.organization.name, article: `duty.restrictions[${i}]`, text: r.reason ?? why.zh },
            {
              zh: `${ctx.personName(a.person)}${a.date}被安排${post}，但按其限制${why.zh}`,
              en: `${ctx.personName(a.person)} is on ${post} on ${a.date}, but their restriction says ${why.en}`,
            },
            { dates: [a.date], people: [a.person], duties: [a.post] },
            { zh: "spec 的 duty.restrictions 为此人排除了这类值班。与其他人员调换。", en: "The spec's duty.restrictions rule this duty out for the person. Swap with someone else." },
          ),
        );
      }
    });
    return out;
  },
};
