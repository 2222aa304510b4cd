import type { MeetingType, RuleProfileInput } from "@yishi/domain";
import { defineRules, workingDayRule, type SourceDocument } from "./define-rules.js";

/**
 * 依安县人民政府工作规则 (2017). Cadence phrased 一般每…一次 is hard (it defines
 * the meeting system; extra sessions are allowed, so there is no max); the
 * half-day length limit is soft (一般, and major meetings are exempt).
 */
const DOC: SourceDocument = { jurisdiction: "依安县", source: "003_60da74074b2fa834.txt" };
const TYPES: MeetingType[] = ["plenary", "executive", "mayor-office", "topic", "coordination", "conference", "study"];
const REGULAR: MeetingType[] = ["plenary", "executive", "mayor-office"];
/** Meetings that discuss items (第四十四条, 第四十八条); lectures and conferences take none. */
const DISCUSSING: MeetingType[] = ["plenary", "executive", "mayor-office", "topic", "coordination"];

export const yianProfile: RuleProfileInput = {
  id: "依安县",
  name: { zh: "依安县人民政府工作规则", en: "Yi'an County working rules" },
  jurisdiction: "依安县",
  source: DOC.source,
  year: 2017,
  meetingTypes: TYPES,
  notes: [
    "Executive meeting about every two weeks (第四十六条); plenary about every half year (第四十五条).",
    "Every two weeks is read as 10 to 18 days apart (toleranceDays 4): the profile's reading, the article gives no number; a spec overrides it.",
    "Quorum: 半数以上 includes one half itself (以上 is inclusive in Chinese legal usage), so the quorum is not strict.",
  ],
  rules: defineRules(DOC, [
    { id: "meeting-types", kind: "cadence", check: "info.not-plan-checkable", severity: "soft", meetingTypes: TYPES, article: "第四十四条",
      params: { why: "names the meeting types; each has its own rules below" },
      text: "县政府实行县政府全体会议、常务会议、县长办公会议制度。",
      zh: "实行全体会议、常务会议、县长办公会议制度", en: "Meeting types: plenary, executive and county mayor's office meetings" },
    { id: "plenary.cadence", kind: "cadence", check: "cadence.per-half-year", severity: "hard", meetingTypes: ["plenary"], article: "第四十五条",
      params: { min: 1, extraSessions: { article: "第四十五条", text: "必要时由县长决定随时召开" } },
      text: "县政府全体会议一般每半年召开一次,必要时由县长决定随时召开。",
      zh: "全体会议一般每半年召开一次", en: "The plenary meeting is held about every half year" },
    { id: "executive.cadence", kind: "cadence", check: "cadence.every-n-weeks", severity: "hard", meetingTypes: ["executive"], article: "第四十六条",
      params: { weeks: 2, toleranceDays: 4, extraSessions: { article: "第四十六条", text: "必要时由县长决定随时召开" } },
      text: "县政府常务会议一般每两周召开一次,必要时由县长决定随时召开。",
      zh: "常务会议一般每两周召开一次", en: "The executive meeting is held about every two weeks" },
    { id: "executive.quorum", kind: "quorum", check: "quorum.majority", severity: "hard", meetingTypes: ["executive"], article: "第四十六条",
      params: { fraction: 0.5, strict: false },
      text: "会议必须有常务会议成员半数以上到会方能举行。",
      zh: "常务会议成员半数以上到会方能举行", en: "The executive meeting needs at least half of its members present" },
    { id: "executive.convener", kind: "attendance", check: "attendance.convener", severity: "hard", meetingTypes: ["executive"], article: "第四十六条",
      text: "县政府常务会议由县长、副县长、办公室主任组成,由县长或县长委托常务副县长召集和主持。",
      zh: "常务会议由县长或县长委托常务副县长召集和主持", en: "The executive meeting is convened by the county mayor or the executive deputy he designates" },
    { id: "mayor-office.cadence", kind: "cadence", check: "cadence.as-needed", severity: "soft", meetingTypes: ["mayor-office"], article: "第四十七条",
      text: "县长办公会议,根据需要不定期召开。",
      zh: "县长办公会议根据需要不定期召开", en: "The county mayor's office meeting is held when needed" },
    { id: "topic.cadence", kind: "cadence", check: "cadence.as-needed", severity: "soft", meetingTypes: ["topic", "coordination"], article: "第四十八条",
      text: "根据工作需要,县长、副县长主持召开县政府专题会议,研究处理县政府专项工作,通报战线工作情况和部署战线工作任务;",
      zh: "专题会议、协调会议根据工作需要召开", en: "Topic and coordination meetings are held when needed" },
    { id: "agenda.not-listable", kind: "agenda", check: "agenda.not-listable", severity: "hard", meetingTypes: REGULAR, article: "第四十九条(一)(二)",
      params: { decidableBy: ["leader", "department"], requireProcedure: false },
      text: "(一)县政府领导成员能独立负责处理职权范围内工作的,不提交县政府例会讨论;(二)县政府所属部门职权范围内决定的问题,不提交县政府例会讨论。",
      zh: "领导成员能独立处理的、部门职权范围内的问题不提交例会讨论", en: "What a leader can decide alone or a department can decide is not listed" },
    // (三) is settled by countersigning (会签), a consultation, not one leader's decision; and it keeps the
    // item off every meeting (不安排会议讨论), not only the regular ones (例会) of (一)(二).
    { id: "agenda.not-listable.countersign", kind: "agenda", check: "agenda.not-listable", severity: "hard", meetingTypes: DISCUSSING, article: "第四十九条(三)",
      params: { decidableBy: ["consultation"], requireProcedure: false },
      text: "(三)通过正常行文经县政府领导会签即能解决的问题,不安排会议讨论。",
      zh: "经县政府领导会签即能解决的问题不安排会议讨论", en: "What countersigning a document settles is not discussed at any meeting" },
    { id: "deadline.materials", kind: "deadline", check: "deadline.materials", severity: "hard", meetingTypes: REGULAR, article: "第四十九条",
      params: { lead: 7, unit: "calendar-days" },
      text: "提请县政府全体会议、常务会议、县长办公会议讨论的议题,由县政府分管领导同志协调一致后提出,材料应在会前一周送交办公室常务秘书把关,",
      zh: "议题材料会前一周送交办公室", en: "Materials reach the office one week before the meeting" },
    { id: "deadline.documents-to-leaders", kind: "deadline", check: "info.not-plan-checkable", severity: "soft", meetingTypes: REGULAR, article: "第四十九条",
      params: { why: "the office's own distribution step; the plan holds no date for it" },
      text: "文件和议题一般至少于会前 1 日呈送县长、各位副县长,",
      zh: "文件和议题至少会前1日呈送县长、副县长", en: "Documents and items reach the leaders at least one day before" },
    { id: "attendance.leave", kind: "attendance", check: "attendance.leave-approved", severity: "hard", meetingTypes: REGULAR, article: "第五十条",
      // The article names no stand-in rule, so none is required.
      params: { substituteNeedsApproval: false, approver: { zh: "县长", en: "the county mayor (县长)" } },
      text: "县政府领导成员和其他有关人员因故不能出席县政府全体会议、常务会议或县长办公会议的,向县长请假。",
      zh: "不能出席的向县长请假", en: "Absentees ask the county mayor for leave" },
    { id: "conference.report", kind: "deadline", check: "deadline.conference-plan", severity: "hard", meetingTypes: ["conference"], article: "第五十五条",
      params: { lead: 7, unit: "calendar-days" },
      text: "承办部门必须在会议召开前一周 向县政府报告,",
      zh: "承办部门在会议召开前一周向县政府报告", en: "A conference is reported to the county government one week ahead" },
    // 半天: a morning or an afternoon of the working day, taken as 4 hours.
    { id: "duration.half-day", kind: "duration", check: "duration.max-minutes", severity: "soft", meetingTypes: TYPES, article: "第五十五条",
      params: { minutes: 240 },
      text: "除重大会议外,会期一般不超过半天。",
      zh: "除重大会议外，会期一般不超过半天", en: "A meeting lasts at most half a day (4 hours), major meetings excepted" },
    { id: "duration.agenda-fits", kind: "duration", check: "duration.agenda-fits", severity: "soft", meetingTypes: TYPES, article: "第五十五条",
      text: "除重大会议外,会期一般不超过半天。",
      zh: "议题所需时间不超过会议时长", en: "An agenda's minutes fit within its meeting's time" },
    { id: "documents.approval", kind: "deadline", check: "info.not-plan-checkable", severity: "soft", article: "第五十九条",
      params: { why: "document handling, not a meeting, duty or agenda" },
      text: "急件、特急件应随报随签,其它件审批时间不超过 2 日。",
      zh: "急件随报随签，其他件审批不超过2日", en: "Ordinary documents are approved within 2 days; urgent ones at once" },
    { id: "documents.processing", kind: "deadline", check: "info.not-plan-checkable", severity: "soft", article: "第六十四条",
      params: { why: "document handling, not a meeting, duty or agenda" },
      text: "上级下发的公文原则上应在 7 日内办完,急件要在 3 日内办完,特急件要在当日内办完。",
      zh: "上级公文7日内办完，急件3日，特急件当日", en: "Higher-level documents within 7 days, urgent 3 days, extra-urgent the same day" },
    { id: "study.lectures", kind: "recurring-duty", check: "recurring.per-quarter", severity: "hard", meetingTypes: ["study"], article: "第七十二条",
      params: { min: 1, meetingType: "study" },
      text: "县政府通过举办讲座等方式,组织县政府领导及各部门负责人学习经济、科技、法律和现代化管理等方面知识。一般三个月安排一次。",
      zh: "学习讲座一般三个月安排一次", en: "A study lecture for leaders about every three months" },
    workingDayRule(TYPES),
  ]),
};
