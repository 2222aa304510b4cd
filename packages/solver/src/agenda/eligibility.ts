import { DECIDABLE_BY_LABELS, MEETING_TYPE_LABELS, formatCitation, type AgendaItem, type MeetingType, type PlannedMeeting, type RuleProfile, type Spec, type UnplacedReason } from "@yishi/domain";
import type { WorkCalendar } from "@yishi/calendar";
import type { AgendaRules } from "./agenda-rules.js";
import { mustGoToExecutive } from "./agenda-rules.js";
import { describePriorReviewGaps, describeWindow, formatLead, judgeCountersign, judgeLegalReviewSending, judgePriorReviews, latestBefore, windowForFiling } from "@yishi/rules";
import { isAvailable, unitHeadOf } from "./attendance.js";
import { placementWeight, type FilingOrder } from "./item-weight.js";

export interface Failure {
  reason: UnplacedReason;
  zh: string;
  en: string;
}

/** One meeting considered for an item: why it cannot go there, or its weight. */
export interface MeetingOption {
  meeting: PlannedMeeting;
  failure?: Failure;
  /** Minutes the item takes there (a report is cut to the profile's limit). */
  minutes: number;
  weight: number;
  /** The responsible leader or unit head is away (only soft under this profile). */
  sponsorAway: boolean;
}

export interface ItemEligibility {
  item: AgendaItem;
  /** The meeting types the item may go to after routing. */
  types: MeetingType[];
  /** Why the item can go to none of the period's meetings, when that is decided before any date. */
  itemFailure?: Failure;
  options: MeetingOption[];
}

export interface EligibilityInput {
  spec: Spec;
  profile: Pick<RuleProfile, "rules">;
  calendar: WorkCalendar;
  period: { from: string; to: string };
  meetings: readonly PlannedMeeting[];
  rulesOf(type: MeetingType): AgendaRules;
  /** Breaks ties among items filed long before the period (see item-weight.ts); none when absent. */
  filingOrder?: FilingOrder;
}

const cite = (r: { citation: { jurisdiction: string; article: string } }) => formatCitation(r.citation);

/**
 * Where an item may go: routing (钟山区 第四十条(五)(六) executive-only), then,
 * meeting by meeting, not-listable (第四十六条), topic meeting first (第四十二条(五)),
 * legal review, filing and materials lead times, and sponsor attendance, each
 * read from the profile. The first failing condition is recorded per meeting
 * so an unplaced item can say exactly why.
 */
export function assessItem(input: EligibilityInput, item: AgendaItem): ItemEligibility {
  // A topic request is studied at a topic meeting whatever its category (the checker skips topic meetings too).
  const executive = item.meetingType === "topic" ? undefined : mustGoToExecutive(input.profile, item);
  const allowed: MeetingType[] = executive?.scope.meetingTypes.filter((t) => t !== "topic") ?? [];
  const types: MeetingType[] = executive === undefined || allowed.length === 0 || allowed.includes(item.meetingType) ? [item.meetingType] : allowed;
  const meetings = input.meetings.filter((m) => types.includes(m.type));
  if (meetings.length === 0) {
    const label = MEETING_TYPE_LABELS[types[0]!];
    const why = executive !== undefined ? { zh: `（依${cite(executive)}须提交常务会议）`, en: ` (${cite(executive)} sends it to the executive meeting)` } : { zh: "", en: "" };
    return { item, types, options: [], itemFailure: { reason: "wrong-meeting", zh: `本期没有${label.zh}${why.zh}`, en: `no ${label.en} in the period${why.en}` } };
  }
  const options = meetings.map((m) => assessOption(input, item, m));
  return { item, types, options };
}

