import { isLeader, type Violation } from "@yishi/domain";
import { eachDay } from "@yishi/calendar";
import type { RuleCheck } from "./types.js";
import { makeViolation } from "./make-violation.js";

/**
 * 带班领导 (房山区 第七十三条、第七十四条): every day a leader is on duty on a post in
 * scope (a person with a leader role, or anyone on a leaders-only post is
 * judged by that post's rule), and a leaders-only post holds only leaders.
 */
export const dutyLeaderOnDuty: RuleCheck<"duty.leader-on-duty"> = {
  id: "duty.leader-on-duty",
  evaluate(ctx, rule) {
    const out: Violation[] = [];
    const posts = ctx.postsInScope(rule);
    if (posts.length === 0) return out;
    const inScope = new Set(posts.map((p) => p.id));
    const leader = (id: string) => {
      const p = ctx.people.get(id);
      return p !== undefined && isLeader(p);
    };
    for (const date of eachDay(ctx.plan.period.from, ctx.plan.period.to)) {
      const day = (ctx.rosterByDate.get(date) ?? []).filter((a) => inScope.has(a.post));
      for (const a of day) {
        const post = ctx.posts.get(a.post);
        if (post?.leadersOnly !== true || leader(a.person)) continue;
        out.push(
          makeViolation(
            rule,
            { zh: `${date}${post.name}由${ctx.personName(a.person)}担任，但其不是区政府领导`, en: `${date}: ${ctx.personName(a.person)} holds ${post.name}, a post for leaders only, but is not a leader` },
            { dates: [date], people: [a.person], duties: [a.post] },
          ),
        );
      }
      if (day.some((a) => leader(a.person))) continue;
      out.push(
        makeViolation(
          rule,
          { zh: `${date}没有区政府领导带班`, en: `${date} has no leader on duty` },
          { dates: [date], duties: posts.map((p) => p.id) },
        ),
      );
    }
    return out;
  },
};
