import type { MeetingType, RuleProfileInput } from "@yishi/domain";
import { defineRules, workingDayRule, type SourceDocument } from "./define-rules.js";

/**
 * 北京市房山区人民政府工作规则(修订) (2018), 004 第三篇. Extends 北京市 (same-id
 * rules replace the city's; the rest, e.g. 三十九 no-Monday for conferences, are
 * inherited with their scope). The agenda exclusions of 第四十四条(五) and the
 * leave rule are hard; "一般只安排1位" for events is a soft limit.
 */
const DOC: SourceDocument = { jurisdiction: "房山区", source: "004_2447067072ebe0e4.txt" };
const TYPES: MeetingType[] = ["plenary", "executive", "topic", "briefing", "conference"];
const DECISION: MeetingType[] = ["plenary", "executive", "topic"];
const info = { check: "info.not-plan-checkable", severity: "soft" } as const;

export const fangshanProfile: RuleProfileInput = {
  id: "房山区",
  name: { zh: "北京市房山区人民政府工作规则（修订）", en: "Fangshan District (Beijing) working rules (revised)" },
  jurisdiction: "房山区",
  extends: "北京市",
  source: DOC.source,
  year: 2018,
  meetingTypes: TYPES,
  notes: [
    "Every two weeks is read as 10 to 18 days apart (toleranceDays 4): the profile's reading, the article gives no number; a spec overrides it.",
    "Plenary once a year (第四十条); executive meeting every two weeks (第四十一条); the mayor's topic meeting every two weeks (第四十二条).",
    "Topic meetings (第四十二条): those the mayor chairs (the series' body's convener is the mayor) every two weeks, hard like the executive meeting; a deputy mayor's as needed. A planner that reads a series without the spec's bodies plans every topic series every two weeks.",
    "房山区 has no mayor's office meeting (第三十九条); 北京市 三十五 stays inherited for that type and applies only if a spec plans one.",
    "Agenda lead time: 5 working days (第五十九条), not a week as in 西城区 and 依安县.",
  ],
  rules: defineRules(DOC, [
    { id: "meeting-types", kind: "cadence", ...info, meetingTypes: TYPES, article: "第三十九条",
      params: { why: "names the meeting types; each has its own rules below" },
      text: "区政府实行区政府全体会议、区政府常务会议、区政府专题会议等会议制度。",
      zh: "实行全体会议、常务会议、专题会议等会议制度", en: "Meeting types: plenary, executive and topic meetings" },
    // 每年召开1次 counts the regular session; an extra one (必要时随时召开) is marked `extra` and not counted.
    { id: "plenary.cadence", kind: "cadence", check: "cadence.per-year", severity: "hard", meetingTypes: ["plenary"], article: "第四十条",
      params: { min: 1, max: 1, extraSessions: { article: "第四十条", text: "必要时随时召开" } },
      text: "区政府全体会议一般每年召开1次,必要时随时召开。",
      zh: "全体会议一般每年召开1次", en: "The plenary meeting is held once a year" },
    // Replaces 北京市 二十三 (same id): 报送区政府前, done by the day the item is filed.
    { id: "agenda.legal-review-before-filing", kind: "agenda", check: "agenda.legal-review", severity: "hard", meetingTypes: DECISION, article: "第十六条",
      params: { categories: ["normative-document", "investment-agreement"], before: "filing" },
      text: "区政府各部门提请区政府审议重大合同、合作协议等重要事项,以及提请以区政府或区政府办公室名义制发的规范性文件,应当附具本部门法制机构的内部合法性审查意见,报送区政府前应当经过区政府法制办合法性审查,",
      zh: "合作协议、规范性文件报送区政府前经区政府法制办合法性审查", en: "Agreements and normative documents pass the legal office's review before they are filed with the government" },
    // 在报请区政府常务会议讨论决策前…未按要求完成上述工作之前,不得报请区政府会议讨论作出决策: before the item is filed.
    { id: "agenda.legal-review-decisions", kind: "agenda", check: "agenda.legal-review", severity: "hard", meetingTypes: DECISION, article: "第二十一条",
      params: { categories: ["major-reform", "investment-project", "large-fund"], before: "filing" },
      text: "在报请区政府常务会议讨论决策前,应当按照《北京市房山区人民政府关于印发进一步规范重大行政决策程序意见(试行)的通知》(房政发〔2012〕16号)要求,提前做好公众参与、专家论证、风险评估、本单位法制机构合法性审查、领导班子集体讨论通过、报区政府法制办合法性审查等相关工作,并书面向主管副区长汇报。未按要求完成上述工作之前,不得报请区政府会议讨论作出决策。",
      zh: "重大决策事项报请会议讨论前完成合法性审查", en: "A major decision is legally reviewed before it is filed for a meeting" },
    { id: "plenary.convener", kind: "attendance", check: "attendance.convener", severity: "hard", meetingTypes: ["plenary"], article: "第四十条",
      params: { chairRoles: ["mayor"], delegateRoles: [], who: { zh: "区长", en: "the mayor" } },
      text: "区政府全体会议由区长、副区长和区政府各部门主要负责人组成,由区长主持。",
      zh: "全体会议由区长主持", en: "The plenary meeting is chaired by the mayor" },
    { id: "executive.cadence", kind: "cadence", check: "cadence.every-n-weeks", severity: "hard", meetingTypes: ["executive"], article: "第四十一条",
      params: { weeks: 2, toleranceDays: 4, extraSessions: { article: "第四十一条", text: "必要时随时召开" } },
      text: "区政府常务会议一般每两周召开1次,必要时随时召开。",
      zh: "常务会议一般每两周召开1次", en: "The executive meeting is held every two weeks" },
    { id: "executive.convener", kind: "attendance", check: "attendance.convener", severity: "hard", meetingTypes: ["executive"], article: "第四十一条",
      params: { chairRoles: ["mayor"], delegateRoles: ["executive-deputy"], who: { zh: "区长或者区长委托的常务副区长", en: "the mayor or the executive deputy the mayor designates" } },
      text: "区政府常务会议由区长、副区长组成,由区长或者委托常务副区长主持。",
      zh: "常务会议由区长或者委托常务副区长主持", en: "The executive meeting is chaired by the mayor or the executive deputy mayor the mayor designates" },
    // 区长主持召开的: only the series the mayor convenes; a deputy's are held as needed (below).
    { id: "topic.cadence", kind: "cadence", check: "cadence.every-n-weeks", severity: "hard", meetingTypes: ["topic"], chairRoles: ["mayor"], article: "第四十二条",
      params: { weeks: 2, toleranceDays: 4, extraSessions: { article: "第四十二条", text: "必要时随时召开" } },
      text: "区长主持召开的区政府专题会议一般每两周一次,必要时随时召开,",
      zh: "区长主持的专题会议一般每两周一次", en: "The mayor's topic meeting is held every two weeks" },
    { id: "topic.deputies-cadence", kind: "cadence", check: "cadence.as-needed", severity: "soft", meetingTypes: ["topic"], chairRoles: ["executive-deputy", "deputy"], article: "第四十二条",
      text: "副区长可根据工作需要,不定期召开专题会议,",
      zh: "副区长根据工作需要不定期召开专题会议", en: "A deputy mayor holds topic meetings when needed" },
    { id: "agenda.filing", kind: "agenda", ...info, meetingTypes: DECISION, article: "第四十四条(一)",
      params: { why: "the filing path (unit → deputy mayor → mayor); the lead time is 第五十九条" },
      text: "提请区政府会议讨论的议题,提请单位正式行文报区政府,由分管副区长协调并审核后提出,报区长确定。",
      zh: "议题正式行文报区政府，分管副区长审核，区长确定", en: "An item is formally filed, checked by the responsible deputy mayor, fixed by the mayor" },
    { id: "agenda.legal-review", kind: "agenda", check: "agenda.legal-review", severity: "hard", meetingTypes: DECISION, article: "第四十四条(二)",
      params: { categories: ["normative-document"], lead: 0, unit: "calendar-days" },
      text: "提请会议研究的行政规范性文件,应由起草单位召集相关部门进行协调,区政府法制办参与并依照相关规定提前进行合法性审查,经分管副区长把关后,方可列入议题。",
      zh: "行政规范性文件须先经合法性审查方可列入议题", en: "Normative documents pass legal review before they are listed" },
    // (4) no agreement and (5) ad-hoc motions are items whose procedure is incomplete.
    { id: "agenda.not-listable", kind: "agenda", check: "agenda.not-listable", severity: "hard", meetingTypes: DECISION, article: "第四十四条(五)",
      params: { decidableBy: ["department", "consultation", "leader"], requireProcedure: true, excludeWorkReports: true },
      text: "有下列情形之一的,不列入会议研究议题: 1.区政府部门工作职权内能自行安排解决的; 2.区政府有关部门协商能够解决的; 3.分管副区长在分工范围内能研究决定的; 4.部门之间未形成一致意见或未经协调和充分讨论的; 5.会前未征得会议主持人同意而临时动议的;",
      zh: "部门能解决、协商能解决、副区长能决定、未协调一致、临时动议及一般性工作汇报不列入议题", en: "Items a department, consultation or a deputy mayor can settle, unagreed items, ad-hoc motions and ordinary work reports are not listed" },
    { id: "agenda.sponsor-attends", kind: "agenda", check: "agenda.sponsor-attends", severity: "hard", meetingTypes: DECISION, article: "第四十四条(五)(6)",
      params: { leader: true, unitHead: true },
      text: "6.内容涉及相关分管副区长,或议题提请单位主要领导不能出席会议的;",
      zh: "分管副区长或提请单位主要领导不能出席的议题不列入", en: "An item is not listed when its deputy mayor or the submitting unit's head cannot attend" },
    { id: "attendance.leave", kind: "attendance", check: "attendance.leave-approved", severity: "hard", meetingTypes: DECISION, article: "第四十六条",
      // 由区政府办公室汇总后向区长报告,准假后方可委派: the mayor grants the leave that lets a deputy attend.
      params: { substituteNeedsApproval: true, askedBeforeMeetingDay: true, approver: { zh: "区长", en: "the mayor (区长)" } },
      text: "因参加市级以上会议、区内重大活动,以及出国、出差、生病、休假等原因不能出席区政府会议的,应提前向区政府书面请假,由区政府办公室汇总后向区长报告,准假后方可委派分管副职参加会议,",
      zh: "不能出席的提前书面请假，准假后方可委派副职参会", en: "Absentees apply in writing in advance; a deputy attends only once leave is granted" },
    { id: "decisions.explained", kind: "deadline", ...info, article: "第五十一条",
      params: { why: "public explanation after the meeting, outside the plan" },
      text: "除依法应当保密的外,要在3个工作日内向社会进行公开解读。",
      zh: "重大决策事项3个工作日内公开解读", en: "Major decisions are publicly explained within 3 working days" },
    { id: "item-filing", kind: "deadline", check: "deadline.item-filing", severity: "hard", meetingTypes: DECISION, article: "第五十九条",
      params: { lead: 5, unit: "working-days" },
      text: "需要区政府制发文件、提请区政府会议研究等涉及重大事项的请示性公文,应提前5个工作日报至区政府办公室。",
      zh: "提请会议研究的请示提前5个工作日报办公室", en: "Requests that need a meeting reach the office at least 5 working days ahead" },
    { id: "press.response", kind: "deadline", ...info, article: "第二十八条",
      params: { why: "press work, not the plan" },
      text: "对涉及特别重大、重大突发事件的政务舆情,最迟要在5小时内发布权威信息,在24小时内举行新闻发布会。",
      zh: "重大舆情5小时内发布权威信息，24小时内举行发布会", en: "Major incidents: authoritative information within 5 hours, press conference within 24 hours" },
    { id: "event.leaders", kind: "attendance", check: "attendance.event-leaders", severity: "soft", article: "第六十一条",
      params: { min: 1, max: 1 },
      text: "经批准的重要会议或活动,一般只安排1位区政府领导出席。",
      zh: "经批准的重要会议或活动一般只安排1位区领导出席", en: "An approved event gets one district leader" },
    { id: "research", kind: "recurring-duty", ...info, article: "第七十条",
      params: { why: "research time and reports, not dated duties" },
      text: "全年蹲点调研时间累计不少于1周。",
      zh: "全年蹲点调研不少于1周，每年至少1篇调研报告", en: "At least one week a year of on-site research and one report" },
    { id: "duty.staff", kind: "duty", ...info, duties: ["*"], article: "第七十一条",
      params: { why: "who may keep duty: the spec's duty pools say it" },
      text: "区政府值班人员由区领导及区政府办公室各位主任和工作人员组成。",
      zh: "值班人员由区领导及办公室主任和工作人员组成", en: "Duty is kept by district leaders, office directors and office staff" },
    // The 带班区领导 the staff turn to (第七十三条) keeps duty in the office: one every day.
    { id: "duty.leader-on-duty", kind: "duty", check: "duty.leader-on-duty", severity: "hard", duties: ["*"], article: "第七十四条",
      text: "带班区领导原则上应在办公室值班,",
      zh: "每天有带班区领导在办公室值班", en: "A district leader on duty (带班领导) keeps duty in the office every day" },
    { id: "duty.roster", kind: "duty", ...info, duties: ["*"], article: "第七十二条",
      params: { why: "who draws up the roster; the plan is that roster" },
      text: "区政府值班表由区政府办公室统一安排,并由办公室主任进行审核。",
      zh: "值班表由办公室统一安排，主任审核", en: "The duty roster is drawn up by the office and reviewed by its director" },
    // 坚守岗位: every post of the roster is manned every day.
    { id: "duty.daily-coverage", kind: "duty", check: "duty.daily-coverage", severity: "hard", duties: ["*"], article: "第七十三条",
      text: "区政府值班人员必须坚守岗位,及时处理遇到的情况和问题,",
      zh: "值班人员必须坚守岗位：每天每个值班岗位有人", en: "Duty staff keep their posts: every post is filled every day" },
    { id: "duty.available", kind: "duty", check: "duty.available", severity: "hard", duties: ["*"], article: "第七十四条",
      text: "因故不能正常值班的,可与其他区领导调换,并通知区政府办公室。",
      zh: "带班领导保持联系；不能值班的与其他区领导调换", en: "A leader who cannot serve swaps with another leader and tells the office" },
    // 应由各部门召开: the spec's series says so (organizer: department); whether a conference should have been a
    // department's, and the mayor's approval of the government's own (以区政府名义召开的会议须经区长批准), it cannot state.
    { id: "conference.mayor-invitation", kind: "attendance", check: "attendance.not-invited", severity: "hard", meetingTypes: ["conference"], organizers: ["department"], article: "第四十八条",
      params: { roles: ["mayor"], who: { zh: "区长", en: "the mayor" } },
      text: "应由各部门召开的全区性会议,不得以区政府或区政府办公室名义召开,不得邀请区长出席,确需邀请的须报区政府批准。",
      zh: "部门召开的全区性会议不邀请区长出席，确需邀请的报区政府批准", en: "A department's district-wide conference does not invite the mayor unless the government approves" },
    workingDayRule(TYPES),
  ]),
};
