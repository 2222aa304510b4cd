import type { Violation } from "@yishi/domain";
import type { RuleCheck } from "./types.js";
import { makeViolation } from "./make-violation.js";
import { agendaPlacements } from "./shared.js";
import { describeWindow, windowForFiling } from "../item-windows.js";

/**
 * 每季度最后一个月的20日前…将下一季度的工作要点送政府办公室汇总后…提交政府常务会议讨论
 * (西城区 五十九(一)); 在年中、年底召开会议,总结检查各项任务完成情况 (五十五): an item of
 * these categories sits on a meeting inside its window, the first that has not
 * ended by the day it was filed (windowForFiling).
 */
export const agendaItemWindow: RuleCheck<"agenda.item-window"> = {
  id: "agenda.item-window",
  evaluate(ctx, rule, params) {
    const out: Violation[] = [];
    for (const { meeting, item } of agendaPlacements(ctx, rule)) {
      if (!params.categories.includes(item.category)) continue;
      const window = windowForFiling(params, item.filedOn);
      if (meeting.date >= window.from && meeting.date <= window.to) continue;
      const when = describeWindow(window, params);
      out.push(
        makeViolation(
          rule,
          {
            zh: `${ctx.itemName(item.id)}（${item.filedOn}申报）放在${ctx.meetingName(meeting).zh}，应在${when.zh}的会议上${params.what.zh}`,
            en: `${ctx.itemName(item.id)} (filed ${item.filedOn}) is on ${ctx.meetingName(meeting).en}, not ${when.en}, when the article has a meeting that ${params.what.en}`,
          },
          { meetings: [meeting.id], dates: [meeting.date], items: [item.id] },
        ),
      );
    }
    return out;
  },
};
