import type { Violation } from "@yishi/domain";
import type { RuleCheck } from "./types.js";
import { makeViolation } from "./make-violation.js";

/**
 * Meetings only on working days of the official arrangement: public holidays
 * and weekends are out, an adjusted working weekend day (调休上班) is in unless
 * the rule says otherwise. Every day of a multi-day meeting is judged.
 */
export const calendarWorkingDay: RuleCheck<"calendar.working-day"> = {
  id: "calendar.working-day",
  evaluate(ctx, rule, params) {
    const out: Violation[] = [];
    for (const m of ctx.meetingsInScope(rule)) {
      const type = ctx.typeLabel(m);
      for (const date of ctx.meetingDays(m)) {
        const day = ctx.calendar.describeDay(date);
        const subjects = { meetings: [m.id], dates: [date] };
        if (day.kind === "holiday") {
          const name = day.holiday?.zh ?? "";
          out.push(
            makeViolation(rule, { zh: `${date}为法定节假日（${name}），不能召开${type.zh}`, en: `${date} is a public holiday (${name}); the ${type.en} cannot be held` }, subjects),
          );
        } else if (day.kind === "weekend") {
          out.push(makeViolation(rule, { zh: `${date}为周末休息日，不能召开${type.zh}`, en: `${date} is a weekend day off; the ${type.en} cannot be held` }, subjects));
        } else if (day.kind === "adjusted-workday" && (!params.allowAdjustedWorkdays || !day.working)) {
          out.push(
            makeViolation(
              rule,
              { zh: `${date}为调休上班日，本规则不在调休日召开${type.zh}`, en: `${date} is an adjusted working day (调休); this rule does not allow the ${type.en} on one` },
              subjects,
            ),
          );
        }
      }
    }
    return out;
  },
};
