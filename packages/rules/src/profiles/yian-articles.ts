import { needsFact, type CheckableArticles } from "./checkable-article.js";

/** 003 依安县人民政府工作规则 (2017): every article a plan could break. */
export const YIAN_ARTICLES: CheckableArticles = {
  jurisdiction: "依安县",
  articles: [
    {
      article: "第十七条",
      asks: { zh: "计划、预算、重大政策措施、重大项目、重大资金、规范性文件由全体会议或常务会议决定", en: "plans, budgets, major policies, projects and funds and normative documents are decided by the plenary or executive meeting" },
      gap: needsFact("发展计划、财政预算、资源配置和议案没有对应的议题类别", "development plans, budgets, resource allocation and motions have no item category of their own"),
    },
    {
      article: "第十八条",
      asks: { zh: "重大决策建议经专家论证，涉及部门的充分协商，涉及群众利益的公示或听证", en: "major proposals are assessed by experts, agreed with the departments concerned, put to public notice or hearing" },
      notEncoded: needsFact("议题涉及哪些部门、乡镇或群众切身利益", "which departments, townships or public interests an item concerns"),
    },
    {
      article: "第二十三条",
      asks: { zh: "规范性文件由县政府法制部门组织起草或进行审查", en: "normative documents are drafted or reviewed by the county's legal office" },
      gap: needsFact("文件是否由法制部门自己起草（起草的无需再审查；可把起草完成日记为一次合法性审查）", "whether the legal office drafted the document itself (then no review is asked; record the draft's date as a legal review)"),
    },
    {
      article: "第四十五条",
      asks: { zh: "全体会议由县长召集和主持，一般每半年一次", en: "the county mayor convenes the plenary meeting, about every half year" },
    },
    { article: "第四十六条", asks: { zh: "常务会议每两周一次；半数以上到会；县长或委托常务副县长召集", en: "the executive meeting every two weeks, half present, convened by the county mayor or the executive deputy" } },
    {
      article: "第四十七条",
      asks: { zh: "县长办公会议由县长或委托分管常务工作的副县长召集和主持，不定期召开", en: "the county mayor's office meeting is convened by the mayor or the executive deputy, when needed" },
    },
    {
      article: "第四十八条",
      asks: { zh: "专题会议由县长、副县长主持；协调会议由副县长、办公室主任主持", en: "topic meetings are chaired by the county mayor or a deputy; coordination meetings by a deputy or the office director" },
    },
    { article: "第四十九条(一)(二)", asks: { zh: "领导成员能独立处理的、部门职权内的问题不提交例会", en: "what a leader or a department can decide is not listed at a regular meeting" } },
    { article: "第四十九条(三)", asks: { zh: "会签即能解决的问题不安排会议讨论", en: "what countersigning settles is discussed at no meeting" } },
    { article: "第四十九条", asks: { zh: "材料会前一周送交办公室", en: "materials reach the office a week before" } },
    { article: "第五十条", asks: { zh: "不能出席的向县长请假", en: "absentees ask the county mayor for leave" } },
    { article: "第五十五条", asks: { zh: "会议召开前一周向县政府报告；会期一般不超过半天", en: "a conference is reported a week ahead; a meeting lasts at most half a day" } },
    { article: "第七十二条", asks: { zh: "学习讲座一般三个月一次", en: "a study lecture about every three months" } },
  ],
};
