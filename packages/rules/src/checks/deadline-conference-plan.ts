import type { Violation } from "@yishi/domain";
import type { RuleCheck } from "./types.js";
import { makeViolation } from "./make-violation.js";
import { describeLead, latestBefore } from "../lead-time.js";

/**
 * 会议方案提前报送 (钟山区 第四十九条): a meeting's plan reached the office `lead`
 * before it. A meeting with no `planSubmittedOn` is not judged (not yet submitted).
 * With `inAdvanceOnly` (西城区 三十二 提前, no number) the message says “before the meeting day”.
 */
export const deadlineConferencePlan: RuleCheck<"deadline.conference-plan"> = {
  id: "deadline.conference-plan",
  evaluate(ctx, rule, params) {
    const out: Violation[] = [];
    for (const m of ctx.meetingsInScope(rule)) {
      if (m.planSubmittedOn === undefined) continue;
      const latest = latestBefore(ctx.calendar, m.date, params.lead, params.unit);
      if (m.planSubmittedOn <= latest) continue;
      const due = describeLead(params.lead, params.unit, latest, params.inAdvanceOnly);
      out.push(
        makeViolation(
          rule,
          {
            zh: `${ctx.meetingName(m).zh}的会议方案于${m.planSubmittedOn}报送，应${due.zh}`,
            en: `the plan for ${ctx.meetingName(m).en} was submitted on ${m.planSubmittedOn}; it is due ${due.en}`,
          },
          { meetings: [m.id], dates: [m.date] },
        ),
      );
    }
    return out;
  },
};
