import type { MeetingType, RuleProfileInput } from "@yishi/domain";
import { defineRules, workingDayRule, type RuleDraft, type SourceDocument } from "./define-rules.js";

/**
 * 北京市人民政府工作规则 (2005), 004 第一篇. Article numbers are split across
 * lines in the seed ("三" / "十九、…" is 三十九). Counts phrased 一般每月1至2次
 * are hard bounds: they define the meeting system. The 周一无会日 rule covers
 * city-wide conferences only — district profiles inherit it with that scope.
 */
export const BEIJING_DOC: SourceDocument = { jurisdiction: "北京市", source: "004_2447067072ebe0e4.txt" };
const TYPES: MeetingType[] = ["plenary", "executive", "mayor-office", "topic", "briefing", "conference"];

/**
 * 三十九 周一无会日, shared with the default profile (which widens its scope and
 * says why). The message names 全市性大会, what the article keeps off Mondays: a
 * bare "no meetings on Monday" contradicts 西城区's Monday executive meetings.
 */
const CITY_WIDE_MONDAY = { zh: "周一无会日，周一不安排全市性大会", en: "no city-wide conference (全市性大会) is held on a Monday (周一无会日)" };

export function beijingNoMondayRule(meetingTypes: MeetingType[], id = "conference.no-monday", widened = false): RuleDraft {
  const keeps = widened
    ? { zh: `${CITY_WIDE_MONDAY.zh}，本规则配置将其用于所有会议类型`, en: `${CITY_WIDE_MONDAY.en}, which this profile applies to every meeting type` }
    : CITY_WIDE_MONDAY;
  return {
    id,
    kind: "calendar",
    check: "calendar.no-weekday",
    severity: "hard",
    meetingTypes,
    params: { weekdays: [1], exceptConsecutiveDays: true, keeps },
    article: "三十九",
    text: "坚持周一无会日制度,除连续召开的会议外,周一不安排全市性大会;",
    zh: "周一无会日：除连续召开的会议外，周一不安排全市性大会",
    en: "No meeting on Mondays (周一无会日), except one continuing over consecutive days",
    from: BEIJING_DOC,
  };
}

