import type { Violation } from "@yishi/domain";
import type { BuiltinCheck } from "./types.js";
import { makeSpecViolation } from "./make-violation.js";
import { recurringDutyDates } from "../recurring-duty-dates.js";
import { recurringStaffingRef } from "../staffing.js";

/**
 * Every turn of a recurring duty the spec asks for has perOccurrence people,
 * under every profile: each date the duty falls on in the plan's period (the
 * recurring planner's reading, recurringDutyDates) with fewer distinct people
 * than `perOccurrence` is a hard violation — also when the pool is smaller
 * than perOccurrence, which no plan can staff. Where the profile has the
 * duty's article as a hard `recurring.weekly-rota` rule (西城区 六十
 * “各位区长按要求参加每周三上午的信访接待”), that module reports the turn and this
 * check stays quiet; a rule the duty names (`rule:`) or a soft one is cited
 * here; otherwise the spec's own staffing (`recurringDuties[i]`).
 */
export const specRecurringStaffing: BuiltinCheck = {
  id: "spec.recurring-staffing",
  evaluate(ctx) {
    const out: Violation[] = [];
    for (const duty of ctx.spec.recurringDuties) {
      const ref = recurringStaffingRef(ctx.spec, ctx.profile, duty.id);
      if (ref.rule?.check === "recurring.weekly-rota" && ref.rule.severity === "hard") continue;
      const pool = new Set(duty.pool);
      for (const date of recurringDutyDates(duty, ctx.calendar, ctx.plan.period.from, ctx.plan.period.to, ctx.spec.blackouts)) {
        const have = new Set(ctx.recurringOn(duty.id, date).map((a) => a.person)).size;
        if (have >= duty.perOccurrence) continue;
        const small = pool.size < duty.perOccurrence;
        out.push(
          makeSpecViolation(
            "spec.recurring-staffing",
            ref.citation,
            {
              zh: `${date}${duty.name}安排${have}人，本计划的轮值设置每次要求${duty.perOccurrence}人${small ? `，但轮值名单只有${pool.size}人` : ""}`,
              en: `${date}: ${duty.name} has ${have}; the spec's recurring duty asks for ${duty.perOccurrence} each time${small ? `, but its pool has only ${pool.size}` : ""}`,
            },
            { dates: [date], duties: [duty.id] },
            small
              ? { zh: `轮值名单（${pool.size}人）少于每次所需人数（${duty.perOccurrence}人）。扩充名单或减少每次人数。`, en: `The pool (${pool.size}) is smaller than the people each turn needs (${duty.perOccurrence}). Add people to the pool or lower perOccurrence.` }
              : { zh: "安排轮值名单中当天有空的人。", en: "Put someone free that day from the duty's pool on it." },
          ),
        );
      }
    }
    return out;
  },
};
