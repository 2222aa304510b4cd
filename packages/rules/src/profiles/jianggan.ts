import type { MeetingType, Role, RuleProfileInput } from "@yishi/domain";
import { defineRules, workingDayRule, type SourceDocument } from "./define-rules.js";

/** 杭州市江干区人民政府工作规则 (2017). The text ends inside 第三十五条: no executive cadence survives. */
const DOC: SourceDocument = { jurisdiction: "江干区", source: "000_be9fbcac7a034c1d.txt" };
const TYPES: MeetingType[] = ["plenary", "executive", "mayor-office", "topic"];
const CONVENER = "会议由区长或区长委托常务副区长召集和主持。";
const CONVENER_PARAMS: { chairRoles: Role[]; delegateRoles: Role[]; who: { zh: string; en: string } } = {
  chairRoles: ["mayor"],
  delegateRoles: ["executive-deputy"],
  who: { zh: "区长或区长委托的常务副区长", en: "the mayor or the executive deputy the mayor designates" },
};

export const jiangganProfile: RuleProfileInput = {
  id: "江干区",
  name: { zh: "杭州市江干区人民政府工作规则", en: "Jianggan District (Hangzhou) working rules" },
  jurisdiction: "江干区",
  source: DOC.source,
  year: 2017,
  meetingTypes: TYPES,
  notes: [
    "The source text ends inside 第三十五条: there is no executive-meeting cadence to encode; add one in your spec if you need it.",
    "Plenary at least once a year (第三十四条), no maximum.",
  ],
  rules: defineRules(DOC, [
    { id: "meeting-types", kind: "cadence", check: "info.not-plan-checkable", severity: "soft", meetingTypes: TYPES, article: "第三十三条",
      params: { why: "names the meeting types; each has its own rules below" },
      text: "区政府实行区政府全体会议、区政府常务会议、区长办公会议和区政府专题会议制度。",
      zh: "实行全体会议、常务会议、区长办公会议和专题会议制度", en: "Meeting types: plenary, executive, mayor's office and topic meetings" },
    // 由区法制办审查或组织起草: a review before the meeting; a document the legal office drafted records its draft as the review.
    { id: "agenda.legal-review", kind: "agenda", check: "agenda.legal-review", severity: "hard", meetingTypes: TYPES, article: "第二十一条",
      params: { categories: ["normative-document"], lead: 0 },
      text: "提请区政府讨论的政府规范性文件由区法制办审查或组织起草,",
      zh: "提请讨论的规范性文件由区法制办审查", en: "A normative document put to the government is reviewed by the legal office before the meeting" },
    { id: "plenary.cadence", kind: "cadence", check: "cadence.per-year", severity: "hard", meetingTypes: ["plenary"], article: "第三十四条",
      params: { min: 1 },
      text: "区政府全体会议一般每年至少召开一次。",
      zh: "全体会议一般每年至少召开一次", en: "The plenary meeting is held at least once a year" },
    { id: "plenary.convener", kind: "attendance", check: "attendance.convener", severity: "hard", meetingTypes: ["plenary"], article: "第三十四条",
      params: CONVENER_PARAMS,
      text: CONVENER, zh: "全体会议由区长或区长委托常务副区长召集和主持", en: "The plenary meeting is convened by the mayor or the executive deputy he designates" },
    { id: "executive.convener", kind: "attendance", check: "attendance.convener", severity: "hard", meetingTypes: ["executive"], article: "第三十五条",
      params: CONVENER_PARAMS,
      text: CONVENER, zh: "常务会议由区长或区长委托常务副区长召集和主持", en: "The executive meeting is convened by the mayor or the executive deputy he designates" },
    { id: "executive.members", kind: "attendance", check: "info.not-plan-checkable", severity: "soft", meetingTypes: ["executive"], article: "第三十五条",
      params: { why: "membership is the spec's body; the article ends before any frequency" },
      text: "区政府常务会议由区长、副区长组成,",
      zh: "常务会议由区长、副区长组成，有关负责人列席", en: "Executive members: mayor and deputy mayors, with listed permanent attendees" },
    workingDayRule(TYPES),
  ]),
};
