import { DECIDABLE_BY_LABELS, ItemCategory, LIMITS, MEETING_TYPE_LABELS, MeetingType, ReviewKind } from "@yishi/domain";
import type { Choice, Form, FormColumn } from "./form.js";

const CATEGORY_LABELS: Record<ItemCategory, string> = {
  "normative-document": "规范性文件",
  "major-reform": "重大改革",
  "investment-project": "政府投资项目",
  "large-fund": "大额资金",
  "investment-agreement": "招商引资协议",
  "important-document": "重要文件",
  "important-activity": "重要活动",
  "important-matter": "重要事项",
  "work-report": "一般性工作汇报",
  personnel: "人事",
  "quarterly-work-points": "下季度工作要点",
  "mid-year-review": "年中工作检查",
  "year-end-review": "年终工作总结",
  other: "其他",
};

const REVIEW_HEADERS: Record<ReviewKind, string> = {
  legal: "合法性审查完成日期",
  "topic-meeting": "专题会议研究日期",
  fairness: "公平竞争审查完成日期",
  risk: "风险评估完成日期",
  consultation: "征求意见完成日期",
  assessment: "评估论证完成日期",
  "public-comment": "公开征求意见完成日期",
};

const categories: Choice[] = ItemCategory.options.map((value) => ({ value, label: CATEGORY_LABELS[value] }));
const meetingTypes: Choice[] = MeetingType.options.map((value) => ({
  value,
  label: MEETING_TYPE_LABELS[value].zh,
  // The label says 区; a county or city form says 县 or 市.
  aliases: value === "executive" ? ["政府常务会议", "区政府常务会议", "县政府常务会议", "市政府常务会议"] : value === "mayor-office" ? ["县长办公会议", "市长办公会议"] : [],
}));
const decidableBy: Choice[] = Object.entries(DECIDABLE_BY_LABELS).map(([value, label]) => ({ value, label: label.zh }));
const yesNo = "填 是 或 否";

const reviewColumns: FormColumn[] = ReviewKind.options.map((review) => ({
  header: REVIEW_HEADERS[review],
  aliases: [`reviews.${review}`],
  kind: { type: "date" },
  target: { review },
  required: false,
  hint: "选填：已完成的填完成日期，未完成的留空",
  width: 14,
}));

/** 议题申报表: one row per filed item, the fields of a spec's `agendaItems` (reviews one date column per kind). */
export const ITEMS_FORM: Form = {
  list: "agendaItems",
  sheet: "议题申报表",
  maxRows: LIMITS.maxAgendaItems,
  rowNoun: "agenda items",
  columns: [
    { header: "编号", aliases: ["id", "议题编号"], kind: { type: "text" }, target: { field: "id" }, required: true, hint: "每项一个，不重复，不含空格，如 A01", width: 8 },
    { header: "议题名称", aliases: ["title", "议题", "名称"], kind: { type: "text" }, target: { field: "title" }, required: true, hint: "如 研究中心城区排水管网改造资金", width: 36 },
    { header: "承办单位", aliases: ["unit", "申报单位", "单位"], kind: { type: "text" }, target: { field: "unit" }, required: true, hint: "单位编号（spec 中 units 的 id）", width: 12 },
    { header: "分管领导", aliases: ["responsibleLeader", "汇报领导"], kind: { type: "text" }, target: { field: "responsibleLeader" }, required: true, hint: "人员编号（spec 或人员名单中的编号）", width: 10 },
    { header: "类别", aliases: ["category", "议题类别"], kind: { type: "choice", choices: categories }, target: { field: "category" }, required: false, hint: `选填，默认 其他：${categories.map((c) => c.label).join("、")}`, width: 14 },
    { header: "会议类型", aliases: ["meetingType", "拟提交会议"], kind: { type: "choice", choices: meetingTypes }, target: { field: "meetingType" }, required: false, hint: `选填，默认 常务会议：${meetingTypes.map((c) => c.label).join("、")}`, width: 14 },
    { header: "申报日期", aliases: ["filedOn", "报送日期"], kind: { type: "date" }, target: { field: "filedOn" }, required: true, hint: "如 2026-03-05、2026/3/5 或 2026年3月5日", width: 12 },
    { header: "材料报送日期", aliases: ["materialsOn", "材料日期"], kind: { type: "date" }, target: { field: "materialsOn" }, required: false, hint: "选填：会议材料送达的日期", width: 12 },
    ...reviewColumns,
    { header: "预计时长（分钟）", aliases: ["estimatedMinutes", "时长", "预计时长"], kind: { type: "integer", unit: "分钟" }, target: { field: "estimatedMinutes" }, required: false, hint: "选填，1 至 240 的整数，默认 10", width: 10 },
    { header: "紧急程度", aliases: ["urgency"], kind: { type: "choice", choices: [{ value: "normal", label: "一般" }, { value: "urgent", label: "紧急" }] }, target: { field: "urgency" }, required: false, hint: "选填：一般 或 紧急，默认 一般", width: 8 },
    { header: "办结期限", aliases: ["dueBy", "最迟决定日期"], kind: { type: "date" }, target: { field: "dueBy" }, required: false, hint: "选填：最迟应作出决定的日期", width: 12 },
    { header: "金额（元）", aliases: ["amountYuan", "金额"], kind: { type: "number", unit: "元" }, target: { field: "amountYuan" }, required: false, hint: "选填：涉及资金，如 12000000 或 1200万", width: 14 },
    { header: "可由谁决定", aliases: ["decidableBy"], kind: { type: "choice", choices: decidableBy }, target: { field: "decidableBy" }, required: false, hint: `选填：可不上会决定的，填 ${decidableBy.map((c) => c.label).join("、")}`, width: 14 },
    { header: "已履行报批程序", aliases: ["procedureComplete"], kind: { type: "boolean" }, target: { field: "procedureComplete" }, required: false, hint: `选填，${yesNo}，默认 是`, width: 10 },
    { header: "部门汇报", aliases: ["isReport"], kind: { type: "boolean" }, target: { field: "isReport" }, required: false, hint: `选填，${yesNo}，默认 否`, width: 8 },
    // 西城区 附件1 三.1: 送文秘科审核前一周送区法制办审核,并由区政府办公室主任会签后方可上会.
    { header: "送法制办审核日期", aliases: ["legalReviewSentOn", "送审日期"], kind: { type: "date" }, target: { field: "legalReviewSentOn" }, required: false, hint: "选填：材料送法制办合法性审查的日期", width: 12 },
    { header: "会签人", aliases: ["countersignedBy"], kind: { type: "text" }, target: { field: "countersignedBy" }, required: false, hint: "选填：会签人的人员编号（如办公室主任），与会签日期同填", width: 10 },
    { header: "会签日期", aliases: ["countersignedOn"], kind: { type: "date" }, target: { field: "countersignedOn" }, required: false, hint: "选填：会签的日期，与会签人同填", width: 12 },
  ],
};
