import type { Violation } from "@yishi/domain";
import type { RuleCheck } from "./types.js";
import { makeViolation } from "./make-violation.js";
import { agendaPlacements } from "./shared.js";

/** 部门向市政府常务会议汇报工作不超过10分钟 (常州市 四十七): report items' agenda minutes and report speeches. */
export const durationReportMinutes: RuleCheck<"duration.report-minutes"> = {
  id: "duration.report-minutes",
  evaluate(ctx, rule, params) {
    const out: Violation[] = [];
    for (const { meeting, entry, item } of agendaPlacements(ctx, rule)) {
      if (!item.isReport || entry.minutes <= params.minutes) continue;
      out.push(
        makeViolation(
          rule,
          {
            zh: `${ctx.meetingName(meeting).zh}上的部门汇报${ctx.itemName(item.id)}安排${entry.minutes}分钟，不超过${params.minutes}分钟`,
            en: `the department report ${ctx.itemName(item.id)} at ${ctx.meetingName(meeting).en} takes ${entry.minutes} minutes; at most ${params.minutes}`,
          },
          { meetings: [meeting.id], dates: [meeting.date], items: [item.id] },
        ),
      );
    }
    for (const m of ctx.meetingsInScope(rule)) {
      for (const s of m.speeches) {
        if (s.kind !== "report" || s.minutes <= params.minutes) continue;
        const who = s.person === undefined ? "" : ctx.personName(s.person);
        out.push(
          makeViolation(
            rule,
            {
              zh: `${ctx.meetingName(m).zh}上${who}的汇报发言${s.minutes}分钟，不超过${params.minutes}分钟`,
              en: `the report${who === "" ? "" : ` by ${who}`} at ${ctx.meetingName(m).en} takes ${s.minutes} minutes; at most ${params.minutes}`,
            },
            { meetings: [m.id], dates: [m.date], people: s.person === undefined ? [] : [s.person] },
          ),
        );
      }
    }
    return out;
  },
};
