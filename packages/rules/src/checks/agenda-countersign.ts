import type { LocalizedText, Violation } from "@yishi/domain";
import type { RuleCheck } from "./types.js";
import { makeViolation } from "./make-violation.js";
import { agendaPlacements } from "./shared.js";
import { judgeCountersign } from "../judge-countersign.js";

/**
 * 并由区政府办公室主任会签后方可上会,否则原则上不安排上会 (西城区 附件1 三.1, 附件2 三.1):
 * an item of these categories on a meeting's agenda was countersigned by a
 * person of `roles`, on or before the meeting day (judgeCountersign).
 */
export const agendaCountersign: RuleCheck<"agenda.countersign"> = {
  id: "agenda.countersign",
  evaluate(ctx, rule, params) {
    const out: Violation[] = [];
    const rolesOf = (p: string) => ctx.people.get(p)?.roles ?? [];
    for (const { meeting, item } of agendaPlacements(ctx, rule)) {
      if (!params.categories.includes(item.category)) continue;
      const problem = judgeCountersign(item, meeting.date, params.roles, rolesOf);
      if (problem === undefined) continue;
      const name = ctx.itemName(item.id);
      const at = ctx.meetingName(meeting);
      const message: LocalizedText =
        problem.kind === "missing"
          ? { zh: `${name}未经${params.who.zh}会签，不能提交${at.zh}`, en: `${name} has no countersign by ${params.who.en}; it cannot go to ${at.en}` }
          : problem.kind === "wrong-person"
            ? { zh: `${name}由${ctx.personName(problem.by)}会签，条文要求由${params.who.zh}会签后方可提交${at.zh}`, en: `${name} was countersigned by ${ctx.personName(problem.by)}; the article has ${params.who.en} countersign it before it goes to ${at.en}` }
            : {
                zh: `${name}于${problem.on}才经${ctx.personName(problem.by)}会签，晚于${at.zh}；会签后方可上会（条文未规定提前天数，至迟为会议当天）`,
                en: `${name} was countersigned by ${ctx.personName(problem.by)} only on ${problem.on}, after ${at.en}; it goes to the meeting once countersigned (the article gives no number of days: by the meeting day)`,
              };
      out.push(makeViolation(rule, message, { meetings: [meeting.id], dates: [meeting.date], items: [item.id], ...(problem.kind === "missing" ? {} : { people: [problem.by] }) }));
    }
    return out;
  },
};
