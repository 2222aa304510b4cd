import type { Violation } from "@yishi/domain";
import type { RuleCheck } from "./types.js";
import { makeViolation } from "./make-violation.js";
import { describeLead, formatLead, latestBefore } from "../lead-time.js";
import { agendaPlacements } from "./shared.js";

/**
 * 规范性文件…提交会议前须经合法性审查 (房山区 第四十四条(二); 西城区 附件1 三.1 — one
 * week before materials): a `legal` review done at least `lead` before the meeting.
 */
export const agendaLegalReview: RuleCheck<"agenda.legal-review"> = {
  id: "agenda.legal-review",
  evaluate(ctx, rule, params) {
    const out: Violation[] = [];
    for (const { meeting, item } of agendaPlacements(ctx, rule)) {
      if (!params.categories.includes(item.category)) continue;
      const latest = latestBefore(ctx.calendar, meeting.date, params.lead, params.unit);
      const done = item.reviews.filter((r) => r.kind === "legal").map((r) => r.doneOn).sort()[0];
      const ok = done !== undefined && (params.lead === 0 ? done < meeting.date : done <= latest);
      if (ok) continue;
      const lead = formatLead(params.lead, params.unit);
      const need =
        params.lead === 0
          ? { zh: "在会前", en: "before the meeting" }
          : params.inAdvanceOnly
            ? describeLead(params.lead, params.unit, latest, true)
            : { zh: `在会前${lead.zh}（${latest}前）`, en: `${lead.en} before the meeting (by ${latest})` };
      out.push(
        makeViolation(
          rule,
          done === undefined
            ? { zh: `${ctx.itemName(item.id)}未经合法性审查，不能提交${ctx.meetingName(meeting).zh}`, en: `${ctx.itemName(item.id)} has no legal review; it cannot go to ${ctx.meetingName(meeting).en}` }
            : {
                zh: `${ctx.itemName(item.id)}的合法性审查于${done}完成，提交${ctx.meetingName(meeting).zh}应${need.zh}完成`,
                en: `${ctx.itemName(item.id)} finished legal review on ${done}; for ${ctx.meetingName(meeting).en} it is due ${need.en}`,
              },
          { meetings: [meeting.id], dates: [meeting.date], items: [item.id] },
        ),
      );
    }
    return out;
  },
};