export const beijingProfile: RuleProfileInput = {
  id: "北京市",
  name: { zh: "北京市人民政府工作规则", en: "Beijing municipal government working rules" },
  jurisdiction: "北京市",
  source: BEIJING_DOC.source,
  year: 2005,
  meetingTypes: TYPES,
  notes: [
    "Executive meeting 1–2 times a month (三十四), mayor's office meeting 2–3 times a month (三十五), plenary 1–2 times a year (三十三).",
    "周一无会日 (三十九) covers city-wide conferences (全市性大会) only; 西城区 and 房山区 inherit it with that scope.",
  ],
  rules: defineRules(BEIJING_DOC, [
    { id: "meeting-types", kind: "cadence", check: "info.not-plan-checkable", severity: "soft", meetingTypes: TYPES, article: "三十二",
      params: { why: "names the meeting types; each has its own rules below" },
      text: "市政府实行市政府全体会议、市政府常务会议和市长办公会议制度。",
      zh: "实行全体会议、常务会议和市长办公会议制度", en: "Meeting types: plenary, executive and mayor's office meetings" },
    // The seed prints "l至2次" with a letter l for the digit 1; quoted as printed.
    { id: "plenary.cadence", kind: "cadence", check: "cadence.per-year", severity: "hard", meetingTypes: ["plenary"], article: "三十三",
      params: { min: 1, max: 2 },
      text: "市政府全体会议一般每年召开l至2次。",
      zh: "全体会议一般每年召开1至2次", en: "The plenary meeting is held once or twice a year" },
    // 由市长召集和主持, and no one else named (contrast 常州市 四十二, 西城区 二十八): no stand-in.
    { id: "plenary.convener", kind: "attendance", check: "attendance.convener", severity: "hard", meetingTypes: ["plenary"], article: "三十三",
      params: { chairRoles: ["mayor"], delegateRoles: [], who: { zh: "市长", en: "the mayor" } },
      text: "市政府全体会议由市政府组成人员组成,由市长召集和主持。",
      zh: "全体会议由市长召集和主持", en: "The plenary meeting is convened and chaired by the mayor" },
    { id: "executive.convener", kind: "attendance", check: "attendance.convener", severity: "hard", meetingTypes: ["executive"], article: "三十四",
      params: { chairRoles: ["mayor"], delegateRoles: [], who: { zh: "市长", en: "the mayor" } },
      text: "市政府常务会议由市长、副市长、市政府秘书长组成,由市长召集和主持。",
      zh: "常务会议由市长召集和主持", en: "The executive meeting is convened and chaired by the mayor" },
    { id: "mayor-office.convener", kind: "attendance", check: "attendance.convener", severity: "hard", meetingTypes: ["mayor-office"], article: "三十五",
      params: { chairRoles: ["mayor"], delegateRoles: [], who: { zh: "市长", en: "the mayor" } },
      text: "市长办公会议由市长、副市长、市政府秘书长组成,由市长召集和主持。",
      zh: "市长办公会议由市长召集和主持", en: "The mayor's office meeting is convened and chaired by the mayor" },
    { id: "executive.cadence", kind: "cadence", check: "cadence.per-month", severity: "hard", meetingTypes: ["executive"], article: "三十四",
      params: { min: 1, max: 2 },
      text: "市政府常务会议一般每月召开1至2次。",
      zh: "常务会议一般每月召开1至2次", en: "The executive meeting is held once or twice a month" },
    { id: "mayor-office.cadence", kind: "cadence", check: "cadence.per-month", severity: "hard", meetingTypes: ["mayor-office"], article: "三十五",
      params: { min: 2, max: 3 },
      text: "市长办公会议一般每月召开2至3次。",
      zh: "市长办公会议一般每月召开2至3次", en: "The mayor's office meeting is held two or three times a month" },
    { id: "topic.cadence", kind: "cadence", check: "cadence.as-needed", severity: "soft", meetingTypes: ["topic", "briefing"], article: "三十六",
      text: "根据工作需要,市政府可召开专题会议研究决定某一方面工作;可召开市长碰头会议沟通情况、部署工作。",
      zh: "根据工作需要召开专题会议、市长碰头会议", en: "Topic meetings and mayor's briefing meetings are held when needed" },
    { id: "agenda.coordination", kind: "agenda", check: "info.not-plan-checkable", severity: "soft", meetingTypes: ["plenary", "executive", "mayor-office"], article: "三十七",
      params: { why: "how an item is coordinated and agreed; the spec records only the result" },
      text: "提请市政府会议讨论的议题,由分管副市长协调并审核后提出,报常务副市长并市长同意。",
      zh: "议题由分管副市长协调审核后提出，报常务副市长并市长同意", en: "Items are coordinated by the responsible deputy mayor and agreed by the executive deputy and the mayor" },
    { id: "agenda.materials-in-advance", kind: "deadline", check: "info.not-plan-checkable", severity: "soft", meetingTypes: ["plenary", "executive", "mayor-office"], article: "三十七",
      params: { why: "\"in advance\" without a number of days" },
      text: "会议组织工作由市政府办公厅负责,议题和会议材料应提前送达与会人员。",
      zh: "议题和会议材料应提前送达与会人员", en: "Items and materials reach the attendees in advance" },
    // 报送市政府前: the review is done by the day the item is filed. The district profiles replace it (same id) with their own article.
    { id: "agenda.legal-review-before-filing", kind: "agenda", check: "agenda.legal-review", severity: "hard", meetingTypes: ["plenary", "executive", "mayor-office"], article: "二十三",
      params: { categories: ["normative-document"], before: "filing" },
      text: "各部门提请市政府决策的涉及法律的事项、以市政府或市政府办公厅名义制发的规范性文件,报送市政府前应当经过法律论证和法制部门合法性审查。",
      zh: "规范性文件报送市政府前经法制部门合法性审查", en: "A normative document passes the legal office's review before it is filed with the government" },
    beijingNoMondayRule(["conference"]),
    { id: "attendance.leave", kind: "attendance", check: "attendance.leave-approved", severity: "hard", meetingTypes: ["plenary", "executive", "mayor-office"], article: "四十一",
      params: { substituteNeedsApproval: true, askedBeforeMeetingDay: true, approver: { zh: "市政府秘书长", en: "the secretary-general (市政府秘书长)" } },
      text: "不能出席市政府会议的,应提前向市政府秘书长请假,未经同意不得由他人代替出席会议。",
      zh: "不能出席的提前请假，未经同意不得由他人代替出席", en: "Absentees ask for leave in advance; no stand-in without consent" },
    workingDayRule(TYPES),
  ]),
};
