import type { Violation } from "@yishi/domain";
import type { RuleCheck } from "./types.js";
import { makeViolation } from "./make-violation.js";
import { agendaPlacements } from "./shared.js";
import { describeWindow, windowsInside } from "../item-windows.js";

/**
 * The other half of 五十九(一) and 五十五 (西城区): the meeting is held. In every
 * window the plan covers whole, a meeting the rule covers has an item of these
 * categories on it. The plan can hold it only when the spec files the item, so
 * the message says which category to file.
 */
export const agendaItemHeld: RuleCheck<"agenda.item-held"> = {
  id: "agenda.item-held",
  evaluate(ctx, rule, params) {
    const out: Violation[] = [];
    const held = agendaPlacements(ctx, rule).filter(({ item }) => params.categories.includes(item.category));
    const types = [...new Set(rule.scope.meetingTypes)].map((t) => ctx.typeLabel({ type: t }));
    const meetings = types.length === 1 ? types[0]! : { zh: "会议", en: "meeting" };
    for (const window of windowsInside(params, ctx.plan.period)) {
      if (held.some(({ meeting }) => meeting.date >= window.from && meeting.date <= window.to)) continue;
      const when = describeWindow(window, params);
      const file = params.categories.map((c) => `\`${c}\``).join(", ");
      out.push(
        makeViolation(
          rule,
          {
            zh: `${when.zh}没有${meetings.zh}${params.what.zh}：计划中没有类别为 ${file} 的议题排在此期间（规格须先申报此议题）`,
            en: `no ${meetings.en} ${params.what.en} ${when.en}: the plan has no item of category ${file} on a meeting then (the spec must file one)`,
          },
          { dates: [window.from, window.to] },
        ),
      );
    }
    return out;
  },
};
