import type { Violation } from "@yishi/domain";
import type { RuleCheck } from "./types.js";
import { makeViolation } from "./make-violation.js";
import { formatLead, latestBefore } from "../lead-time.js";

/**
 * 请假须提前报告 (钟山区 第七十四条): a leave that touches the plan's period, of a
 * person holding one of `roles` (all when empty), was requested `lead` before
 * it starts. Absences with no `requestedOn` are not judged.
 */
export const deadlineLeaveRequest: RuleCheck<"deadline.leave-request"> = {
  id: "deadline.leave-request",
  evaluate(ctx, rule, params) {
    const out: Violation[] = [];
    const { from, to } = ctx.plan.period;
    for (const a of ctx.spec.absences) {
      if (a.requestedOn === undefined || a.to < from || a.from > to) continue;
      const roles = ctx.people.get(a.person)?.roles ?? [];
      if (params.roles.length > 0 && !roles.some((r) => params.roles.includes(r))) continue;
      const latest = latestBefore(ctx.calendar, a.from, params.lead, params.unit);
      if (a.requestedOn <= latest) continue;
      const l = formatLead(params.lead, params.unit);
      out.push(
        makeViolation(
          rule,
          {
            zh: `${ctx.personName(a.person)}${a.from}起的请假于${a.requestedOn}才提出，应提前${l.zh}（${latest}前）`,
            en: `${ctx.personName(a.person)} asked on ${a.requestedOn} for leave from ${a.from}; it is due ${l.en} ahead (by ${latest})`,
          },
          { dates: [a.from], people: [a.person] },
        ),
      );
    }
    return out;
  },
};
