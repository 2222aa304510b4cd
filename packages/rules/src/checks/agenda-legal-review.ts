import { formatCitation, type AgendaItem, type LocalizedText, type Rule, type Violation } from "@yishi/domain";
import type { CheckContext, RuleCheck } from "./types.js";
import { makeViolation } from "./make-violation.js";
import { describeLead, formatLead, latestBefore } from "../lead-time.js";
import { agendaPlacements } from "./shared.js";
import { RULE_PARAMS, type RuleParams } from "../rule-params.js";
import { rankRule } from "./rank-rule.js";
import { judgeLegalReviewSending } from "../judge-legal-review-sending.js";

type Params = RuleParams<"agenda.legal-review">;

/**
 * 规范性文件…提交会议前须经合法性审查 (房山区 第四十四条(二)): a `legal` review done at
 * least `lead` before the meeting; with `before: filing` (北京市 二十三 报送市政府前),
 * on or before the day the item was filed; with `before: materials` (西城区 附件1
 * 三.1 送文秘科审核前一周送区法制办审核), the item went to review `lead` before its
 * materials went to the office (judgeLegalReviewSending). An item with no review
 * at all (nor, for `materials`, a day it was sent) is one finding, reported under
 * the first rule that asks for it (hard before soft, the profile's own before an
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
      if (isMissing(params, item)) {
        const { owner, also } = missingReviewOwner(ctx, meeting, item);
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
      if (params.before === "materials") {
        const v = judgeSending(ctx, params, item, meeting);
        if (v !== undefined) out.push(makeViolation(rule, v, subjects));
        continue;
      }
      if (done === undefined) continue;
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

/** Nothing shows the item went to legal review: no review done, nor (where the rule reads it) a day it was sent. */
function isMissing(params: Pick<Params, "before">, item: AgendaItem): boolean {
  const done = item.reviews.some((r) => r.kind === "legal");
  return params.before === "materials" ? !done && item.legalReviewSentOn === undefined : !done;
}

/** 送文秘科审核前一周送区法制办审核: the message when the item went to review too late, or is not known to have gone in time. */
function judgeSending(ctx: CheckContext, params: Params, item: AgendaItem, meeting: Parameters<CheckContext["coversMeeting"]>[1]): LocalizedText | undefined {
  const s = judgeLegalReviewSending(ctx.calendar, item, meeting.date, params);
  if (s.inTime) return undefined;
  const lead = formatLead(params.lead, params.unit);
  const name = ctx.itemName(item.id);
  const materials = s.materialsRecorded
    ? { zh: `材料于${s.materialsOn}送办公室`, en: `its materials went to the office on ${s.materialsOn}` }
    : { zh: `材料至迟应于${s.materialsOn}送办公室（${ctx.meetingName(meeting).zh}）`, en: `its materials are due at the office by ${s.materialsOn} (${ctx.meetingName(meeting).en})` };
  const sent = s.inferred
    ? { zh: `未记录送法制办审核的日期，审核于${s.sentBy}才完成`, en: `records no day it went to legal review, and the review finished only on ${s.sentBy}` }
    : { zh: `于${s.sentBy}送法制办审核`, en: `went to legal review on ${s.sentBy}` };
  return {
    zh: `${name}${sent.zh}；${materials.zh}，应在此前${lead.zh}（${s.latest}前）送审`,
    en: `${name} ${sent.en}; ${materials.en}, so it was due at legal review ${lead.en} before, by ${s.latest}`,
  };
}

const parsedParams = new WeakMap<Rule, Params>();
const paramsOf = (rule: Rule): Params => parsedParams.get(rule) ?? parsedParams.set(rule, RULE_PARAMS["agenda.legal-review"].parse(rule.params)).get(rule)!;

/**
 * The rule that reports a missing review of this item at this meeting, and the other articles that ask for it:
 * among the rules that cover the meeting and the item's category, those to which the item shows no review.
 */
function missingReviewOwner(ctx: CheckContext, meeting: Parameters<CheckContext["coversMeeting"]>[1], item: AgendaItem): { owner: Rule | undefined; also: LocalizedText } {
  const asking = ctx.profile.rules
    .map((rule, index) => ({ rule, index }))
    .filter(({ rule }) => rule.enabled && rule.check === "agenda.legal-review" && ctx.coversMeeting(rule, meeting))
    .filter(({ rule }) => paramsOf(rule).categories.includes(item.category) && isMissing(paramsOf(rule), item))
    .sort((a, b) => rankRule(a.rule) - rankRule(b.rule) || a.index - b.index)
    .map(({ rule }) => rule);
  const others = [...new Set(asking.slice(1).map((r) => formatCitation(r.citation)))].filter((c) => c !== (asking[0] === undefined ? "" : formatCitation(asking[0].citation)));
  return { owner: asking[0], also: others.length === 0 ? { zh: "", en: "" } : { zh: `；另见${others.join("、")}`, en: `; also under ${others.join(", ")}` } };
}
