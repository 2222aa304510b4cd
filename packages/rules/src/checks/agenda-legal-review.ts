import { formatCitation, type LocalizedText, type Rule, type Violation } from "@yishi/domain";
import type { CheckContext, RuleCheck } from "./types.js";
import { makeViolation } from "./make-violation.js";
import { describeLead, formatLead, latestBefore } from "../lead-time.js";
import { agendaPlacements } from "./shared.js";
import { RULE_PARAMS } from "../rule-params.js";
import { rankRule } from "./rank-rule.js";

/**
 * 规范性文件…提交会议前须经合法性审查 (房山区 第四十四条(二); 西城区 附件1 三.1 — one
 * week before materials): a `legal` review done at least `lead` before the meeting,
 * or, with `before: filing` (北京市 二十三 报送市政府前), on or before the day the
 * item was filed. An item with no review at all is one finding, reported under the
 * first rule that asks for it (hard before soft, the profile's own before an
 * inherited one, then profile order) and naming the others' articles.
 */
export const agendaLegalReview: RuleCheck<"agenda.legal-review"> = {
  id: "agenda.legal-review",
  evaluate(ctx, rule, params) {
    const out: Violation[] = [];
    for (const { meeting, item } of agendaPlacements(ctx, rule)) {
      if (!params.categories.includes(item.category)) continue;
      const done = item.reviews.filter((r) => r.kind === "legal").map((r) => r.doneOn).sort()[0];
      const subjects = { meetings: [meeting.id], dates: [meeting.date], items: [item.id] };
      if (done === undefined) {
        const { owner, also } = missingReviewOwner(ctx, meeting, item.category);
        if (owner?.id !== rule.id) continue;
        out.push(
          makeViolation(
            rule,
            { zh: `${ctx.itemName(item.id)}未经合法性审查，不能提交${ctx.meetingName(meeting).zh}${also.zh}`, en: `${ctx.itemName(item.id)} has no legal review; it cannot go to ${ctx.meetingName(meeting).en}${also.en}` },
            subjects,
          ),
        );
        continue;
      }
      if (params.before === "filing") {
        if (done <= item.filedOn) continue;
        out.push(
          makeViolation(
            rule,
            {
              zh: `${ctx.itemName(item.id)}于${item.filedOn}报送，合法性审查却于${done}才完成；应在报送前完成`,
              en: `${ctx.itemName(item.id)} was filed on ${item.filedOn} but finished legal review only on ${done}; the review comes before the item is filed`,
            },
            subjects,
          ),
        );
        continue;
      }
      const latest = latestBefore(ctx.calendar, meeting.date, params.lead, params.unit);
      if (params.lead === 0 ? done < meeting.date : done <= latest) continue;
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
          {
            zh: `${ctx.itemName(item.id)}的合法性审查于${done}完成，提交${ctx.meetingName(meeting).zh}应${need.zh}完成`,
            en: `${ctx.itemName(item.id)} finished legal review on ${done}; for ${ctx.meetingName(meeting).en} it is due ${need.en}`,
          },
          subjects,
        ),
      );
    }
    return out;
  },
};

const parsedCategories = new WeakMap<Rule, readonly string[]>();
const categoriesOf = (rule: Rule): readonly string[] =>
  parsedCategories.get(rule) ?? parsedCategories.set(rule, RULE_PARAMS["agenda.legal-review"].parse(rule.params).categories).get(rule)!;

/** The rule that reports a missing review of an item of this category at this meeting, and the other articles that ask for it. */
function missingReviewOwner(ctx: CheckContext, meeting: Parameters<CheckContext["coversMeeting"]>[1], category: string): { owner: Rule | undefined; also: LocalizedText } {
  const asking = ctx.profile.rules
    .map((rule, index) => ({ rule, index }))
    .filter(({ rule }) => rule.enabled && rule.check === "agenda.legal-review" && ctx.coversMeeting(rule, meeting))
    .filter(({ rule }) => categoriesOf(rule).includes(category))
    .sort((a, b) => rankRule(a.rule) - rankRule(b.rule) || a.index - b.index)
    .map(({ rule }) => rule);
  const others = [...new Set(asking.slice(1).map((r) => formatCitation(r.citation)))].filter((c) => c !== (asking[0] === undefined ? "" : formatCitation(asking[0].citation)));
  return { owner: asking[0], also: others.length === 0 ? { zh: "", en: "" } : { zh: `；另见${others.join("、")}`, en: `; also under ${others.join(", ")}` } };
}