function assessOption(input: EligibilityInput, item: AgendaItem, meeting: PlannedMeeting): MeetingOption {
  const { spec, calendar } = input;
  const rules = input.rulesOf(meeting.type);
  const minutes = item.isReport && rules.reportMinutes !== undefined ? Math.min(item.estimatedMinutes, rules.reportMinutes) : item.estimatedMinutes;
  const fail = (reason: UnplacedReason, zh: string, en: string): MeetingOption => ({ meeting, minutes, weight: 0, sponsorAway: false, failure: { reason, zh, en } });

  for (const r of rules.notListable) {
    if (item.decidableBy !== undefined && r.decidableBy.includes(item.decidableBy)) {
      return fail("not-listable", `可由${DECIDABLE_BY_LABELS[item.decidableBy].zh}决定，不列入议题（${cite(r.rule)}）`, `can be decided by ${DECIDABLE_BY_LABELS[item.decidableBy].en}, so it is not listed (${cite(r.rule)})`);
    }
    if (r.requireProcedure && !item.procedureComplete) return fail("not-listable", `未按报批程序办理（${cite(r.rule)}）`, `the approval procedure was not followed (${cite(r.rule)})`);
    if (r.excludeWorkReports && item.category === "work-report") return fail("not-listable", `一般性工作汇报不列入议题（${cite(r.rule)}）`, `ordinary work reports are not listed (${cite(r.rule)})`);
  }
  for (const r of rules.windows) {
    if (!r.categories.includes(item.category)) continue;
    // 季度最后一个月的20日以后 (西城区 五十九(一)), 年中/年底 (五十五): the window of the day it was filed, as the checker reads it.
    const window = windowForFiling(r, item.filedOn);
    if (meeting.date >= window.from && meeting.date <= window.to) continue;
    const when = describeWindow(window, r);
    return fail("wrong-meeting", `不在${when.zh}之内（${cite(r.rule)}）`, `not ${when.en} (${cite(r.rule)})`);
  }
  if (item.filedOn >= meeting.date) return fail("not-ready", `${meeting.date}会议时尚未申报（${item.filedOn}申报）`, `not yet filed by the meeting on ${meeting.date} (filed ${item.filedOn})`);
  for (const r of rules.topicFirst) {
    if (!r.categories.includes(item.category)) continue;
    const done = item.reviews.filter((v) => v.kind === "topic-meeting").map((v) => v.doneOn).sort()[0];
    if (done === undefined || done >= meeting.date) {
      const when = done === undefined ? { zh: "尚未经专题会议研究", en: "it has not been through a topic meeting" } : { zh: `专题会议${done}才研究`, en: `its topic meeting is only on ${done}` };
      return fail("review-missing", `${when.zh}，须先经专题会议（${cite(r.rule)}）`, `${when.en}; it must pass a topic meeting first (${cite(r.rule)})`);
    }
  }
  for (const r of rules.legal) {
    if (!r.categories.includes(item.category)) continue;
    const done = item.reviews.filter((v) => v.kind === "legal").map((v) => v.doneOn).sort()[0];
    if (r.before === "materials") {
      // 送文秘科审核前一周送区法制办审核 (西城区 附件1 三.1), judged as the checker judges it.
      const s = judgeLegalReviewSending(calendar, item, meeting.date, r);
      if (s.inTime) continue;
      const lead = formatLead(r.lead, r.unit);
      const when = s.sentBy === undefined ? { zh: "未送法制办审核", en: "not sent to legal review" } : s.inferred ? { zh: `未记录送审日期，审核${s.sentBy}完成`, en: `no sending day recorded, review done ${s.sentBy}` } : { zh: `${s.sentBy}送法制办审核`, en: `sent to legal review ${s.sentBy}` };
      return fail("review-missing", `${when.zh}，须在材料送办公室（${s.materialsOn}）前${lead.zh}（${s.latest}前）送审（${cite(r.rule)}）`, `${when.en}; it is due at legal review ${lead.en} before its materials go to the office (${s.materialsOn}), by ${s.latest} (${cite(r.rule)})`);
    }
    if (r.before === "filing") {
      // 报送区政府前应当经过…合法性审查 (北京市 二十三, 房山区 第十六条): by the day the item was filed, whatever the meeting.
      if (done !== undefined && done <= item.filedOn) continue;
      const when = done === undefined ? { zh: "未经合法性审查", en: "no legal review" } : { zh: `${item.filedOn}报送，合法性审查${done}才完成`, en: `filed ${item.filedOn}, legal review done only ${done}` };
      return fail("review-missing", `${when.zh}，须在报送前（不晚于${item.filedOn}）完成（${cite(r.rule)}）`, `${when.en}; it is due before the item is filed, by ${item.filedOn} (${cite(r.rule)})`);
    }
    const latest = latestBefore(calendar, meeting.date, r.lead, r.unit);
    // With no lead, "before the meeting" means an earlier day (as the checker reads it).
    if (done === undefined || (r.lead === 0 ? done >= meeting.date : done > latest)) {
      const lead = formatLead(r.lead, r.unit);
      const when = done === undefined ? { zh: "未经合法性审查", en: "no legal review" } : { zh: `合法性审查${done}完成`, en: `legal review done ${done}` };
      return fail("review-missing", `${when.zh}，须于会前${lead.zh}（${latest}前）完成（${cite(r.rule)}）`, `${when.en}; it is due ${lead.en} before the meeting, by ${latest} (${cite(r.rule)})`);
    }
  }
  for (const r of rules.priorReviews) {
    if (!r.categories.includes(item.category)) continue;
    const gaps = judgePriorReviews(item, meeting.date, r.kinds);
    if (gaps.length === 0) continue;
    const what = describePriorReviewGaps(gaps);
    return fail("review-missing", `${what.zh}，须在会议当天之前完成（${cite(r.rule)}）`, `${what.en}; each is due before the meeting day (${cite(r.rule)})`);
  }
  for (const r of rules.countersign) {
    if (!r.categories.includes(item.category)) continue;
    const problem = judgeCountersign(item, meeting.date, r.roles, (p) => spec.people.find((x) => x.id === p)?.roles ?? []);
    if (problem === undefined) continue;
    const when =
      problem.kind === "missing"
        ? { zh: `未经${r.who.zh}会签`, en: `no countersign by ${r.who.en}` }
        : problem.kind === "wrong-person"
          ? { zh: `会签人${problem.by}不是${r.who.zh}`, en: `countersigned by ${problem.by}, not ${r.who.en}` }
          : { zh: `${problem.on}才会签，晚于${meeting.date}的会议`, en: `countersigned only ${problem.on}, after the meeting on ${meeting.date}` };
    return fail("review-missing", `${when.zh}，会签后方可上会（${cite(r.rule)}）`, `${when.en}; it goes to a meeting once countersigned (${cite(r.rule)})`);
  }
  for (const r of rules.filing) {
    const latest = latestBefore(calendar, meeting.date, r.lead, r.unit);
    if (item.filedOn > latest) {
      const lead = formatLead(r.lead, r.unit);
      return fail("not-ready", `${item.filedOn}申报，晚于会前${lead.zh}（${latest}）（${cite(r.rule)}）`, `filed ${item.filedOn}, after ${latest}, ${lead.en} before the meeting (${cite(r.rule)})`);
    }
  }
  for (const r of rules.materials) {
    const latest = latestBefore(calendar, meeting.date, r.lead, r.unit);
    // Materials not yet in are expected by the notice's due date; materials in late fail.
    if (item.materialsOn !== undefined && item.materialsOn > latest) {
      const lead = formatLead(r.lead, r.unit);
      return fail("not-ready", `材料${item.materialsOn}报送，晚于会前${lead.zh}（${latest}）（${cite(r.rule)}）`, `materials in ${item.materialsOn}, after ${latest}, ${lead.en} before the meeting (${cite(r.rule)})`);
    }
  }
  const head = unitHeadOf(spec, item.unit);
  const away = [item.responsibleLeader, ...(head !== undefined ? [head] : [])].filter((p) => !isAvailable(spec, meeting, p));
  const sponsor = rules.sponsorAttends;
  const hardAway = sponsor === undefined ? [] : away.filter((p) => (p === item.responsibleLeader ? sponsor.leader : sponsor.unitHead));
  if (sponsor !== undefined && hardAway.length > 0) {
    const names = hardAway.map((p) => spec.people.find((x) => x.id === p)?.name ?? p).join("、");
    return fail("sponsor-absent", `${names}不能出席${meeting.date}的会议（${cite(sponsor.rule)}）`, `${names} cannot attend the meeting on ${meeting.date} (${cite(sponsor.rule)})`);
  }
  const sponsorAway = away.length > 0;
  return { meeting, minutes, sponsorAway, weight: placementWeight(item, meeting.date, input.period, sponsorAway, input.filingOrder) };
}

