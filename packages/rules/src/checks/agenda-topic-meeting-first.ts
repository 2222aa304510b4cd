import type { Violation } from "@yishi/domain";
import type { RuleCheck } from "./types.js";
import { makeViolation } from "./make-violation.js";
import { agendaPlacements } from "./shared.js";
import { appendTo } from "./append-to.js";

/**
 * 重要文件、重大活动、大额资金…须先经专题会议研究后，再提交常务会议 (钟山区 第四十二条(五)):
 * an item of these categories has a `topic-meeting` review done before the
 * meeting's date, or sits on an earlier topic meeting of the plan.
 */
export const agendaTopicMeetingFirst: RuleCheck<"agenda.topic-meeting-first"> = {
  id: "agenda.topic-meeting-first",
  evaluate(ctx, rule, params) {
    const out: Violation[] = [];
    const topicDates = new Map<string, string[]>();
    for (const m of ctx.meetingsByType.get("topic") ?? []) {
      for (const e of m.agenda) appendTo(topicDates, e.item, m.date);
    }
    for (const { meeting, item } of agendaPlacements(ctx, rule)) {
      if (meeting.type === "topic" || !params.categories.includes(item.category)) continue;
      const reviewed = item.reviews.some((r) => r.kind === "topic-meeting" && r.doneOn < meeting.date);
      const studied = (topicDates.get(item.id) ?? []).some((d) => d < meeting.date);
      if (reviewed || studied) continue;
      out.push(
        makeViolation(
          rule,
          {
            zh: `${ctx.itemName(item.id)}须先经专题会议研究，才能提交${ctx.meetingName(meeting).zh}`,
            en: `${ctx.itemName(item.id)} must be studied by a topic meeting before ${ctx.meetingName(meeting).en}`,
          },
          { meetings: [meeting.id], dates: [meeting.date], items: [item.id] },
        ),
      );
    }
    return out;
  },
};
