import type { MeetingType, RuleProfileInput } from "@yishi/domain";
import { defineRules, workingDayRule, type SourceDocument } from "./define-rules.js";

/**
 * 六盘水市钟山区人民政府工作规则 (2022). Severity choices: the meeting system
 * itself (cadence, quorum, the 15-item cap, exclusions, leave approval) is hard
 * even where the text says 原则上, because it only leaves room for the exceptions
 * the spec records (an extra session, the mayor's approval to exceed the cap);
 * lead times on other people's paperwork (leave requests, invitations) are soft:
 * the plan cannot make them, only report them.
 */
const DOC: SourceDocument = { jurisdiction: "钟山区", source: "002_feb3f195a2f9255d.txt" };
const BY_MAYOR_OR_DEPUTY = { zh: "区长或受区长委托的副区长", en: "the mayor or a deputy mayor the mayor designates" };
const TYPES: MeetingType[] = ["plenary", "executive", "mayor-office", "topic", "conference"];
/** 议事决策会议: the four meetings of 第三十八条 (a conference deploys work, it decides no items). */
const DECIDING: MeetingType[] = ["plenary", "executive", "mayor-office", "topic"];
const FILING_TEXT =
  "提请区人民政府相关会议审议的议题及其附件材料由区人民政府各部门、各乡(镇、街道)、产业园区、区属国有公司根据上级有关要求和工作需要提出,并提前按要求报区人民政府办公室汇总后,按程序报区长或副区长确定,";

