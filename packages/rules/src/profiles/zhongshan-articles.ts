import { needsFact, type CheckableArticles } from "./checkable-article.js";

/** 002 六盘水市钟山区人民政府工作规则 (2022): every article a plan could break. */
export const ZHONGSHAN_ARTICLES: CheckableArticles = {
  jurisdiction: "钟山区",
  articles: [
    {
      article: "第十七条",
      asks: { zh: "规范性文件经评估论证、公开征求意见、合法性审查后集体决议决定", en: "a normative document is assessed, put to public comment and reviewed for legality before the collective decision" },
      // Legal review is 第十八条's rule (executive.legal-review-documents); the collective decision is the meeting itself;
      // publication and filing with the congress's standing committee come after it, outside any plan.
    },
    { article: "第十八条", asks: { zh: "规范性文件草案送常务会议审议前经合法性审查", en: "a normative document's draft passes legal review before the executive meeting" } },
    { article: "第二十条", asks: { zh: "重大决策先经合法性审查再集体讨论决定", en: "a major decision passes legal review before collective discussion" } },
    { article: "第三十九条", asks: { zh: "全体会议由区长召集和主持", en: "the mayor convenes and chairs the plenary meeting" } },
    { article: "第四十条", asks: { zh: "常务会议每2周一次；过半数到会；区长或受委托的副区长召集和主持", en: "the executive meeting every two weeks, more than half present, convened by the mayor or a designated deputy" } },
    { article: "第四十条(五)", asks: { zh: "新增政府性投资项目报常务会议研究", en: "new government investment projects go to the executive meeting" } },
    { article: "第四十条(六)", asks: { zh: "使用200万元以上财政存量资金由常务会议研究", en: "2,000,000 yuan or more of existing funds goes to the executive meeting" } },
    {
      article: "第四十一条",
      asks: { zh: "区长办公会议由区长或受委托的副区长召集和主持，根据需要适时召开", en: "the mayor's office meeting is convened by the mayor or a designated deputy, when needed" },
    },
    {
      article: "第四十二条",
      asks: { zh: "专题会议7个工作日内研究请示；由区领导或其委托的办公室主任、副主任召集和主持", en: "a topic meeting studies a request within 7 working days; convened by a district leader or the office director or deputy director they designate" },
      gap: needsFact("办公室副主任的身份（没有对应的角色），故任何受委托的代为主持者都接受", "who is the office's deputy director (no role names one), so any designated stand-in is accepted"),
    },
    { article: "第四十二条(五)", asks: { zh: "重要文件、重要活动、重要事项、大额资金、招商协议、投资项目先经专题会议", en: "important documents, activities and matters, large funds, investment agreements and projects pass a topic meeting first" } },
    { article: "第四十三条", asks: { zh: "议题及材料提前报区政府办公室", en: "items and their materials reach the office ahead of the meeting" } },
    {
      article: "第四十四条",
      asks: { zh: "议题涉及其他部门的事先征求意见，必要时合法性审查，涉及稳定的做风险评估", en: "items that concern other departments are consulted on first, legally reviewed where needed, risk-assessed where stability is at stake" },
      notEncoded: needsFact("议题涉及哪些部门、是否涉及重大公共利益或社会稳定", "which departments an item concerns, and whether it touches major public interests or social stability"),
    },
    { article: "第四十五条", asks: { zh: "常务会议每次议题不超过15个，超过须经区长同意", en: "at most 15 items per executive meeting, more with the mayor's approval" } },
    { article: "第四十六条", asks: { zh: "专题会议、部门、领导小组能决定的及未按报批程序的事项不列入议事决策会议", en: "what a topic meeting, a department or a leading group can decide, or what skipped approval, is not listed" } },
    { article: "第四十七条", asks: { zh: "缺席须向召集人请假；代会人员经召集人同意", en: "absentees ask the convener for leave; a stand-in needs the convener's approval" } },
    {
      article: "第四十八条",
      asks: { zh: "会议纪要的签发", en: "who signs the minutes" },
      notEncoded: needsFact("纪要由谁审核、签发（计划只记录印发日期）", "who reviewed and signed the minutes (a plan records only the day they were issued)"),
    },
    {
      article: "第四十九条",
      asks: { zh: "以区政府名义召开的全区性会议提前10天上报会议方案；部门的会议不以区政府名义召开", en: "a conference in the government's name has its plan in 10 days ahead; a department's is not held in the government's name" },
      gap: needsFact("哪些会议“应由部门召开”", "which conferences a department should have held itself"),
    },
    { article: "第五十七条", asks: { zh: "工作日、双休日和节假日24小时政务总值班", en: "24-hour government duty every day" } },
    { article: "第七十四条", asks: { zh: "部门主要负责人离区提前3天报批", en: "department heads ask for leave 3 days ahead" } },
    { article: "第七十五条", asks: { zh: "邀请区领导参加重要活动提前7天报办公室", en: "invitations for district leaders reach the office 7 days ahead" } },
  ],
};
