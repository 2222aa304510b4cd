import { compareText, formatCitation } from "@yishi/domain";
import type { MeetingType, Rule, Violation } from "@yishi/domain";
import { RULE_PARAMS, type RuleParams } from "../rule-params.js";
import type { CheckContext, RuleCheck } from "./types.js";
import { makeViolation } from "./make-violation.js";
import { rankRule } from "./rank-rule.js";

/**
 * 须向会议召集人请假…明确代会人员，经会议召集人同意后方可请假。未经批准，擅自缺会或安排
 * 其他人员代会的…予以通报 (钟山区 第四十七条): everyone the plan marks absent has an
 * approved absence in the spec, and a stand-in is the one the approved leave
 * names (when the params require approval for stand-ins), the message naming
 * whose consent the article asks (`approver`: 秘书长, 区长, the convener). With
 * `askedBeforeMeetingDay` (北京市 四十一, 房山区 第四十六条 提前…书面请假), the leave
 * was requested before the meeting's first day: `requestedOn` is read as the
 * day the written request was filed; an absence without it is not judged
 * (the spec does not say when, which is not a late request).
 *
 * One absence is reported once: where several leave rules cover a meeting
 * (西城区 附件1 四.3 beside the inherited 北京市 四十一), each finding goes to the
 * first rule that makes it (see ownerOf) and names the others' articles.
 */
export const attendanceLeaveApproved: RuleCheck<"attendance.leave-approved"> = {
  id: "attendance.leave-approved",
  evaluate(ctx, rule, params) {
    const out: Violation[] = [];
    const owners = ownerOf(ctx);
    for (const m of ctx.meetingsInScope(rule)) {
      const missing = owners(m.type, "missing");
      const late = owners(m.type, "late");
      const standIn = owners(m.type, "stand-in");
      for (const [person, at] of [...ctx.absentAt(m)].sort(([a], [b]) => compareText(a, b))) {
        const subjects = { meetings: [m.id], dates: [m.date], people: [person] };
        const who = ctx.personName(person);
        if (at.spec === undefined || !at.spec.approved) {
          if (missing.owner?.id !== rule.id) continue;
          out.push(
            makeViolation(
              rule,
              {
                zh: `${who}缺席${ctx.meetingName(m).zh}${at.spec === undefined ? "，但没有请假记录" : "，请假未获批准"}${missing.also.zh}`,
                en: `${who} misses ${ctx.meetingName(m).en} ${at.spec === undefined ? "with no leave on record" : "without approved leave"}${missing.also.en}`,
              },
              subjects,
            ),
          );
          continue;
        }
        const asked = at.spec.requestedOn;
        if (params.askedBeforeMeetingDay && late.owner?.id === rule.id && asked !== undefined && asked >= m.date) {
          out.push(
            makeViolation(
              rule,
              {
                zh: `${who}缺席${ctx.meetingName(m).zh}，请假于${asked}才提出，应在会议当天之前提前请假（条文只说“提前”，未规定天数）${late.also.zh}`,
                en: `${who} misses ${ctx.meetingName(m).en} with leave asked only on ${asked}; it is asked in advance, before the meeting day (the article says 提前 and gives no number of days)${late.also.en}`,
              },
              subjects,
            ),
          );
        }
        const sub = at.planned?.substitute;
        if (params.substituteNeedsApproval && standIn.owner?.id === rule.id && sub !== undefined && at.spec.substitute !== sub) {
          out.push(
            makeViolation(
              rule,
              {
                zh: `${ctx.personName(sub)}代${who}出席${ctx.meetingName(m).zh}，未经${params.approver.zh}同意${standIn.also.zh}`,
                en: `${ctx.personName(sub)} stands in for ${who} at ${ctx.meetingName(m).en} without the approval of ${params.approver.en}${standIn.also.en}`,
              },
              { ...subjects, people: [person, sub] },
            ),
          );
        }
      }
    }
    return out;
  },
};

type Finding = "missing" | "late" | "stand-in";
const MAKES: Record<Finding, (p: RuleParams<"attendance.leave-approved">) => boolean> = {
  missing: () => true,
  late: (p) => p.askedBeforeMeetingDay,
  "stand-in": (p) => p.substituteNeedsApproval,
};

/**
 * Which enabled leave rule reports a finding for a meeting type: hard before
 * soft (a break is never reported only as the weaker one), the profile's own
 * before an inherited one (the district's article is the nearer), then
 * profile order; `also` names the other articles that make the same finding.
 */
function ownerOf(ctx: CheckContext): (type: MeetingType, finding: Finding) => { owner: Rule | undefined; also: { zh: string; en: string } } {
  const rules = ctx.profile.rules
    .map((rule, index) => ({ rule, index }))
    .filter(({ rule }) => rule.enabled && rule.check === "attendance.leave-approved")
    .map(({ rule, index }) => ({ rule, index, params: RULE_PARAMS["attendance.leave-approved"].parse(rule.params) }))
    .sort((a, b) => rankRule(a.rule) - rankRule(b.rule) || a.index - b.index);
  const memo = new Map<string, { owner: Rule | undefined; also: { zh: string; en: string } }>();
  return (type, finding) => {
    const key = `${type}\u0000${finding}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const making = rules.filter((r) => r.rule.scope.meetingTypes.includes(type) && MAKES[finding](r.params)).map((r) => r.rule);
    const others = [...new Set(making.slice(1).map((r) => formatCitation(r.citation)))];
    const found = { owner: making[0], also: others.length === 0 ? { zh: "", en: "" } : { zh: `；另见${others.join("、")}`, en: `; also under ${others.join(", ")}` } };
    memo.set(key, found);
    return found;
  };
}
