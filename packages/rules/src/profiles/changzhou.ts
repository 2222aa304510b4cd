import type { MeetingType, RuleProfileInput } from "@yishi/domain";
import { defineRules, workingDayRule, type SourceDocument } from "./define-rules.js";
import { ABOUT_EVERY_HALF_YEAR } from "./span-readings.js";

/**
 * 常州市人民政府工作规则 (2017), quoted in the seed's traditional characters.
 * Cadence is hard (原则上 leaves room for extra sessions, not for skipping one);
 * meeting and report lengths phrased 一般不超過 are soft; the 5-speaker cap
 * (原則上) is hard like the other caps.
 */
const DOC: SourceDocument = { jurisdiction: "常州市", source: "001_33ec43c402182818.txt" };
const TYPES: MeetingType[] = ["plenary", "executive", "mayor-office", "topic", "conference"];
const LENGTH_TEXT = "市政府組織召開的全局性會議,時間一般不超過2小時,其它會議時間一般不超過1.5小時;";

export const changzhouProfile: RuleProfileInput = {
  id: "常州市",
  name: { zh: "常州市人民政府工作规则", en: "Changzhou municipal government working rules" },
  jurisdiction: "常州市",
  source: DOC.source,
  year: 2017,
  meetingTypes: TYPES,
  notes: [
    "Executive meeting at the end of each month (四十二), not every two weeks: the last 5 working days of the month count as 月底 (withinWorkingDays 5: the profile's reading, the article gives no number; a spec overrides it).",
    "Mayor's office meeting at the start of each month (四十三): the first 5 working days count as 月初 (the same reading).",
    "全局性會議 (2 hours) are taken to be the plenary meeting and city-wide conferences; the others get 1.5 hours.",
  ],
  rules: defineRules(DOC, [
    { id: "meeting-types", kind: "cadence", check: "info.not-plan-checkable", severity: "soft", meetingTypes: TYPES, article: "四十",
      params: { why: "names the meeting types; each has its own rules below" },
      text: "市政府實行市政府全體會議、市政府常務會議、市長辦公會議和市政府專題會議制度。",
      zh: "实行全体会议、常务会议、市长办公会议和专题会议制度", en: "Meeting types: plenary, executive, mayor's office and topic meetings" },
    { id: "agenda.executive-only", kind: "agenda", check: "agenda.executive-only", severity: "hard", meetingTypes: ["executive"], article: "十八",
      params: { categories: ["major-reform", "investment-project", "normative-document"] },
      text: "涉及全市國民經濟和社會發展規劃、計畫安排、財政預算、城市總體規劃和發展戰略、重大改革方案和政策措施、重要資源配置和社會分配調節、重大投資項目和國有資產處置的重大事項等關係全局的重大決策以及市政府規章、規範性檔案,應由市政府常務會議討論決定,",
      zh: "重大改革、重大投资项目、规章和规范性文件由常务会议讨论决定", en: "Major reforms, major investment projects, rules and normative documents are decided by the executive meeting" },
    // 由市政府法制部門進行合法性審查或組織起草: a review before the meeting; a document the legal office drafted records its draft as the review.
    { id: "agenda.legal-review", kind: "agenda", check: "agenda.legal-review", severity: "hard", meetingTypes: ["plenary", "executive", "mayor-office", "topic"], article: "二十三",
      params: { categories: ["normative-document"], lead: 0 },
      text: "提請市政府討論的規章、規範性檔案草案,應當列入市政府規章、規範性檔案年度計畫,規章、規範性檔案由市政府法制部門進行合法性審查或組織起草,",
      zh: "提请讨论的规章、规范性文件由法制部门合法性审查", en: "Rules and normative documents put to the meeting are reviewed by the legal office first" },
    { id: "plenary.cadence", kind: "cadence", check: "cadence.per-half-year", severity: "hard", meetingTypes: ["plenary"], article: "四十一",
      params: { min: 1, ...ABOUT_EVERY_HALF_YEAR },
      text: "市政府全體會議原則上每半年召開一次,",
      zh: "全体会议原则上每半年召开一次", en: "The plenary meeting is held every half year in principle" },
    { id: "executive.cadence", kind: "cadence", check: "cadence.month-position", severity: "hard", meetingTypes: ["executive"], article: "四十二",
      params: { position: "end", withinWorkingDays: 5, extraSessions: { article: "四十二", text: "根據需要可由市長決定臨時召開" } },
      text: "市政府常務會議原則上每月底召開一次,根據需要可由市長決定臨時召開。",
      zh: "常务会议原则上每月底召开一次", en: "The executive meeting is held at the end of each month in principle" },
    { id: "executive.convener", kind: "attendance", check: "attendance.convener", severity: "hard", meetingTypes: ["executive"], article: "四十二",
      params: { deputyOnlyWhileAway: true, chairRoles: ["mayor"], delegateRoles: ["executive-deputy"], who: { zh: "市长，市长外出期间由市长委托的常务副市长", en: "the mayor, or while the mayor is away the executive deputy the mayor designates" } },
      text: "市政府常務會議由市長、副市長、秘書長組成,由市長召集和主持,市長外出期間,由市長委託常務副市長召集和主持。",
      zh: "常务会议由市长召集和主持，市长外出时委托常务副市长", en: "The executive meeting is convened by the mayor, or the executive deputy when the mayor is away" },
    { id: "mayor-office.convener", kind: "attendance", check: "attendance.convener", severity: "hard", meetingTypes: ["mayor-office"], article: "四十三",
      params: { chairRoles: ["mayor"], delegateRoles: ["executive-deputy", "deputy"], who: { zh: "市长或市长委托的副市长", en: "the mayor or a deputy mayor the mayor designates" } },
      text: "市長辦公會議由市長或市長委託副市長召集並主持,",
      zh: "市长办公会议由市长或市长委托的副市长召集并主持", en: "The mayor's office meeting is convened by the mayor or a deputy mayor the mayor designates" },
    // 委託秘書長、副秘書長: a deputy secretary-general has no role of its own, so any designated stand-in is accepted.
    { id: "topic.convener", kind: "attendance", check: "attendance.convener", severity: "hard", meetingTypes: ["topic"], article: "四十四",
      params: { chairRoles: ["mayor", "executive-deputy", "deputy"], who: { zh: "市长、副市长或其委托的秘书长、副秘书长", en: "the mayor, a deputy mayor, or the secretary-general or a deputy one they designate" } },
      text: "市政府專題會議由市長、副市長或市長、副市長委託秘書長、副秘書長召開,",
      zh: "专题会议由市长、副市长或其委托的秘书长、副秘书长召开", en: "Topic meetings are held by the mayor, a deputy mayor, or the secretary-general or a deputy one they designate" },
    { id: "mayor-office.cadence", kind: "cadence", check: "cadence.month-position", severity: "hard", meetingTypes: ["mayor-office"], article: "四十三",
      params: { position: "start", withinWorkingDays: 5, extraSessions: { article: "四十三", text: "根據需要可由市長決定臨時召開" } },
      text: "市長辦公會議原則上每月初召開一次,根據需要可由市長決定臨時召開。",
      zh: "市长办公会议原则上每月初召开一次", en: "The mayor's office meeting is held at the start of each month in principle" },
    // 組成部門召開的: a department's conference (series `organizer: department`), counted series by series; the government's own are not limited here.
    { id: "conference.per-year", kind: "cadence", check: "cadence.per-year", severity: "hard", meetingTypes: ["conference"], organizers: ["department"], article: "四十六",
      params: { min: 0, max: 1 },
      text: "市政府組成部門召開的全市性工作會議,每年不超過一次,並在年初提出會議計畫,報市政府審批。",
      zh: "部门召开的全市性工作会议每年不超过一次", en: "A department's city-wide work conference at most once a year" },
    { id: "duration.overall", kind: "duration", check: "duration.max-minutes", severity: "soft", meetingTypes: ["plenary", "conference"], article: "四十七",
      params: { minutes: 120 }, text: LENGTH_TEXT,
      zh: "全局性会议一般不超过2小时", en: "Overall meetings last at most 2 hours" },
    { id: "duration.other", kind: "duration", check: "duration.max-minutes", severity: "soft", meetingTypes: ["executive", "mayor-office", "topic"], article: "四十七",
      params: { minutes: 90 }, text: LENGTH_TEXT,
      zh: "其他会议一般不超过1.5小时", en: "Other meetings last at most 1.5 hours" },
    // The length limits bind the agenda too: the items' minutes must fit the meeting's time.
    { id: "duration.agenda-fits", kind: "duration", check: "duration.agenda-fits", severity: "soft", meetingTypes: ["plenary", "conference", "executive", "mayor-office", "topic"], article: "四十七",
      text: LENGTH_TEXT,
      zh: "议题所需时间不超过会议时长", en: "An agenda's minutes fit within its meeting's time" },
    { id: "duration.site-visit", kind: "duration", check: "info.not-plan-checkable", severity: "soft", article: "四十七",
      params: { why: "site visits are not a meeting type of the plan" },
      text: "有現場參觀考察安排的會議會期不超過一天,",
      zh: "有现场参观考察的会议会期不超过一天", en: "A meeting with a site visit lasts at most one day" },
    { id: "duration.speeches", kind: "duration", check: "duration.speeches", severity: "hard", meetingTypes: ["plenary", "conference"], article: "四十七",
      params: { maxCount: 5, maxMinutes: 10 },
      text: "市政府召開的重要會議,確有必要安排大會交流發言的,原則上每次不超過5人,每人發言時間不超過10分鐘。",
      zh: "交流发言每次不超过5人，每人不超过10分钟", en: "At most 5 exchange speeches, each at most 10 minutes" },
    { id: "duration.report", kind: "duration", check: "duration.report-minutes", severity: "soft", meetingTypes: ["executive"], article: "四十七",
      params: { minutes: 10 },
      text: "市政府各部門向市政府常務會議的匯報,原則上應由主要負責人匯報,一般不超過10分鐘。",
      zh: "部门向常务会议汇报一般不超过10分钟", en: "A department's report to the executive meeting lasts at most 10 minutes" },
    { id: "attendance.leave", kind: "attendance", check: "attendance.leave-approved", severity: "hard", meetingTypes: ["plenary", "executive", "mayor-office"], article: "四十八",
      params: { substituteNeedsApproval: true, approver: { zh: "市政府秘书长", en: "the secretary-general (市政府秘书长)" } },
      text: "因故不能出席或列席上述會議的,須向市政府秘書長請假,獲準後方可安排其他負責同志參加會議,",
      zh: "不能出席须请假，获准后方可安排其他负责同志参加", en: "Absentees ask for leave; only then may another responsible person attend" },
    { id: "documents.processing", kind: "deadline", check: "info.not-plan-checkable", severity: "soft", article: "五十五",
      params: { why: "document handling, not a meeting, duty or agenda" },
      text: "對市政府批辦或市政府辦公室轉辦的公文,屬職權範圍內的事項,有關部門應在7個工作日內辦結;",
      zh: "交办公文7个工作日内办结，会商10个工作日，调研30个工作日", en: "Assigned documents within 7 working days; 10 with other departments; 30 for research" },
    workingDayRule(TYPES),
  ]),
};
