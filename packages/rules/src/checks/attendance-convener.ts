import type { Violation } from "@yishi/domain";
import type { RuleCheck } from "./types.js";
import { makeViolation } from "./make-violation.js";

/**
 * 由区长或受区长委托的副区长召集和主持 (钟山区 第四十条): the convener is the body's
 * convener or one it designated, and is present. A plan that names no
 * convener keeps the rule when any of them is present. With
 * `deputyOnlyWhileAway` (常州市 四十二 市長外出期間), a designated deputy convenes
 * only on a day the convener is away (a spec absence, or the plan's absent list).
 */
export const attendanceConvener: RuleCheck<"attendance.convener"> = {
  id: "attendance.convener",
  evaluate(ctx, rule, params) {
    const out: Violation[] = [];
    for (const m of ctx.meetingsInScope(rule)) {
      const body = ctx.bodyOf(m);
      if (body === undefined) continue;
      const allowed = [body.convener, ...body.designatedConveners];
      const allowedNames = { zh: allowed.map(ctx.personName).join("或"), en: allowed.map(ctx.personName).join(" or ") };
      const subjects = { meetings: [m.id], dates: [m.date] };
      if (m.convener !== undefined && !allowed.includes(m.convener)) {
        out.push(
          makeViolation(
            rule,
            {
              zh: `${ctx.meetingName(m).zh}由${ctx.personName(m.convener)}召集，应由${allowedNames.zh}召集和主持`,
              en: `${ctx.meetingName(m).en} is convened by ${ctx.personName(m.convener)}; only ${allowedNames.en} may convene it`,
            },
            { ...subjects, people: [m.convener] },
          ),
        );
      } else if (params.deputyOnlyWhileAway && m.convener !== undefined && m.convener !== body.convener && ctx.isPresent(m, body.convener)) {
        const chief = ctx.personName(body.convener);
        out.push(
          makeViolation(
            rule,
            {
              zh: `${ctx.meetingName(m).zh}由${ctx.personName(m.convener)}召集，但${chief}当天并未外出；受委托的副职只在${chief}外出期间召集和主持`,
              en: `${ctx.meetingName(m).en} is convened by ${ctx.personName(m.convener)} although ${chief} is not away that day; the designated deputy convenes only while ${chief} is away`,
            },
            { ...subjects, people: [m.convener, body.convener] },
          ),
        );
      } else if (m.convener !== undefined && !ctx.isPresent(m, m.convener)) {
        out.push(
          makeViolation(
            rule,
            { zh: `${ctx.meetingName(m).zh}的召集人${ctx.personName(m.convener)}当天不在`, en: `${ctx.meetingName(m).en}: its convener ${ctx.personName(m.convener)} is away that day` },
            { ...subjects, people: [m.convener] },
          ),
        );
      } else if (m.convener === undefined && !allowed.some((p) => ctx.isPresent(m, p))) {
        out.push(
          makeViolation(
            rule,
            { zh: `${ctx.meetingName(m).zh}当天${allowedNames.zh}均不在，无人召集`, en: `${ctx.meetingName(m).en}: ${allowedNames.en} are all away, so nobody may convene it` },
            { ...subjects, people: allowed },
          ),
        );
      }
    }
    return out;
  },
};
