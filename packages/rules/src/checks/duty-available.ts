import { ABSENCE_KIND_LABELS, type Violation } from "@yishi/domain";
import type { RuleCheck } from "./types.js";
import { makeViolation } from "./make-violation.js";

/** 带班领导因故不能带班的，应与其他领导调换 (房山区 第七十四条): nobody is on duty while away. */
export const dutyAvailable: RuleCheck<"duty.available"> = {
  id: "duty.available",
  evaluate(ctx, rule) {
    const out: Violation[] = [];
    for (const a of ctx.plan.roster) {
      if (!ctx.coversDuty(rule, a.post)) continue;
      const away = ctx.absenceOn(a.person, a.date);
      if (away === undefined) continue;
      const kind = ABSENCE_KIND_LABELS[away.kind];
      const post = ctx.posts.get(a.post)?.name ?? a.post;
      out.push(
        makeViolation(
          rule,
          {
            zh: `${ctx.personName(a.person)}${a.date}${kind.zh}（${away.from}至${away.to}），不能担任${post}，应调换`,
            en: `${ctx.personName(a.person)} is on ${post} on ${a.date} while away (${kind.en}, ${away.from} to ${away.to}); swap with someone`,
          },
          { dates: [a.date], people: [a.person], duties: [a.post] },
        ),
      );
    }
    return out;
  },
};
