import type { Violation } from "@yishi/domain";
import type { RuleCheck } from "./types.js";
import { makeViolation } from "./make-violation.js";
import { formatLead, latestWithin } from "../lead-time.js";

/** 会议纪要一周内印发 (西城区 三十、三十一): counted from the meeting's last day; not judged until issued. */
export const deadlineMinutes: RuleCheck<"deadline.minutes"> = {
  id: "deadline.minutes",
  evaluate(ctx, rule, params) {
    const out: Violation[] = [];
    for (const m of ctx.meetingsInScope(rule)) {
      if (m.minutesIssuedOn === undefined) continue;
      const last = ctx.meetingDays(m).at(-1)!;
      const due = latestWithin(ctx.calendar, last, params.within, params.unit);
      if (m.minutesIssuedOn <= due) continue;
      const l = formatLead(params.within, params.unit);
      out.push(
        makeViolation(
          rule,
          {
            zh: `${ctx.meetingName(m).zh}的纪要于${m.minutesIssuedOn}印发，应在会后${l.zh}内（${due}前）`,
            en: `minutes of ${ctx.meetingName(m).en} were issued on ${m.minutesIssuedOn}; they are due within ${l.en} (by ${due})`,
          },
          { meetings: [m.id], dates: [m.date] },
        ),
      );
    }
    return out;
  },
};
