import { needsFact, type CheckableArticles } from "./checkable-article.js";

/** 上会材料应提前送各位区长及有关列席人员 (附件1/附件2 三.1; 三十三 提前送至有关与会人员手中). */
const TO_ATTENDEES = needsFact(
  "材料送至各位区长及列席人员的日期（规格只有送办公室的 materialsOn）",
  "when the materials reached the leaders and attendees (the spec has only materialsOn, when they reached the office)",
);

/** 004 第二篇 北京市西城区人民政府工作规则 (2005) and its two annexes: every article a plan could break. */
export const XICHENG_ARTICLES: CheckableArticles = {
  jurisdiction: "西城区",
  articles: [
    {
      article: "十八",
      asks: { zh: "涉及法律的事项、重大经济担保、规范性文件报送区政府审定前经区法制办合法性审查", en: "legal matters, major guarantees and normative documents pass the legal office's review before the government decides" },
      gap: needsFact("哪些议题是“涉及法律的事项”“重大经济担保事项”（没有对应的类别）", "which items are matters of law or major guarantees (no category says so)"),
    },
    { article: "二十七", asks: { zh: "全体会议由区长或委托常务副区长主持，一般每半年一次", en: "the plenary meeting, chaired by the mayor or the executive deputy, about every half year" } },
    { article: "二十八", asks: { zh: "常务会议由区长或委托常务副区长主持，一般每2周一次", en: "the executive meeting, chaired by the mayor or the executive deputy, every two weeks" } },
    {
      article: "二十九",
      asks: { zh: "区长办公会议由区长或委托常务副区长主持", en: "the mayor's office meeting is chaired by the mayor or the executive deputy" },
    },
    { article: "三十", asks: { zh: "会议纪要一周内印发", en: "minutes are issued within a week" } },
    { article: "三十一", asks: { zh: "专题会议根据需要召开，纪要一周内印发", en: "topic meetings when needed, minutes within a week" } },
    {
      article: "三十二",
      asks: { zh: "全区性会议的主办单位提前报送会议名称、时间、议程等", en: "a district-wide conference's organizer files its name, time and agenda in advance" },
    },
    {
      article: "三十三",
      asks: { zh: "材料会前2-3个工作日上报；行政措施等议题材料上报前一周送法制办审核", en: "materials 2-3 working days before; measures and other such items to legal review a week before" },
      gap: {
        zh: `议题提前告知相关部门未编码（规格不记录告知日期）；${TO_ATTENDEES.zh}；送法制办审核按附件1、附件2 三.1检查常务会议和区长办公会议，按本条检查全体会议`,
        en: `telling departments of an item in advance is not encoded (the spec records no such day); ${TO_ATTENDEES.en}; legal review is judged by 附件1/附件2 三.1 for the executive and mayor's office meetings, by this article for the plenary`,
      },
    },
    {
      article: "三十五",
      asks: { zh: "不能出席须履行请假手续", en: "absentees ask for leave" },
      notEncoded: { zh: "附件1 四.3、附件2 四.1 与继承的北京市 四十一 就各自所列会议作了相同要求，按它们检查", en: "附件1 四.3, 附件2 四.1 and the inherited 北京市 四十一 ask the same of the meetings they name, and judge it" },
    },
    { article: "四十八", asks: { zh: "经批准的重要会议或活动一般安排一至两位区领导出席", en: "an approved event gets one or two district leaders" } },
    // The review is an item (mid-year-review, year-end-review) on whatever meeting holds it: the article names no meeting type.
    { article: "五十五", asks: { zh: "年中、年底召开会议总结检查任务完成情况", en: "review meetings at mid-year and year-end" } },
    // The departments' points due by the 20th go to the office, not to a meeting: kept as info (work-points.departments).
    {
      article: "五十九(一)",
      asks: { zh: "季末月20日后的常务会议讨论下季度工作要点", en: "an executive meeting after the 20th of the quarter's last month discusses next quarter's work points" },
    },
    { article: "六十", asks: { zh: "区领导每周三上午轮流信访接待", en: "leaders receive petitioners every Wednesday morning in turn" } },
    { article: "附件1 二.1", asks: { zh: "常务会议一般安排在星期一，地点固定在4307会议室", en: "the executive meeting on Mondays, in room 4307" } },
    {
      article: "附件1 二.2",
      asks: { zh: "常务会议由区长或区长委托常务副区长主持召开", en: "the executive meeting is chaired by the mayor or the executive deputy" },
      notEncoded: { zh: "与二十八相同，按它检查", en: "the same as 二十八, which judges it" },
    },
    {
      article: "附件1 二.3",
      asks: { zh: "应由主管副区长决定或职能部门职权范围内的事情不提请会议讨论", en: "what the responsible deputy or a department may decide is not put to the meeting" },
    },
    { article: "附件1 二.4", asks: { zh: "议题提前一周报办公室备案，未经备案不予上会", en: "items are filed a week ahead; unfiled items are not listed" } },
    {
      article: "附件1 三.1",
      asks: { zh: "材料提前2-3个工作日送审；行政措施等议题材料送审前一周送法制办审核，经办公室主任会签后方可上会", en: "materials 2-3 working days ahead; measures and other such items to legal review a week before, and on the agenda only once the office director countersigns" },
      gap: TO_ATTENDEES,
    },
    { article: "附件1 四.3", asks: { zh: "副区长向区长请假，其他部门领导向办公室主任请假", en: "deputies ask the mayor for leave, department leaders the office director" } },
    { article: "附件2 二.1", asks: { zh: "区长办公会议每两周一次，一般在星期一，地点固定在3315会议室", en: "the mayor's office meeting every two weeks, on Mondays, in room 3315" } },
    {
      article: "附件2 二.2",
      asks: { zh: "区长办公会议由区长或区长委托常务副区长主持召开", en: "the mayor's office meeting is chaired by the mayor or the executive deputy" },
      notEncoded: { zh: "与二十九相同，按它检查", en: "the same as 二十九, which judges it" },
    },
    {
      article: "附件2 二.4",
      asks: { zh: "应由主管副区长决定或职能部门职权范围内的事情不提请会议讨论", en: "what the responsible deputy or a department may decide is not put to the meeting" },
    },
    {
      article: "附件2 三.1",
      asks: { zh: "议题提前备案；材料提前2-3个工作日送审；行政措施等议题送审前一周送法制办审核，经办公室主任会签后方可上会", en: "items filed ahead; materials 2-3 working days ahead; measures and other such items to legal review a week before, and on the agenda only once the office director countersigns" },
      gap: { zh: `议题“提前”备案未编码（条文无天数）；${TO_ATTENDEES.zh}`, en: `filing "in advance" is not encoded (no number of days); ${TO_ATTENDEES.en}` },
    },
    { article: "附件2 四.1", asks: { zh: "副区长向区长请假，其他部门领导向办公室主任请假", en: "deputies ask the mayor for leave, department leaders the office director" } },
  ],
};
