import { needsFact, type CheckableArticles } from "./checkable-article.js";

/** 000 杭州市江干区人民政府工作规则 (2017), which ends inside 第三十五条: every article a plan could break. */
export const JIANGGAN_ARTICLES: CheckableArticles = {
  jurisdiction: "江干区",
  articles: [
    {
      article: "第十六条",
      asks: { zh: "重大决策建议涉及部门的充分协商，涉及街道的事先征求意见，涉及群众利益的公示或听证", en: "major proposals are agreed with the departments concerned, put to the streets first, to public notice or hearing where the public is concerned" },
      notEncoded: needsFact("议题涉及哪些部门、街道或群众切身利益", "which departments, streets or public interests an item concerns"),
    },
    {
      article: "第二十一条",
      asks: { zh: "提请区政府讨论的规范性文件由区法制办审查", en: "normative documents put to the government are reviewed by the legal office" },
      gap: needsFact("文件是否由法制部门自己起草（起草的无需再审查；可把起草完成日记为一次合法性审查）", "whether the legal office drafted the document itself (then no review is asked; record the draft's date as a legal review)"),
    },
    { article: "第三十四条", asks: { zh: "全体会议每年至少一次，区长或委托常务副区长召集", en: "the plenary meeting at least once a year, convened by the mayor or the executive deputy" } },
    { article: "第三十五条", asks: { zh: "常务会议由区长或委托常务副区长召集和主持（频次在原文截断处之后）", en: "the executive meeting is convened by the mayor or the executive deputy (its frequency is past where the text ends)" } },
  ],
};
