import type { Violation } from "@yishi/domain";
import type { RuleCheck } from "./types.js";
import { makeViolation } from "./make-violation.js";
import { agendaPlacements } from "./shared.js";
import { describePriorReviewGaps, judgePriorReviews } from "../judge-prior-reviews.js";

/**
 * 规范性文件,应当经过评估论证、公开征求意见、合法性审查、集体决议决定等程序 (钟山区 第十七条):
 * an item of these categories on a meeting's agenda went through each of the
 * rule's reviews before the meeting day (judgePriorReviews).
 */
export const agendaPriorReviews: RuleCheck<"agenda.prior-reviews"> = {
  id: "agenda.prior-reviews",
  evaluate(ctx, rule, params) {
    const out: Violation[] = [];
    for (const { meeting, item } of agendaPlacements(ctx, rule)) {
      if (!params.categories.includes(item.category)) continue;
      const gaps = judgePriorReviews(item, meeting.date, params.kinds);
      if (gaps.length === 0) continue;
      const what = describePriorReviewGaps(gaps);
      out.push(
        makeViolation(
          rule,
          {
            zh: `${ctx.itemName(item.id)}${what.zh}，须在${ctx.meetingName(meeting).zh}当天之前完成（条文未规定提前几天）`,
            en: `${ctx.itemName(item.id)}: ${what.en}; each is due before ${ctx.meetingName(meeting).en}, the day it is decided (the article gives no number of days)`,
          },
          { meetings: [meeting.id], dates: [meeting.date], items: [item.id] },
        ),
      );
    }
    return out;
  },
};
