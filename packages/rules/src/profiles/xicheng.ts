import type { MeetingType, RuleProfileInput } from "@yishi/domain";
import { defineRules, workingDayRule, type SourceDocument } from "./define-rules.js";
import { ABOUT_EVERY_HALF_YEAR } from "./span-readings.js";

/**
 * 北京市西城区人民政府工作规则 (2005), 004 第二篇, with its two annexes.
 * Extends 北京市: a rule with the same id here replaces the city's (the
 * district's own cadence), every other city rule is inherited with its scope —
 * so the city's no-Monday rule still covers conferences only, and the Monday
 * executive and mayor's office meetings (附件1/附件2 二.1) do not clash with it.
 * 一般安排在星期一 and the fixed rooms are preferences: soft.
 */
const DOC: SourceDocument = { jurisdiction: "西城区", source: "004_2447067072ebe0e4.txt" };
const TYPES: MeetingType[] = ["plenary", "executive", "mayor-office", "topic", "conference"];
const LEGAL_REVIEW = ["normative-document", "major-reform", "investment-project", "large-fund"] as const;
const LEGAL_TEXT = "上会材料应在送区政府办公室文秘科审核前一周送区法制办审核,";
const COUNTERSIGN_TEXT = "上会材料应在送区政府办公室文秘科审核前一周送区法制办审核,并由区政府办公室主任会签后方可上会,否则原则上不安排上会。";
/** 一周 before the materials go to 文秘科, whose latest day is 三十三's 会前2个工作日 (2-3, the lower end). */
const LEGAL_SENDING = { before: "materials", lead: 7, unit: "calendar-days", materialsDue: { lead: 2, unit: "working-days" } } as const;
const COUNTERSIGN = { categories: [...LEGAL_REVIEW], roles: ["office-director" as const], who: { zh: "区政府办公室主任", en: "the office director (区政府办公室主任)" } };
const info = { check: "info.not-plan-checkable", severity: "soft" } as const;
const WORK_POINTS_TEXT = "每季度最后一个月的20日前,各职能部门、相关单位将下一季度的工作要点送政府办公室汇总后报各位区长审阅,提交政府常务会议讨论。";
const WORK_POINTS = {
  categories: ["quarterly-work-points" as const],
  windows: [3, 6, 9, 12].map((month) => ({ month, afterDay: 20 })),
  when: { zh: "季度最后一个月的20日以后", en: "after the 20th of the quarter's last month" },
  what: { zh: "讨论下季度工作要点", en: "discusses next quarter's work points" },
};
const REVIEW_TEXT = "区政府年初制定全年重点工作目标、直接为群众拟办实事等主要工作计划,在年中、年底召开会议,总结检查各项任务完成情况,此项工作由政府办公室负责督查。";
const REVIEWS = { zh: "总结检查各项任务完成情况", en: "reviews how the year's tasks are done" };
const MID_YEAR = { categories: ["mid-year-review" as const], windows: [{ month: 6, months: 2 }], when: { zh: "年中", en: "at mid-year (年中)" }, what: REVIEWS, reading: true };
const YEAR_END = { categories: ["year-end-review" as const], windows: [{ month: 12 }], when: { zh: "年底", en: "at year-end (年底)" }, what: REVIEWS, reading: true };
const BY_MAYOR_OR_EXECUTIVE = { zh: "区长或者区长委托的常务副区长", en: "the mayor or the executive deputy the mayor designates" };
/** 附件1 四.3, 附件2 四.1: whom leave is asked of, by who is asking. */
const LEAVE_APPROVER = { zh: "区长（副区长、区长助理）或区政府办公室主任（其他部门领导）", en: "the mayor (for deputy mayors and assistants) or the office director (for other department leaders)" };

