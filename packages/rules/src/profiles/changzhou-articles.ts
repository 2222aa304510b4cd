import { needsFact, type CheckableArticles } from "./checkable-article.js";

/** 001 常州市人民政府工作规则 (2017): every article a plan could break. */
export const CHANGZHOU_ARTICLES: CheckableArticles = {
  jurisdiction: "常州市",
  articles: [
    {
      article: "十八",
      asks: { zh: "重大改革、重大投资项目、规章和规范性文件等由常务会议讨论决定", en: "major reforms, major investment projects, rules and normative documents are decided by the executive meeting" },
      gap: needsFact("规划、计划、预算、资源配置和国有资产处置没有对应的议题类别", "plans, budgets, resource allocation and state-asset disposal have no item category of their own"),
    },
    {
      article: "十九",
      asks: { zh: "重大决策建议经论证，涉及部门的充分协商，涉及辖市区的事先征求意见", en: "major proposals are assessed, agreed with the departments concerned, put to the districts first" },
      notEncoded: needsFact("议题涉及哪些部门、辖市区或公共利益", "which departments, districts or public interests an item concerns"),
    },
    {
      article: "二十三",
      asks: { zh: "提请讨论的规章、规范性文件草案由法制部门合法性审查", en: "rules and normative documents put to the meeting are reviewed for legality by the legal office" },
      gap: needsFact("文件是否由法制部门自己起草（起草的无需再审查；可把起草完成日记为一次合法性审查）", "whether the legal office drafted the document itself (then no review is asked; record the draft's date as a legal review)"),
    },
    { article: "四十一", asks: { zh: "全体会议原则上每半年一次", en: "the plenary meeting every half year" } },
    { article: "四十二", asks: { zh: "常务会议每月底一次；市长召集，外出时委托常务副市长", en: "the executive meeting at each month's end, convened by the mayor, by the executive deputy while the mayor is away" } },
    {
      article: "四十三",
      asks: { zh: "市长办公会议每月初一次，由市长或委托副市长召集并主持", en: "the mayor's office meeting at each month's start, convened by the mayor or a deputy the mayor designates" },
    },
    {
      article: "四十四",
      asks: { zh: "专题会议由市长、副市长或其委托的秘书长、副秘书长召开", en: "topic meetings are held by the mayor, a deputy, or the secretary-general or a deputy one they designate" },
      gap: needsFact("副秘书长的身份（没有对应的角色），故任何受委托的代为召开者都接受", "who is a deputy secretary-general (no role names one), so any designated stand-in is accepted"),
    },
    {
      article: "四十六",
      asks: { zh: "部门召开的全市性工作会议每年不超过一次，年初报计划", en: "a department's city-wide conference at most once a year, planned at the start of the year" },
      gap: needsFact("按部门而非按会议系列计数（系列的 organizer 只说是否为部门召开）；年初报送的会议计划", "counting by department rather than by series (a series' organizer says only that a department holds it); the plan filed at the start of the year"),
    },
    { article: "四十七", asks: { zh: "全局性会议不超过2小时、其他1.5小时；交流发言不超过5人各10分钟；部门汇报不超过10分钟", en: "overall meetings 2 hours, others 1.5; at most 5 speeches of 10 minutes; reports 10 minutes" } },
    { article: "四十八", asks: { zh: "不能出席的请假，获准后方可安排其他负责同志参加", en: "absentees ask for leave; only then may another attend in their place" } },
  ],
};