export const zhongshanProfile: RuleProfileInput = {
  id: "钟山区",
  name: { zh: "六盘水市钟山区人民政府工作规则", en: "Zhongshan District (Liupanshui) working rules" },
  jurisdiction: "钟山区",
  source: DOC.source,
  year: 2022,
  meetingTypes: TYPES,
  notes: [
    "Executive meeting every two weeks (第四十条), at most 15 items (第四十五条), quorum more than half (第四十条).",
    "Every two weeks is read as 10 to 18 days apart (toleranceDays 4): the profile's reading, the article gives no number; a spec overrides it.",
    "No plenary cadence survives in the text: 第三十九条 only names its members and convener.",
  ],
  rules: defineRules(DOC, [
    { id: "meeting-types", kind: "cadence", check: "info.not-plan-checkable", severity: "soft", meetingTypes: TYPES, article: "第三十八条",
      params: { why: "names the meeting types; each has its own rules below" },
      text: "区人民政府实行区人民政府全体会议、区人民政府常务会议、区人民政府区长办公会议、区人民政府专题会议制度。",
      zh: "实行全体会议、常务会议、区长办公会议、专题会议制度", en: "Four meeting types: plenary, executive, mayor's office and topic meetings" },
    { id: "plenary.convener", kind: "attendance", check: "attendance.convener", severity: "hard", meetingTypes: ["plenary"], article: "第三十九条",
      params: { chairRoles: ["mayor"], delegateRoles: [], who: { zh: "区长", en: "the mayor" } },
      text: "区人民政府全体会议由区长、副区长、党组成员和区人民政府组成部门主任、局长组成,由区长召集和主持。",
      zh: "全体会议由区长召集和主持", en: "The plenary meeting is convened and chaired by the mayor" },
    { id: "executive.convener", kind: "attendance", check: "attendance.convener", severity: "hard", meetingTypes: ["executive"], article: "第四十条",
      params: { chairRoles: ["mayor"], delegateRoles: ["executive-deputy", "deputy"], who: BY_MAYOR_OR_DEPUTY },
      text: "区人民政府常务会议由区人民政府区长、副区长、党组成员以及办公室主任组成,由区长或受区长委托的副区长召集和主持。",
      zh: "常务会议由区长或受区长委托的副区长召集和主持", en: "The executive meeting is convened by the mayor or a deputy mayor the mayor designates" },
    { id: "executive.quorum", kind: "quorum", check: "quorum.majority", severity: "hard", meetingTypes: ["executive"], article: "第四十条",
      params: { fraction: 0.5, strict: true },
      text: "原则上会议组成人员需过半数到会方可召开。",
      zh: "常务会议组成人员过半数到会方可召开", en: "The executive meeting opens only when more than half of its members attend" },
    { id: "executive.cadence", kind: "cadence", check: "cadence.every-n-weeks", severity: "hard", meetingTypes: ["executive"], article: "第四十条",
      params: { weeks: 2, toleranceDays: 4, extraSessions: { article: "第四十条", text: "也可根据工作需要适时召开" } },
      text: "区人民政府常务会议原则上每2周召开1次,也可根据工作需要适时召开。",
      zh: "常务会议原则上每2周召开1次", en: "The executive meeting is held every two weeks in principle" },
    { id: "executive.investment-projects", kind: "agenda", check: "agenda.executive-only", severity: "hard", meetingTypes: ["executive"], article: "第四十条(五)",
      params: { categories: ["investment-project"] },
      text: "原则上,所有新增政府性投资项目均应报区人民政府常务会议研究;",
      zh: "新增政府性投资项目均应报常务会议研究", en: "Every new government-funded investment project goes to the executive meeting" },
    // 以上 includes the number itself (民法典 第一千二百五十九条), so 2,000,000 yuan is caught.
    { id: "executive.large-funds", kind: "agenda", check: "agenda.executive-only", severity: "hard", meetingTypes: ["executive"], article: "第四十条(六)",
      params: { amountYuanAtLeast: 2_000_000 },
      text: "(六)研究使用200万元以上财政存量资金有关事宜。",
      zh: "使用200万元以上财政存量资金由常务会议研究", en: "Use of 2,000,000 yuan or more of existing fiscal funds goes to the executive meeting" },
    { id: "mayor-office.convener", kind: "attendance", check: "attendance.convener", severity: "hard", meetingTypes: ["mayor-office"], article: "第四十一条",
      params: { chairRoles: ["mayor"], delegateRoles: ["executive-deputy", "deputy"], who: BY_MAYOR_OR_DEPUTY },
      text: "区人民政府区长办公会议由区人民政府区长、副区长、党组成员以及办公室主任组成,由区长或受区长委托的副区长召集和主持。",
      zh: "区长办公会议由区长或受区长委托的副区长召集和主持", en: "The mayor's office meeting is convened by the mayor or a deputy mayor the mayor designates" },
    // 区人民政府领导: the mayor, deputies and party-group members. The office's deputy director, whom a leader
    // may also designate, has no role of its own, so any designated stand-in is accepted (no delegateRoles).
    { id: "topic.convener", kind: "attendance", check: "attendance.convener", severity: "hard", meetingTypes: ["topic"], article: "第四十二条",
      params: { chairRoles: ["mayor", "executive-deputy", "deputy", "party-group-member"], who: { zh: "区人民政府领导或由其委托的办公室主任、副主任", en: "a district leader, or the office director or deputy director they designate" } },
      text: "区人民政府专题会议由区人民政府领导或由其委托的区人民政府办室主任或副主任召集和主持。",
      zh: "专题会议由区领导或其委托的办公室主任、副主任召集和主持", en: "A topic meeting is convened by a district leader or the office director or deputy director they designate" },
    { id: "mayor-office.cadence", kind: "cadence", check: "cadence.as-needed", severity: "soft", meetingTypes: ["mayor-office"], article: "第四十一条",
      text: "区人民政府区长办公会议根据工作需要适时召开。",
      zh: "区长办公会议根据工作需要适时召开", en: "The mayor's office meeting is held when needed" },
    { id: "topic.within", kind: "deadline", check: "deadline.topic-meeting-within", severity: "hard", meetingTypes: ["topic"], article: "第四十二条",
      params: { workingDays: 7 },
      text: "原则上,区人民政府专题会议研究事项应在接到相关请示或报告后的7个工作日内研究。",
      zh: "专题会议在接到请示或报告后7个工作日内研究", en: "A topic meeting studies a request within 7 working days of receiving it" },
    { id: "topic.cadence", kind: "cadence", check: "cadence.as-needed", severity: "soft", meetingTypes: ["topic"], article: "第四十二条",
      text: "区人民政府专题会议根据需要适时召开。",
      zh: "专题会议根据需要适时召开", en: "Topic meetings are held when needed" },
    { id: "agenda.topic-meeting-first", kind: "agenda", check: "agenda.topic-meeting-first", severity: "hard", meetingTypes: ["executive", "mayor-office"], article: "第四十二条(五)",
      params: { categories: ["important-document", "important-activity", "important-matter", "large-fund", "investment-agreement", "investment-project"] },
      text: "凡是制发重要文件、开展重要活动、决定重要事项、使用大额资金、以区人民政府名义签订的重要招商引资相关协议、新增或调整政府性投资项目等重要工作,应召开区人民政府专题会议进行充分研究或论证后,再提请区人民政府常务会议或区人民政府区长办公会议研究或审定。",
      zh: "重要文件、重要活动、重要事项、大额资金、招商引资协议、政府性投资项目先经专题会议研究", en: "Important documents, activities and matters, large funds, investment agreements and investment projects pass a topic meeting first" },
    { id: "agenda.objections", kind: "agenda", check: "info.not-plan-checkable", severity: "soft", meetingTypes: ["plenary", "executive", "mayor-office", "topic"], article: "第四十三条",
      params: { why: "objections are raised and settled before the meeting, outside the plan" },
      text: "参加和列席区人民政府相关会议的人员对会议议题有不同意见的,应于会前向议题申报单位提出;",
      zh: "对议题有不同意见的，会前向议题申报单位提出", en: "Objections to an item are raised before the meeting with the submitting unit" },
    // 提前 with no number of days: at the least, in before the meeting day.
    { id: "agenda.filed-ahead", kind: "deadline", check: "deadline.item-filing", severity: "hard", meetingTypes: ["plenary", "executive", "mayor-office", "topic"], article: "第四十三条",
      params: { lead: 1, unit: "calendar-days", inAdvanceOnly: true }, text: FILING_TEXT,
      zh: "议题提前报区人民政府办公室汇总", en: "Items are filed with the office ahead of the meeting" },
    { id: "agenda.materials-ahead", kind: "deadline", check: "deadline.materials", severity: "hard", meetingTypes: ["plenary", "executive", "mayor-office", "topic"], article: "第四十三条",
      params: { lead: 1, unit: "calendar-days", inAdvanceOnly: true }, text: FILING_TEXT,
      zh: "议题附件材料提前报区人民政府办公室", en: "An item's materials reach the office ahead of the meeting" },
    // The statutory order ends with 集体决议决定, the meeting; legal review is judged under 第十八条. The article
    // names no meeting type, so every deciding meeting (not a topic meeting, which only studies) is held to it.
    { id: "documents.procedure", kind: "agenda", check: "agenda.prior-reviews", severity: "hard", meetingTypes: ["plenary", "executive", "mayor-office"], article: "第十七条",
      params: { categories: ["normative-document"], kinds: ["assessment", "public-comment"] },
      text: "区人民政府及各部门制定规范性文件,应当经过评估论证、公开征求意见、合法性审查、集体决议决定等程序,",
      zh: "规范性文件经评估论证、公开征求意见后方可集体决议决定", en: "A normative document is assessed and put to public comment before the collective decision" },
    { id: "executive.legal-review-documents", kind: "agenda", check: "agenda.legal-review", severity: "hard", meetingTypes: ["executive"], article: "第十八条",
      params: { categories: ["normative-document"], lead: 1, unit: "calendar-days", inAdvanceOnly: true },
      text: "以区人民政府或区人民政府办公室名义制定的规范性文件,文件草案应在送区人民政府常务会议审议前先交由区司法局进行合法性审查。",
      zh: "规范性文件草案送常务会议审议前先经区司法局合法性审查", en: "A normative document's draft passes legal review before it goes to the executive meeting" },
    // Legal review comes before collective discussion in the statutory order, so it is done before the meeting day.
    { id: "executive.legal-review-decisions", kind: "agenda", check: "agenda.legal-review", severity: "hard", meetingTypes: ["executive"], article: "第二十条",
      params: { categories: ["major-reform", "investment-project", "large-fund"], lead: 1, unit: "calendar-days", inAdvanceOnly: true },
      text: "把公众参与、专家论证、风险评估、合法性审查和集体讨论决定作为重大决策的法定程序,",
      zh: "重大决策须经合法性审查后集体讨论决定", en: "Major decisions pass legal review before collective discussion" },
    { id: "executive.max-items", kind: "agenda", check: "agenda.max-items", severity: "hard", meetingTypes: ["executive"], article: "第四十五条",
      params: { max: 15, approvalOverrides: true },
      text: "区人民政府常务会议议题原则上每次不超过15个;议题收集满15个后,确需增加议题的,由议题申报单位主要负责同志向区人民政府办公室说明情况,并报区长同意后方可上会。",
      zh: "常务会议议题每次不超过15个，超过须经区长同意", en: "At most 15 items per executive meeting; more only with the mayor's approval" },
    // The first clause names 常务会议或区长办公会议 only (a topic meeting may decide what it can decide);
    // the rest say 议事决策会议, every meeting of 第三十八条 that decides items.
    { id: "agenda.not-listable.topic-meeting", kind: "agenda", check: "agenda.not-listable", severity: "hard", meetingTypes: ["executive", "mayor-office"], article: "第四十六条",
      params: { decidableBy: ["topic-meeting"], requireProcedure: false },
      text: "可由区人民政府专题会议研究决定的事项,原则上不列入区人民政府常务会议或区长办公会议议题;",
      zh: "可由专题会议研究决定的事项不列入常务会议或区长办公会议议题", en: "Items a topic meeting can decide are not listed at the executive or mayor's office meeting" },
    { id: "agenda.not-listable", kind: "agenda", check: "agenda.not-listable", severity: "hard", meetingTypes: DECIDING, article: "第四十六条",
      params: { decidableBy: ["department", "leading-group"], requireProcedure: true },
      text: "区人民政府各部门、各乡(镇、街道)、产业园区、区属国有公司职权范围内能决定的事项,不列入区人民政府议事决策会议议题;区人民政府各领导小组(联席会议、指挥部)职权范围内能决定的事项,不列入区人民政府议事决策会议议题;未按报批程序办理的事项,原则上不列入区人民政府议事决策会议议题。",
      zh: "部门、领导小组职权范围内能决定的事项及未按报批程序办理的事项不列入议事决策会议议题", en: "Items a department or a leading group can decide, and items that skipped approval, are not listed at any deciding meeting" },
    { id: "attendance.leave", kind: "attendance", check: "attendance.leave-approved", severity: "hard", meetingTypes: ["plenary", "executive", "mayor-office"], article: "第四十七条",
      params: { substituteNeedsApproval: true },
      text: "区人民政府领导因故不能出席区人民政府全体会议、区人民政府常务会议、区人民政府区长办公会议的,须向会议召集人请假。其他参加和列席人员因故不能参加或列席会议的,须按程序向区人民政府办公室报送请假报告单,并明确代会人员,经会议召集人同意后方可请假。",
      zh: "缺席须向会议召集人请假；代会人员经召集人同意", en: "Absentees ask the convener for leave; a stand-in needs the convener's approval" },
    { id: "minutes.sign-off", kind: "deadline", check: "info.not-plan-checkable", severity: "soft", meetingTypes: ["executive", "mayor-office", "topic"], article: "第四十八条",
      params: { why: "the article sets a sign-off chain, no time limit" },
      text: "区人民政府常务会议、区人民政府区长办公会议、区人民政府专题会议应编印会议纪要,",
      zh: "常务会议、区长办公会议、专题会议编印会议纪要，按程序签发", en: "Minutes are kept for executive, mayor's office and topic meetings and signed off in order" },
    // 确需以区人民政府名义召开的: the government's own conferences; a department's (series `organizer: department`) are not asked for a plan here.
    { id: "conference.plan", kind: "deadline", check: "deadline.conference-plan", severity: "hard", meetingTypes: ["conference"], organizers: ["government"], article: "第四十九条",
      params: { lead: 10, unit: "calendar-days" },
      text: "确需以区人民政府名义召开的全区性会议,要减少数量,控制规模,严格审批,有关部门原则上提前10天上报会议方案,由区人民政府办公室审核提出意见后报区人民政府批准。",
      zh: "全区性会议提前10天上报会议方案", en: "A district-wide conference's plan is submitted 10 days ahead" },
    { id: "documents.comments", kind: "deadline", check: "info.not-plan-checkable", severity: "soft", article: "第二十九条",
      params: { why: "document handling, not a meeting, duty or agenda" },
      text: "部门之间征求意见或会签文件时,除主办部门另有时限要求外,一般应在3个工作日内回复;",
      zh: "部门之间征求意见一般在3个工作日内回复", en: "Inter-department comments within 3 working days" },
    { id: "documents.processing", kind: "deadline", check: "info.not-plan-checkable", severity: "soft", article: "第三十一条",
      params: { why: "document handling, not a meeting, duty or agenda" },
      text: "原则上,公文自收文之日起至处理完毕应不超过3个工作日,如事项较为复杂涉及面广,最多不超过5个工作日。",
      zh: "公文处理不超过3个工作日，复杂的最多5个工作日", en: "A document is handled within 3 working days, at most 5 when complex" },
    { id: "duty.daily-coverage", kind: "duty", check: "duty.daily-coverage", severity: "hard", duties: ["*"], article: "第五十七条",
      text: "区人民政府值班值守包括处置重要紧急情况的应急值守和处理日常工作事务的政务值班,实行工作日、双休日和节假日24小时政务总值班。",
      zh: "工作日、双休日和节假日24小时政务总值班", en: "24-hour government duty on working days, weekends and public holidays" },
    { id: "leave.request", kind: "deadline", check: "deadline.leave-request", severity: "soft", article: "第七十四条",
      params: { lead: 3, unit: "calendar-days", roles: ["department-head"] },
      text: "区人民政府各部门主要负责人离区出差(出访)、学习、休假,原则上提前3天按程序报区委、区人民政府报批备案。",
      zh: "部门主要负责人离区原则上提前3天报批", en: "Department heads request leave 3 days ahead" },
    { id: "event.invitation", kind: "deadline", check: "deadline.event-invitation", severity: "soft", article: "第七十五条",
      params: { lead: 7, unit: "calendar-days" },
      text: "区人民政府各部门邀请区人民政府领导参加的重要活动,原则上须提前7天报区人民政府办公室,由区人民政府办公室按规定程序办理。",
      zh: "邀请区领导参加重要活动须提前7天报办公室", en: "Invitations for district leaders reach the office 7 days ahead" },
    workingDayRule(TYPES),
  ]),
};
