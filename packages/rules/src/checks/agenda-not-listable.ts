import { DECIDABLE_BY_LABELS, type Violation } from "@yishi/domain";
import type { RuleCheck } from "./types.js";
import { makeViolation } from "./make-violation.js";
import { agendaPlacements } from "./shared.js";


/**
 * 不列入议题 (钟山区 第四十六条; 房山区 第四十四条(五)): items another body can
 * decide, items that skipped the approval procedure, and (where the profile
 * says so) ordinary work reports.
 */
export const agendaNotListable: RuleCheck<"agenda.not-listable"> = {
  id: "agenda.not-listable",
  evaluate(ctx, rule, params) {
    const out: Violation[] = [];
    for (const { meeting, item } of agendaPlacements(ctx, rule)) {
      const at = ctx.meetingName(meeting);
      const what = ctx.itemName(item.id);
      const subjects = { meetings: [meeting.id], dates: [meeting.date], items: [item.id] };
      if (item.decidableBy !== undefined && params.decidableBy.includes(item.decidableBy)) {
        const by = DECIDABLE_BY_LABELS[item.decidableBy];
        out.push(makeViolation(rule, { zh: `${what}可由${by.zh}决定，不列入${at.zh}议题`, en: `${what} can be decided by ${by.en}; it is not listed at ${at.en}` }, subjects));
      }
      if (params.requireProcedure && !item.procedureComplete) {
        out.push(makeViolation(rule, { zh: `${what}未按报批程序办理，不列入${at.zh}议题`, en: `${what} has not been through the approval procedure; it is not listed at ${at.en}` }, subjects));
      }
      if (params.excludeWorkReports && item.category === "work-report") {
        out.push(makeViolation(rule, { zh: `${what}为一般性工作汇报，不列入${at.zh}议题`, en: `${what} is an ordinary work report; it is not listed at ${at.en}` }, subjects));
      }
    }
    return out;
  },
};
