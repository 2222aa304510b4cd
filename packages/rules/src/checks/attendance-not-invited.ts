import type { Violation } from "@yishi/domain";
import type { RuleCheck } from "./types.js";
import { makeViolation } from "./make-violation.js";
import { joinNames } from "./shared.js";

/**
 * 应由各部门召开的全区性会议,不得以区政府或区政府办公室名义召开,不得邀请区长出席,确需邀请的须
 * 报区政府批准 (房山区 第四十八条): a meeting the rule covers (a department's conference)
 * expects no person of `roles`, nor has one convene it, unless its series records
 * the government's approval (`mayorInvitationApprovedOn`) by the meeting day.
 */
export const attendanceNotInvited: RuleCheck<"attendance.not-invited"> = {
  id: "attendance.not-invited",
  evaluate(ctx, rule, params) {
    const out: Violation[] = [];
    for (const m of ctx.meetingsInScope(rule)) {
      const invited = [...new Set([...ctx.expectedAt(m), ...(m.convener === undefined ? [] : [m.convener])])]
        .filter((p) => (ctx.people.get(p)?.roles ?? []).some((r) => params.roles.includes(r)))
        .sort();
      if (invited.length === 0) continue;
      const approvedOn = m.series === undefined ? undefined : ctx.series.get(m.series)?.mayorInvitationApprovedOn;
      if (approvedOn !== undefined && approvedOn <= m.date) continue;
      const names = joinNames(ctx, invited);
      const approval =
        approvedOn === undefined
          ? { zh: "未记录区政府的批准（确需邀请的须报区政府批准）", en: "and the government's approval is not on record (an invitation that is needed goes to the government for approval)" }
          : { zh: `区政府于${approvedOn}才批准，晚于会议`, en: `approved by the government only on ${approvedOn}, after the meeting` };
      out.push(
        makeViolation(
          rule,
          {
            zh: `部门召开的${ctx.meetingName(m).zh}邀请${params.who.zh}${names.zh}出席，${approval.zh}`,
            en: `${ctx.meetingName(m).en}, held by a department, invites ${params.who.en} ${names.en}, ${approval.en}`,
          },
          { meetings: [m.id], dates: [m.date], people: invited },
        ),
      );
    }
    return out;
  },
};
