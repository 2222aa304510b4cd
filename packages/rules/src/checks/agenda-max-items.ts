import type { CapApproval, PlannedMeeting, Violation } from "@yishi/domain";
import type { CheckContext, RuleCheck } from "./types.js";
import { makeViolation } from "./make-violation.js";

/**
 * 常务会议议题原则上每次不超过15个；…确需增加议题的，由议题申报单位主要负责同志…说明情况，
 * 并报区长同意后方可上会 (钟山区 第四十五条). An approval in `spec.capApprovals` for
 * the meeting, given by the mayor (or the body's convener), raises the cap.
 */
export const agendaMaxItems: RuleCheck<"agenda.max-items"> = {
  id: "agenda.max-items",
  evaluate(ctx, rule, params) {
    const out: Violation[] = [];
    for (const m of ctx.meetingsInScope(rule)) {
      const n = m.agenda.length;
      if (n <= params.max) continue;
      const approval = params.approvalOverrides ? findApproval(ctx, m) : undefined;
      if (approval !== undefined && n <= approval.maxItems) continue;
      const name = ctx.meetingName(m);
      out.push(
        makeViolation(
          rule,
          approval === undefined
            ? { zh: `${name.zh}有${n}个议题，未经区长同意最多${params.max}个`, en: `${name.en} has ${n} items; at most ${params.max} without the mayor's approval` }
            : {
                zh: `${name.zh}有${n}个议题，超过区长同意的${approval.maxItems}个`,
                en: `${name.en} has ${n} items; the mayor approved at most ${approval.maxItems}`,
              },
          { meetings: [m.id], dates: [m.date], items: m.agenda.map((e) => e.item) },
        ),
      );
    }
    return out;
  },
};

function findApproval(ctx: CheckContext, m: PlannedMeeting): CapApproval | undefined {
  const body = ctx.bodyOf(m);
  const mayTo = (id: string) => ctx.people.get(id)?.roles.includes("mayor") === true || body?.convener === id;
  return ctx.spec.capApprovals
    .filter((a) => mayTo(a.approvedBy))
    .filter((a) => (a.meeting !== undefined ? a.meeting === m.id : a.date === m.date && (a.series === undefined || a.series === m.series)))
    .sort((a, b) => b.maxItems - a.maxItems)[0];
}
