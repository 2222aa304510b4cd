import type { Violation } from "@yishi/domain";
import type { RuleCheck } from "./types.js";
import { makeViolation } from "./make-violation.js";
import { agendaPlacements } from "./shared.js";

/**
 * 分管副区长或提请单位主要负责人不能出席的，不列入议题 (房山区 第四十四条(五)(6)): the
 * item's responsible leader and its unit's head are present at that meeting.
 */
export const agendaSponsorAttends: RuleCheck<"agenda.sponsor-attends"> = {
  id: "agenda.sponsor-attends",
  evaluate(ctx, rule, params) {
    const out: Violation[] = [];
    for (const { meeting, item } of agendaPlacements(ctx, rule)) {
      const head = ctx.units.get(item.unit)?.head;
      const needed: { id: string; role: { zh: string; en: string } }[] = [];
      if (params.leader) needed.push({ id: item.responsibleLeader, role: { zh: "分管领导", en: "responsible leader" } });
      if (params.unitHead && head !== undefined && head !== item.responsibleLeader) {
        needed.push({ id: head, role: { zh: "提请单位主要负责人", en: "head of the submitting unit" } });
      }
      for (const { id, role } of needed) {
        if (ctx.isPresent(meeting, id)) continue;
        out.push(
          makeViolation(
            rule,
            {
              zh: `${ctx.itemName(item.id)}的${role.zh}${ctx.personName(id)}不能出席${ctx.meetingName(meeting).zh}，该议题不列入`,
              en: `${ctx.itemName(item.id)}: its ${role.en} ${ctx.personName(id)} is away from ${ctx.meetingName(meeting).en}, so it is not listed`,
            },
            { meetings: [meeting.id], dates: [meeting.date], items: [item.id], people: [id] },
          ),
        );
      }
    }
    return out;
  },
};
