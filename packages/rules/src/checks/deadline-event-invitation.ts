import type { Violation } from "@yishi/domain";
import type { RuleCheck } from "./types.js";
import { makeViolation } from "./make-violation.js";
import { formatLead, latestBefore } from "../lead-time.js";

/** 邀请区人民政府领导参加的重要活动，原则上须提前7天报区人民政府办公室 (钟山区 第七十五条). */
export const deadlineEventInvitation: RuleCheck<"deadline.event-invitation"> = {
  id: "deadline.event-invitation",
  evaluate(ctx, rule, params) {
    const out: Violation[] = [];
    const { from, to } = ctx.plan.period;
    for (const e of ctx.spec.events) {
      if (e.date < from || e.date > to) continue;
      const latest = latestBefore(ctx.calendar, e.date, params.lead, params.unit);
      if (e.invitedOn <= latest) continue;
      const l = formatLead(params.lead, params.unit);
      out.push(
        makeViolation(
          rule,
          {
            zh: `活动“${e.name}”（${e.date}）的邀请于${e.invitedOn}才报送，应提前${l.zh}（${latest}前）`,
            en: `the invitation to “${e.name}” (${e.date}) reached the office on ${e.invitedOn}; it is due ${l.en} ahead (by ${latest})`,
          },
          { dates: [e.date], people: e.leaders },
        ),
      );
    }
    return out;
  },
};
