import { appendAll, type Body, type PlannedMeeting, type Rule, type Violation } from "@yishi/domain";
import type { CheckContext, RuleCheck } from "./types.js";
import type { RuleParams } from "../rule-params.js";
import { makeViolation } from "./make-violation.js";
import { ROLE_LABELS, describeRoles } from "../role-labels.js";

type Params = RuleParams<"attendance.convener">;

/**
 * 由区长或受区长委托的副区长召集和主持 (钟山区 第四十条): the convener is the body's
 * convener or one it designated, and is present. A plan that names no
 * convener keeps the rule when any of them is present. With
 * `deputyOnlyWhileAway` (常州市 四十二 市長外出期間), a designated deputy convenes
 * only on a day the convener is away (a spec absence, or the plan's absent list).
 * With `chairRoles`, the body's convener holds a role the article names (北京市
 * 三十四 由市长召集和主持), judged once per body; with `delegateRoles`, only a
 * designated person of those roles stands in (西城区 二十八 区长委托常务副区长),
 * nobody when it is empty. `who`, the article's words, is said in each message.
 */
export const attendanceConvener: RuleCheck<"attendance.convener"> = {
  id: "attendance.convener",
  evaluate(ctx, rule, params) {
    const out: Violation[] = [];
    const meetings = ctx.meetingsInScope(rule);
    appendAll(out, judgeStandingConveners(ctx, rule, params, meetings));
    const says = params.who === undefined ? { zh: "", en: "" } : { zh: `（${params.who.zh}）`, en: ` (${params.who.en})` };
    for (const m of meetings) {
      const body = ctx.bodyOf(m);
      if (body === undefined) continue;
      const deputies = body.designatedConveners.filter((p) => mayStandIn(ctx, params, p));
      const allowed = [body.convener, ...deputies];
      const allowedNames = { zh: allowed.map(ctx.personName).join("或"), en: allowed.map(ctx.personName).join(" or ") };
      const subjects = { meetings: [m.id], dates: [m.date] };
      if (m.convener !== undefined && !allowed.includes(m.convener)) {
        // A designated stand-in whose role the article does not name: say so, rather than "not designated".
        const designatedOnly = body.designatedConveners.includes(m.convener);
        out.push(
          makeViolation(
            rule,
            designatedOnly
              ? {
                  zh: `${ctx.meetingName(m).zh}由${ctx.personName(m.convener)}代为召集，但条文不许其代为主持${says.zh}，应由${allowedNames.zh}召集和主持`,
                  en: `${ctx.meetingName(m).en} is convened by ${ctx.personName(m.convener)} in the chair's place, which the article does not allow${says.en}; only ${allowedNames.en} may convene it`,
                }
              : {
                  zh: `${ctx.meetingName(m).zh}由${ctx.personName(m.convener)}召集，应由${allowedNames.zh}召集和主持${says.zh}`,
                  en: `${ctx.meetingName(m).en} is convened by ${ctx.personName(m.convener)}; only ${allowedNames.en} may convene it${says.en}`,
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
            { zh: `${ctx.meetingName(m).zh}当天${allowedNames.zh}均不在，无人召集${says.zh}`, en: `${ctx.meetingName(m).en}: ${allowedNames.en} are all away, so nobody may convene it${says.en}` },
            { ...subjects, people: allowed },
          ),
        );
      }
    }
    return out;
  },
};

/** Whether a designated person may stand in for the chair: any, unless the article names the roles. */
function mayStandIn(ctx: CheckContext, params: Params, person: string): boolean {
  if (params.delegateRoles === undefined) return true;
  const roles = ctx.people.get(person)?.roles ?? [];
  return roles.some((r) => params.delegateRoles!.includes(r));
}

/** The body's own convener holds a role the article names: one violation per body, on the meetings it convenes. */
function judgeStandingConveners(ctx: CheckContext, rule: Rule, params: Params, meetings: PlannedMeeting[]): Violation[] {
  if (params.chairRoles.length === 0) return [];
  const byBody = new Map<string, { body: Body; meetings: PlannedMeeting[] }>();
  for (const m of meetings) {
    const body = ctx.bodyOf(m);
    if (body === undefined) continue;
    const entry = byBody.get(body.id) ?? { body, meetings: [] };
    entry.meetings.push(m);
    byBody.set(body.id, entry);
  }
  const out: Violation[] = [];
  for (const { body, meetings: held } of byBody.values()) {
    const roles = ctx.people.get(body.convener)?.roles ?? [];
    if (roles.some((r) => params.chairRoles.includes(r))) continue;
    const who = ctx.personName(body.convener);
    const article = params.who ?? describeRoles(params.chairRoles);
    const heldAs = { zh: roles.map((r) => ROLE_LABELS[r].zh).join("、"), en: roles.map((r) => ROLE_LABELS[r].en).join(", ") };
    out.push(
      makeViolation(
        rule,
        {
          zh: `${body.name}的召集人为${who}（${heldAs.zh}），条文规定由${article.zh}召集和主持（${held.length}次会议）`,
          en: `${body.name} is convened by ${who} (${heldAs.en}); the article has ${article.en} convene it (${held.length} meetings)`,
        },
        { meetings: held.map((m) => m.id), dates: [held[0]!.date], people: [body.convener] },
      ),
    );
  }
  return out;
}
