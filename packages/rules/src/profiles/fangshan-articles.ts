import { needsFact, type CheckableArticles } from "./checkable-article.js";

/** 004 第三篇 北京市房山区人民政府工作规则（修订） (2018): every article a plan could break. */
export const FANGSHAN_ARTICLES: CheckableArticles = {
  jurisdiction: "房山区",
  articles: [
    {
      article: "第五条",
      asks: { zh: "区长召集和主持全体会议和常务会议", en: "the mayor convenes and chairs the plenary and executive meetings" },
      notEncoded: { zh: "与第四十条、第四十一条相同，按它们检查", en: "the same as 第四十条 and 第四十一条, which judge it" },
    },
    {
      article: "第十六条",
      asks: { zh: "重大合同、合作协议、规范性文件报送区政府前经区政府法制办合法性审查", en: "major contracts, agreements and normative documents pass the legal office's review before they go to the government" },
      gap: needsFact("哪些议题是重大合同（没有对应的类别），以及本部门法制机构的内部审查意见", "which items are major contracts (no category says so), and the department's own internal review"),
    },
    {
      article: "第二十条",
      asks: { zh: "重大行政决策由常务会或专题会议讨论决定", en: "major administrative decisions are made by the executive or a topic meeting" },
      notEncoded: { zh: "第四十条(三)也让全体会议讨论决定重大事项，房山区又没有区长办公会议：条文没有排除计划中可能召开的会议", en: "第四十条(三) gives the plenary meeting major matters too and 房山区 holds no mayor's office meeting: the article rules out no meeting a plan would hold" },
    },
    {
      article: "第二十一条",
      asks: { zh: "重大决策事项报请常务会议前完成风险评估、合法性审查等", en: "a major decision is risk-assessed and legally reviewed before it goes to the executive meeting" },
      gap: needsFact("例外情形（保密、紧急命令、区长批准）；公众参与、专家论证、领导班子集体讨论的完成日期（风险评估可记为 risk 审查，尚未检查）", "the exceptions (secrecy, urgent orders, the mayor's approval); when public participation, expert review and the leadership's discussion were done (risk assessment can be recorded as a risk review, not judged yet)"),
    },
    {
      article: "第四十条",
      asks: { zh: "全体会议由区长主持，一般每年1次", en: "the mayor chairs the plenary meeting, once a year" },
    },
    { article: "第四十一条", asks: { zh: "常务会议每两周一次，由区长或委托常务副区长主持", en: "the executive meeting every two weeks, chaired by the mayor or the executive deputy" } },
    { article: "第四十二条", asks: { zh: "区长主持的专题会议每两周一次；副区长的不定期", en: "the mayor's topic meetings every two weeks; a deputy's when needed" } },
    { article: "第四十四条(二)", asks: { zh: "行政规范性文件先经合法性审查方可列入议题", en: "normative documents are legally reviewed before they are listed" } },
    {
      article: "第四十四条(三)",
      asks: { zh: "涉及多个部门的议题会前协调，有关部门意见经主要负责人签署", en: "items that concern several departments are coordinated first, each department's view signed by its head" },
      notEncoded: needsFact("议题涉及哪些部门及其意见的签署", "which departments an item concerns and their signed views"),
    },
    { article: "第四十四条(五)", asks: { zh: "部门能解决、协商能解决、副区长能决定、未协调一致、临时动议及一般性工作汇报不列入议题", en: "what a department, consultation or a deputy can settle, unagreed items, ad-hoc motions and ordinary reports are not listed" } },
    { article: "第四十四条(五)(6)", asks: { zh: "分管副区长或提请单位主要领导不能出席的议题不列入", en: "an item is not listed when its deputy or the unit's head cannot attend" } },
    { article: "第四十六条", asks: { zh: "不能出席的提前书面请假，准假后方可委派副职参会", en: "absentees apply in writing in advance; a deputy attends only once leave is granted" } },
    {
      article: "第四十八条",
      asks: { zh: "部门的全区性会议不得以区政府名义召开，不得邀请区长出席（确需邀请的报区政府批准）", en: "a department's district-wide conference is not held in the government's name and does not invite the mayor unless the government approves" },
      gap: needsFact(
        "哪些会议“应由各部门召开”（规格只记录系列的 organizer），以及以区政府名义召开的会议是否经区长批准",
        "which conferences should be a department's (the spec records only a series' organizer), and whether the mayor approved a conference held in the government's name",
      ),
    },
    { article: "第五十九条", asks: { zh: "提请会议研究的请示提前5个工作日报办公室", en: "requests for a meeting reach the office 5 working days ahead" } },
    { article: "第六十一条", asks: { zh: "经批准的重要会议或活动一般只安排1位区领导出席", en: "an approved event gets one district leader" } },
    { article: "第七十三条", asks: { zh: "值班人员坚守岗位：每天每个岗位有人", en: "duty staff keep their posts every day" } },
    { article: "第七十四条", asks: { zh: "带班区领导在办公室值班；不能值班的与其他区领导调换", en: "a leader on duty every day; one who cannot serve swaps" } },
  ],
};