export const xichengProfile: RuleProfileInput = {
  id: "西城区",
  name: { zh: "北京市西城区人民政府工作规则", en: "Xicheng District (Beijing) working rules" },
  jurisdiction: "西城区",
  extends: "北京市",
  source: DOC.source,
  year: 2005,
  meetingTypes: TYPES,
  notes: [
    "Every two weeks is read as 10 to 18 days apart (toleranceDays 4): the profile's reading, the article gives no number; a spec overrides it.",
    "Executive and mayor's office meetings every two weeks, usually on a Monday; 北京市 三十九 (no Monday) covers city-wide conferences only, so there is no clash.",
    "Materials: 2 working days before the meeting is the hard limit (三十三 says 2-3), 3 is a soft preference (附件 三.1).",
    "Next quarter's work points (五十九(一)) are an item of category quarterly-work-points, at an executive meeting from the 21st to the end of the quarter's last month; the mid-year and year-end reviews (五十五) are items of category mid-year-review and year-end-review on any meeting, in June–July and December: the profile's reading of 年中 and 年底, a spec overrides it. That a window the plan covers has such a meeting is soft: the plan can hold it only when the spec files the item.",
    "Legal review: an item goes to the legal office one week (7 days) before its materials go to the office (materialsOn; not yet in: their due day, 2 working days before the meeting), and the office director countersigns it by the meeting day.",
  ],
  rules: defineRules(DOC, [
    { id: "meeting-types", kind: "cadence", ...info, meetingTypes: TYPES, article: "二十六",
      params: { why: "names the meeting types; each has its own rules below" },
      text: "区政府实行全体会议、常务会议和区长办公会议等会议制度。",
      zh: "实行全体会议、常务会议和区长办公会议等会议制度", en: "Meeting types: plenary, executive and mayor's office meetings" },
    { id: "plenary.cadence", kind: "cadence", check: "cadence.per-half-year", severity: "hard", meetingTypes: ["plenary"], article: "二十七",
      params: { min: 1, ...ABOUT_EVERY_HALF_YEAR },
      text: "区政府全体会议由区长或者区长委托常务副区长主持,一般每半年召开一次。",
      zh: "全体会议一般每半年召开一次", en: "The plenary meeting is held about every half year" },
    // 附件1 二.2 and 附件2 二.2 say the same of the executive and mayor's office meetings; one rule each, citing the rules' own article.
    // Replaces 北京市 二十三 (same id): 报送区政府审定前, done by the day the item is filed.
    { id: "agenda.legal-review-before-filing", kind: "agenda", check: "agenda.legal-review", severity: "hard", meetingTypes: ["plenary", "executive", "mayor-office"], article: "十八",
      params: { categories: ["normative-document"], before: "filing" },
      text: "提请区政府决策的涉及法律的事项、重大经济担保事项、以区政府或区政府办公室名义制发的规范性文件,报送区政府审定前应当经过区法制办合法性审查,",
      zh: "规范性文件报送区政府审定前经区法制办合法性审查", en: "A normative document passes the legal office's review before it is filed for the government's decision" },
    { id: "plenary.convener", kind: "attendance", check: "attendance.convener", severity: "hard", meetingTypes: ["plenary"], article: "二十七",
      params: { chairRoles: ["mayor"], delegateRoles: ["executive-deputy"], who: BY_MAYOR_OR_EXECUTIVE },
      text: "区政府全体会议由区长或者区长委托常务副区长主持,",
      zh: "全体会议由区长或者区长委托常务副区长主持", en: "The plenary meeting is chaired by the mayor or the executive deputy the mayor designates" },
    { id: "executive.convener", kind: "attendance", check: "attendance.convener", severity: "hard", meetingTypes: ["executive"], article: "二十八",
      params: { chairRoles: ["mayor"], delegateRoles: ["executive-deputy"], who: BY_MAYOR_OR_EXECUTIVE },
      text: "区政府常务会议由区长或者区长委托常务副区长主持,",
      zh: "常务会议由区长或者区长委托常务副区长主持", en: "The executive meeting is chaired by the mayor or the executive deputy the mayor designates" },
    { id: "mayor-office.convener", kind: "attendance", check: "attendance.convener", severity: "hard", meetingTypes: ["mayor-office"], article: "二十九",
      params: { chairRoles: ["mayor"], delegateRoles: ["executive-deputy"], who: BY_MAYOR_OR_EXECUTIVE },
      text: "区长办公会议由区长或者区长委托常务副区长主持,",
      zh: "区长办公会议由区长或者区长委托常务副区长主持", en: "The mayor's office meeting is chaired by the mayor or the executive deputy the mayor designates" },
    { id: "executive.cadence", kind: "cadence", check: "cadence.every-n-weeks", severity: "hard", meetingTypes: ["executive"], article: "二十八",
      // 二十八 gives no exception; the executive meeting's own procedure (附件1 二.1) does.
      params: { weeks: 2, toleranceDays: 4, extraSessions: { article: "附件1 二.1", text: "必要时可随时召开" } },
      text: "区政府常务会议由区长或者区长委托常务副区长主持,一般每2周召开1次。",
      zh: "常务会议一般每2周召开1次", en: "The executive meeting is held about every two weeks" },
    { id: "executive.monday", kind: "calendar", check: "calendar.preferred-weekday", severity: "soft", meetingTypes: ["executive"], article: "附件1 二.1",
      params: { weekdays: [1] },
      text: "政府常务会议原则上每两周召开1次(一般安排在星期一),必要时可随时召开。",
      zh: "常务会议一般安排在星期一", en: "The executive meeting is usually held on a Monday" },
    { id: "executive.room", kind: "calendar", check: "calendar.fixed-room", severity: "soft", meetingTypes: ["executive"], article: "附件1 二.1",
      params: { room: "政府4307会议室" },
      text: "会议地点固定在政府4307会议室。",
      zh: "常务会议地点固定在政府4307会议室", en: "The executive meeting is held in room 4307" },
    { id: "mayor-office.cadence", kind: "cadence", check: "cadence.every-n-weeks", severity: "hard", meetingTypes: ["mayor-office"], article: "附件2 二.1",
      params: { weeks: 2, toleranceDays: 4, extraSessions: { article: "附件2 二.1", text: "必要时可随时召开" } },
      text: "区长办公会议原则上每两周召开一次(一般安排在星期一),必要时可随时召开。",
      zh: "区长办公会议原则上每两周召开一次", en: "The mayor's office meeting is held every two weeks in principle" },
    { id: "mayor-office.monday", kind: "calendar", check: "calendar.preferred-weekday", severity: "soft", meetingTypes: ["mayor-office"], article: "附件2 二.1",
      params: { weekdays: [1] },
      text: "区长办公会议原则上每两周召开一次(一般安排在星期一),必要时可随时召开。",
      zh: "区长办公会议一般安排在星期一", en: "The mayor's office meeting is usually held on a Monday" },
    { id: "mayor-office.room", kind: "calendar", check: "calendar.fixed-room", severity: "soft", meetingTypes: ["mayor-office"], article: "附件2 二.1",
      params: { room: "区政府3315会议室" },
      text: "会议地点固定在区政府3315会议室。",
      zh: "区长办公会议地点固定在区政府3315会议室", en: "The mayor's office meeting is held in room 3315" },
    { id: "topic.cadence", kind: "cadence", check: "cadence.as-needed", severity: "soft", meetingTypes: ["topic"], article: "三十一",
      text: "根据工作需要,区政府可召开专题会议,研究、协调、处理区政府日常工作中的具体问题和专项事宜。",
      zh: "根据工作需要召开专题会议", en: "Topic meetings are held when needed" },
    // 主管副区长 is the item's responsible leader (`leader`); 职能部门职权范围内 a department (`department`).
    { id: "executive.not-listable", kind: "agenda", check: "agenda.not-listable", severity: "hard", meetingTypes: ["executive"], article: "附件1 二.3",
      params: { decidableBy: ["leader", "department"], requireProcedure: false },
      text: "凡应主管副区长做出决定或职能部门职权范围内的事情,不提请会议讨论。",
      zh: "应由主管副区长决定或职能部门职权范围内的事情不提请常务会议讨论", en: "What the responsible deputy mayor or a department may decide is not put to the executive meeting" },
    { id: "mayor-office.not-listable", kind: "agenda", check: "agenda.not-listable", severity: "hard", meetingTypes: ["mayor-office"], article: "附件2 二.4",
      params: { decidableBy: ["leader", "department"], requireProcedure: false },
      text: "凡应主管副区长做出决定或职能部门职权范围内的事情,不提请会议讨论。",
      zh: "应由主管副区长决定或职能部门职权范围内的事情不提请区长办公会议讨论", en: "What the responsible deputy mayor or a department may decide is not put to the mayor's office meeting" },
    // 以区政府或者区政府办公室名义召开的: the government's conferences; 提前 with no number, so before the meeting day.
    { id: "conference.plan", kind: "deadline", check: "deadline.conference-plan", severity: "hard", meetingTypes: ["conference"], organizers: ["government"], article: "三十二",
      params: { lead: 1, unit: "calendar-days", inAdvanceOnly: true },
      text: "会议主办单位应当提前将拟召开会议的名称、时间、地点、参加范围、会期、议程、所需经费及来源、拟邀请出席的领导同志名单、会议通知代拟稿、领导同志主持词和讲话代拟稿等报区政府办公室。",
      zh: "全区性会议的主办单位提前报送会议方案", en: "A district-wide conference's organizer files its plan ahead" },
    { id: "executive.item-filing", kind: "deadline", check: "deadline.item-filing", severity: "hard", meetingTypes: ["executive"], article: "附件1 二.4",
      params: { lead: 7, unit: "calendar-days" },
      text: "确需提交常务会议讨论的,由主管部门提前一周将拟上会议题报区政府办公室文秘科备案,文秘科对上报议题初审后草拟会议安排,报政府办主任、主管副区长、区长审批后,由区政府办公室统一安排上会。未经备案审批的议题原则上不予上会。",
      zh: "议题提前一周报办公室备案，未经备案不予上会", en: "An item is filed with the office one week before; unfiled items are not listed" },
    { id: "deadline.materials", kind: "deadline", check: "deadline.materials", severity: "hard", meetingTypes: ["plenary", "executive", "mayor-office"], article: "三十三",
      params: { lead: 2, unit: "working-days" },
      text: "上会材料应于会前2-3个工作日上报,并提前送至有关与会人员手中。",
      zh: "上会材料至迟会前2个工作日上报", en: "Materials reach the office at least 2 working days before the meeting" },
    { id: "executive.materials-preferred", kind: "deadline", check: "deadline.materials", severity: "soft", meetingTypes: ["executive"], article: "附件1 三.1",
      params: { lead: 3, unit: "working-days" },
      text: "由汇报单位提前2-3个工作日将材料送至区政府办公室文秘科审核。",
      zh: "常务会议材料宜提前3个工作日送审", en: "Executive-meeting materials preferably 3 working days ahead" },
    { id: "mayor-office.materials-preferred", kind: "deadline", check: "deadline.materials", severity: "soft", meetingTypes: ["mayor-office"], article: "附件2 三.1",
      params: { lead: 3, unit: "working-days" },
      text: "由议题汇报单位提前2-3个工作日将材料送至区政府办公室文秘科审核。",
      zh: "区长办公会议材料宜提前3个工作日送审", en: "Mayor's-office materials preferably 3 working days ahead" },
    // The week runs from the item going to 法制办 (legalReviewSentOn; else its review's doneOn, by
    // which it had gone) to its materials going to 文秘科 (materialsOn; not yet in, their due day).
    // 三十三 says the same of every government meeting; the annexes restate it for the executive and
    // mayor's office meetings, so 三十三's rule covers the plenary and one late sending is reported once.
    { id: "plenary.legal-review", kind: "agenda", check: "agenda.legal-review", severity: "hard", meetingTypes: ["plenary"], article: "三十三",
      params: { categories: [...LEGAL_REVIEW], ...LEGAL_SENDING },
      text: "属行政措施类、重要体制改革、重大项目建设安排、重要资金使用情况等议题,上会材料应在上报前一周送区法制办审核。",
      zh: "行政措施、重要改革、重大项目、重要资金议题材料上报前一周送法制办审核", en: "Measures, major reforms, major projects and major funds go to legal review a week before the materials go to the office" },
    { id: "executive.legal-review", kind: "agenda", check: "agenda.legal-review", severity: "hard", meetingTypes: ["executive"], article: "附件1 三.1",
      params: { categories: [...LEGAL_REVIEW], ...LEGAL_SENDING }, text: LEGAL_TEXT,
      zh: "行政措施、重要改革、重大项目、重要资金议题材料送文秘科审核前一周送法制办审核", en: "Measures, major reforms, major projects and major funds go to legal review a week before the materials go to the office" },
    { id: "mayor-office.legal-review", kind: "agenda", check: "agenda.legal-review", severity: "hard", meetingTypes: ["mayor-office"], article: "附件2 三.1",
      params: { categories: [...LEGAL_REVIEW], ...LEGAL_SENDING }, text: LEGAL_TEXT,
      zh: "行政措施、重要改革、重大项目、重要资金议题材料送文秘科审核前一周送法制办审核", en: "Measures, major reforms, major projects and major funds go to legal review a week before the materials go to the office" },
    { id: "executive.countersign", kind: "agenda", check: "agenda.countersign", severity: "hard", meetingTypes: ["executive"], article: "附件1 三.1",
      params: COUNTERSIGN, text: COUNTERSIGN_TEXT,
      zh: "行政措施等议题由区政府办公室主任会签后方可上会", en: "Measures and other such items go to the executive meeting once the office director has countersigned them" },
    { id: "mayor-office.countersign", kind: "agenda", check: "agenda.countersign", severity: "hard", meetingTypes: ["mayor-office"], article: "附件2 三.1",
      params: COUNTERSIGN, text: COUNTERSIGN_TEXT,
      zh: "行政措施等议题由区政府办公室主任会签后方可上会", en: "Measures and other such items go to the mayor's office meeting once the office director has countersigned them" },
    { id: "executive.report-outline", kind: "agenda", ...info, meetingTypes: ["executive"], article: "附件1 三.4",
      params: { why: "the form of the materials, not the plan" },
      text: "汇报性材料应以提纲为主要形式。内容要主题突出,文字精练,条理清楚,语句通畅,字数以不超过1000字为宜。",
      zh: "汇报材料以提纲为主，不超过1000字为宜", en: "Report materials are outlines of about 1,000 characters at most" },
    { id: "executive.permanent-attendees", kind: "attendance", ...info, meetingTypes: ["executive"], article: "附件1 二.9",
      params: { why: "the attendee list is the spec's body" },
      text: "常务会议设固定列席人员(固定列席人员名单附后)。",
      zh: "常务会议设固定列席人员", en: "The executive meeting has a fixed list of permanent attendees" },
    // Kept beside 北京市 四十一 (inherited as attendance.leave), which adds the stand-in rule.
    { id: "executive.leave", kind: "attendance", check: "attendance.leave-approved", severity: "hard", meetingTypes: ["executive"], article: "附件1 四.3",
      params: { substituteNeedsApproval: false, approver: LEAVE_APPROVER },
      text: "如确有特殊情况不能出席,副区长、区长助理需向区长请假;其它部门领导需向区政府办公室主任请假。缺席人员如对会议讨论的事项有意见或建议,可在会议召开前以书面形式提出。",
      zh: "副区长向区长请假，其他部门领导向办公室主任请假", en: "Leaders ask the mayor for leave, others the office director; absentees may send written views" },
    { id: "mayor-office.leave", kind: "attendance", check: "attendance.leave-approved", severity: "hard", meetingTypes: ["mayor-office"], article: "附件2 四.1",
      params: { substituteNeedsApproval: false, approver: LEAVE_APPROVER },
      text: "如确有特殊情况不能出席,副区长、区长助理需向区长请假;其它部门领导需向区政府办公室主任请假。",
      zh: "区长办公会议：副区长向区长请假，其他部门领导向办公室主任请假", en: "Mayor's office meeting: leaders ask the mayor for leave, others the office director" },
    { id: "minutes", kind: "deadline", check: "deadline.minutes", severity: "hard", meetingTypes: ["plenary", "executive", "mayor-office"], article: "三十",
      params: { within: 7, unit: "calendar-days" },
      text: "每次会议均作记录,并于一周内印发会议纪要。",
      zh: "会议纪要一周内印发", en: "Minutes are issued within one week" },
    { id: "topic.minutes", kind: "deadline", check: "deadline.minutes", severity: "hard", meetingTypes: ["topic"], article: "三十一",
      params: { within: 7, unit: "calendar-days" },
      text: "专题会会议纪要原则上应于一周内印发。",
      zh: "专题会纪要原则上一周内印发", en: "Topic-meeting minutes are issued within one week" },
    { id: "work-points.departments", kind: "deadline", ...info, article: "五十九(一)",
      params: { why: "each department's points to the office; the meeting's item is judged below" },
      text: WORK_POINTS_TEXT,
      zh: "各部门于季末月20日前报送下季度工作要点", en: "Departments send next quarter's work points by the 20th of the quarter's last month" },
    // The departments' points are due by the 20th, summed up, read by the leaders, then discussed: at an
    // executive meeting after the 20th, and before the quarter they are for begins (the month the article names).
    { id: "work-points.executive", kind: "agenda", check: "agenda.executive-only", severity: "hard", meetingTypes: ["executive"], article: "五十九(一)",
      params: { categories: ["quarterly-work-points"] }, text: WORK_POINTS_TEXT,
      zh: "下季度工作要点提交政府常务会议讨论", en: "Next quarter's work points go to the executive meeting" },
    { id: "work-points.quarterly", kind: "agenda", check: "agenda.item-window", severity: "hard", meetingTypes: ["executive"], article: "五十九(一)",
      params: WORK_POINTS, text: WORK_POINTS_TEXT,
      zh: "下季度工作要点在季度最后一个月20日以后的常务会议上讨论", en: "Next quarter's work points are discussed at an executive meeting after the 20th of the quarter's last month" },
    // Soft: the plan can hold it only when the spec files the item; the message asks for it.
    { id: "work-points.quarterly-held", kind: "agenda", check: "agenda.item-held", severity: "soft", meetingTypes: ["executive"], article: "五十九(一)",
      params: WORK_POINTS, text: WORK_POINTS_TEXT,
      zh: "每季度末有常务会议讨论下季度工作要点", en: "Each quarter ends with an executive meeting on next quarter's work points" },
    // 年中、年底: no month given; June–July and December are the profile's reading, and the article names no meeting type.
    { id: "review.mid-year", kind: "agenda", check: "agenda.item-window", severity: "hard", meetingTypes: TYPES, article: "五十五",
      params: MID_YEAR, text: REVIEW_TEXT,
      zh: "年中召开会议总结检查各项任务完成情况", en: "A mid-year meeting reviews the year's tasks" },
    { id: "review.year-end", kind: "agenda", check: "agenda.item-window", severity: "hard", meetingTypes: TYPES, article: "五十五",
      params: YEAR_END, text: REVIEW_TEXT,
      zh: "年底召开会议总结检查各项任务完成情况", en: "A year-end meeting reviews the year's tasks" },
    { id: "review.mid-year-held", kind: "agenda", check: "agenda.item-held", severity: "soft", meetingTypes: TYPES, article: "五十五",
      params: MID_YEAR, text: REVIEW_TEXT,
      zh: "年中有会议总结检查各项任务完成情况", en: "There is a mid-year review meeting" },
    { id: "review.year-end-held", kind: "agenda", check: "agenda.item-held", severity: "soft", meetingTypes: TYPES, article: "五十五",
      params: YEAR_END, text: REVIEW_TEXT,
      zh: "年底有会议总结检查各项任务完成情况", en: "There is a year-end review meeting" },
    { id: "work-points.monthly", kind: "deadline", ...info, article: "五十九(二)",
      params: { why: "departments' submissions, not the plan" },
      text: "每月20日前,各职能部门、相关单位将下月涉及全区范围的会议、活动报政府办公室进行汇总。",
      zh: "下月全区性会议、活动于每月20日前报送", en: "Next month's district-wide meetings and activities due by the 20th" },
    { id: "work-points.weekly", kind: "deadline", ...info, article: "五十九(三)",
      params: { why: "departments' submissions, not the plan" },
      text: "在月重大活动安排的基础上,每周五前,各职能部门将下周涉及全区范围的会议、活动报区政府办公室汇总。",
      zh: "下周日程每周五前报送", en: "Next week's schedule due before Friday" },
    // 上午: taken as 09:00-12:00; the article gives no clock times.
    { id: "petition-reception", kind: "recurring-duty", check: "recurring.weekly-rota", severity: "hard", duties: ["*"], article: "六十",
      params: { weekday: 3, start: "09:00", end: "12:00" },
      text: "按照全区统一安排,各位区长按要求参加每周三上午的信访接待,实行挂牌接待。",
      zh: "区领导轮流参加每周三上午的信访接待", en: "District leaders in turn receive petitioners every Wednesday morning" },
    { id: "contacts.deputies", kind: "recurring-duty", ...info, article: "六十一",
      params: { why: "standing contacts, not dated duties" },
      text: "区长、副区长按照工作分工,每人固定联系人大代表、政协委员各2人。",
      zh: "每人固定联系人大代表、政协委员各2人", en: "Each leader keeps contact with 2 congress deputies and 2 CPPCC members" },
    { id: "contacts.enterprises", kind: "recurring-duty", ...info, article: "六十二",
      params: { why: "standing contacts, not dated duties" },
      text: "区政府领导每人固定联系3个企业。",
      zh: "区领导每人固定联系3个企业", en: "Each leader links 3 enterprises" },
    { id: "contacts.schools", kind: "recurring-duty", ...info, article: "六十三",
      params: { why: "standing contacts, not dated duties" },
      text: "区政府领导每人固定联系1-2个学校。",
      zh: "区领导每人固定联系1-2个学校", en: "Each leader links 1 to 2 schools" },
    { id: "research", kind: "recurring-duty", ...info, article: "五十四",
      params: { why: "research topics and reports, not dated duties" },
      text: "每年要选择1-2个课题,进行专题调查研究,至少撰写1篇调研报告。",
      zh: "每年选择1-2个课题调研，至少1篇调研报告", en: "Each leader takes 1 to 2 research topics a year and writes at least one report" },
    { id: "event.leaders", kind: "attendance", check: "attendance.event-leaders", severity: "soft", article: "四十八",
      params: { min: 1, max: 2 },
      text: "被批准的重要会议或活动,一般只安排一至两位区领导同志出席。",
      zh: "经批准的重要会议或活动一般只安排一至两位区领导出席", en: "An approved event gets one or two district leaders" },
    workingDayRule(TYPES),
  ]),
};
