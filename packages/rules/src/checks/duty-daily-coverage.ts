import type { Violation } from "@yishi/domain";
import { eachDay } from "@yishi/calendar";
import type { RuleCheck } from "./types.js";
import { makeViolation } from "./make-violation.js";
import { isHeavyDay } from "./heavy-day.js";

/**
 * 实行工作日、双休日和节假日24小时政务总值班 (钟山区 第五十七条): every day of the
 * period, working or not, each post in scope has perDay people (perHeavyDay
 * on a weekend or public holiday).
 */
export const dutyDailyCoverage: RuleCheck<"duty.daily-coverage"> = {
  id: "duty.daily-coverage",
  evaluate(ctx, rule) {
    const out: Violation[] = [];
    const posts = ctx.postsInScope(rule);
    if (posts.length === 0) return out;
    for (const date of eachDay(ctx.plan.period.from, ctx.plan.period.to)) {
      const heavy = isHeavyDay(ctx, date);
      const day = ctx.rosterByDate.get(date) ?? [];
      for (const post of posts) {
        const need = heavy ? (post.perHeavyDay ?? post.perDay) : post.perDay;
        const have = new Set(day.filter((a) => a.post === post.id).map((a) => a.person)).size;
        if (have >= need) continue;
        out.push(
          makeViolation(
            rule,
            {
              // The article asks for round-the-clock duty; the headcount is the spec's staffing of the post.
              zh: `${date}${post.name}安排${have}人，按值班岗位配置${heavy ? "节假日和周末" : "当天"}需要${need}人`,
              en: `${date}: ${post.name} has ${have} on duty; the spec staffs it with ${need}${heavy ? " on a weekend or holiday" : ""}`,
            },
            { dates: [date], duties: [post.id] },
          ),
        );
      }
    }
    return out;
  },
};
