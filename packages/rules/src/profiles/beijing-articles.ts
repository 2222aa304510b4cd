import { needsFact, type CheckableArticles } from "./checkable-article.js";

/** 004 第一篇 北京市人民政府工作规则 (2005): every article a plan could break. */
export const BEIJING_ARTICLES: CheckableArticles = {
  jurisdiction: "北京市",
  articles: [
    {
      article: "十七",
      asks: { zh: "重大决策由全体会议、常务会议或市长办公会议讨论决定", en: "major decisions are made by the plenary, executive or mayor's office meeting" },
      notEncoded: { zh: "三种会议都可决定，只排除专题会议等，规格无法区分议题是否属于重大决策", en: "any of the three meetings may decide; the spec cannot tell a major decision from other items" },
    },
    {
      article: "十八",
      asks: { zh: "重大决策建议经论证或法律分析，涉及部门的充分协商", en: "major proposals are assessed or legally analysed and agreed with the departments concerned" },
      notEncoded: needsFact("议题涉及哪些部门、区县或群众切身利益", "which departments, districts or public interests an item concerns"),
    },
    {
      article: "二十三",
      asks: { zh: "涉及法律的事项、规范性文件报送市政府前经法制部门合法性审查", en: "legal matters and normative documents pass the legal office's review before they go to the government" },
      gap: needsFact("哪些议题是“涉及法律的事项”（没有对应的类别）", "which items are matters of law (no category says so)"),
    },
    {
      article: "三十三",
      asks: { zh: "全体会议由市长召集和主持，一般每年1至2次", en: "the mayor convenes the plenary meeting, once or twice a year" },
    },
    {
      article: "三十四",
      asks: { zh: "常务会议由市长召集和主持，一般每月1至2次", en: "the mayor convenes the executive meeting, once or twice a month" },
    },
    {
      article: "三十五",
      asks: { zh: "市长办公会议由市长召集和主持，一般每月2至3次", en: "the mayor convenes the mayor's office meeting, two or three times a month" },
    },
    { article: "三十六", asks: { zh: "根据工作需要召开专题会议、市长碰头会议", en: "topic and briefing meetings when needed" } },
    {
      article: "三十七",
      asks: { zh: "议题由分管副市长协调审核后提出；议题和材料提前送达与会人员", en: "items come through the responsible deputy mayor; items and materials reach the attendees in advance" },
      notEncoded: needsFact("材料送达与会人员的日期（规格只有报送办公室的 materialsOn）", "the day materials reached the attendees (the spec has only materialsOn, the day they reached the office)"),
    },
    {
      article: "三十九",
      asks: { zh: "周一不安排全市性大会（连续召开的除外）；部门的全市性会议不以市政府名义召开", en: "no city-wide conference on a Monday unless it runs over consecutive days; a department's is not held in the government's name" },
      gap: needsFact("哪些会议“应由部门召开”，以及区县政府主要负责人是否受邀", "which conferences a department should have held itself, and whether district heads were invited"),
    },
    { article: "四十一", asks: { zh: "不能出席的提前请假，未经同意不得由他人代替出席", en: "absentees ask for leave in advance; no stand-in without consent" } },
  ],
};
