import { compareText } from "@yishi/domain";
import type { PlannedMeeting, Violation } from "@yishi/domain";
import { appendTo } from "./append-to.js";
import type { RuleCheck } from "./types.js";
import { makeViolation } from "./make-violation.js";

/**
 * 专题会议研究事项应在接到相关请示或报告后的7个工作日内研究 (钟山区 第四十二条): an item
 * filed for a topic meeting is on a topic meeting's agenda within N working
 * days after `filedOn`. Judged only when that deadline falls inside the plan.
 */
export const deadlineTopicMeetingWithin: RuleCheck<"deadline.topic-meeting-within"> = {
  id: "deadline.topic-meeting-within",
  evaluate(ctx, rule, params) {
    const out: Violation[] = [];
    const { from, to } = ctx.plan.period;
    const types: string[] = rule.scope.meetingTypes.length > 0 ? rule.scope.meetingTypes : ["topic"];
    // Each item's meetings of those types, by date: one pass over the agendas, not one per item.
    const listing = new Map<string, PlannedMeeting[]>();
    for (const m of types.flatMap((t) => ctx.meetingsByType.get(t) ?? [])) for (const e of m.agenda) appendTo(listing, e.item, m);
    for (const list of listing.values()) list.sort((a, b) => compareText(a.date, b.date));
    for (const item of [...ctx.spec.agendaItems].sort((a, b) => compareText(a.id, b.id))) {
      if (!types.includes(item.meetingType)) continue;
      const due = ctx.calendar.addWorkingDays(item.filedOn, params.workingDays);
      if (due < from || due > to) continue;
      const on = (listing.get(item.id) ?? []).find((m) => m.date > item.filedOn);
      if (on !== undefined && on.date <= due) continue;
      out.push(
        makeViolation(
          rule,
          on === undefined
            ? {
                zh: `${ctx.itemName(item.id)}于${item.filedOn}报送，须在${params.workingDays}个工作日内（${due}前）由专题会议研究，但未列入任何专题会议`,
                en: `${ctx.itemName(item.id)} was filed on ${item.filedOn} and must be studied by a topic meeting within ${params.workingDays} working days (by ${due}); no topic meeting lists it`,
              }
            : {
                zh: `${ctx.itemName(item.id)}于${item.filedOn}报送，${ctx.meetingName(on).zh}才研究，超过${params.workingDays}个工作日（应在${due}前）`,
                en: `${ctx.itemName(item.id)} was filed on ${item.filedOn} but is first studied at ${ctx.meetingName(on).en}, after ${params.workingDays} working days (due ${due})`,
              },
          { meetings: on === undefined ? [] : [on.id], dates: [due], items: [item.id] },
        ),
      );
    }
    return out;
  },
};
