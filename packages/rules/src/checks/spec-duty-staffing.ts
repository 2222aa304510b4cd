import { eachDay } from "@yishi/calendar";
import type { Violation } from "@yishi/domain";
import type { BuiltinCheck } from "./types.js";
import { makeSpecViolation } from "./make-violation.js";
import { isHeavyDay } from "./heavy-day.js";
import { postStaffingRef } from "../staffing.js";

/**
 * Every seat the spec's duty staffing asks for is filled, under every profile:
 * each post has perDay people each day (perHeavyDay on a weekend or public
 * holiday). An empty seat is always a hard violation, whether or not the
 * profile encodes a coverage article. Where the profile has one for the post
 * (`duty.daily-coverage`, e.g. 钟山区 第五十七条 “实行工作日、双休日和节假日24小时政务总值班”),
 * that rule's own module reports the seat (one violation, citing the article)
 * and this check stays quiet — unless the rule is soft, when this one says it
 * hard, citing the same article. Without one, the citation is the spec's
 * staffing (`duty.posts[i]`), and the message says the spec asks for the seat.
 */
export const specDutyStaffing: BuiltinCheck = {
  id: "spec.duty-staffing",
  evaluate(ctx) {
    const out: Violation[] = [];
    for (const post of ctx.spec.duty.posts) {
      const ref = postStaffingRef(ctx.spec, ctx.profile, post.id);
      if (ref.rule?.severity === "hard") continue;
      const byArticle = ref.rule !== undefined;
      for (const date of eachDay(ctx.plan.period.from, ctx.plan.period.to)) {
        const heavy = isHeavyDay(ctx, date);
        const need = heavy ? (post.perHeavyDay ?? post.perDay) : post.perDay;
        const have = new Set((ctx.rosterByDate.get(date) ?? []).filter((a) => a.post === post.id).map((a) => a.person)).size;
        if (have >= need) continue;
        out.push(
          makeSpecViolation(
            "spec.duty-staffing",
            ref.citation,
            {
              zh: `${date}${post.name}安排${have}人，本计划的值班设置${heavy ? "在周末和节假日" : "当天"}要求${need}人，空缺${need - have}人`,
              en: `${date}: ${post.name} has ${have} on duty; the spec's duty staffing asks for ${need}${heavy ? " on a weekend or holiday" : ""}, so ${need - have} seat${need - have === 1 ? " is" : "s are"} empty`,
            },
            { dates: [date], duties: [post.id] },
            byArticle
              ? { zh: `${ref.citation.jurisdiction} ${ref.citation.article}：“${ref.citation.text}”。本计划的值班设置决定每个岗位每天几人。安排${post.pool.length}人轮值名单中当天有空的人。`, en: `${ref.citation.jurisdiction} ${ref.citation.article} says: “${ref.citation.text}” The spec's duty staffing sets how many hold each post a day. Put someone free that day from the post's pool on it.` }
              : { zh: `本规则配置没有值班覆盖条文；岗位人数来自本计划的值班设置（duty.posts）。安排轮值名单中当天有空的人，或修改岗位人数。`, en: `The profile has no duty-coverage article; the seat comes from the spec's own duty staffing (duty.posts). Put someone free that day from the post's pool on it, or change the post's staffing.` },
          ),
        );
      }
    }
    return out;
  },
};
