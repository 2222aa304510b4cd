import { z } from "zod";
import { Id, IsoDate, MeetingId, Name, Text, boundedInt } from "./primitives.js";
import { LIMITS } from "./limits.js";
import { MeetingType } from "./meeting-type.js";

/** Categories the rules route or gate differently. */
export const ItemCategory = z.enum([
  "normative-document", // 规范性文件 (legal review first)
  "major-reform", // 重大改革
  "investment-project", // 政府投资项目 (钟山区 第四十条(五))
  "large-fund", // 大额资金 (钟山区 第四十条(六))
  "investment-agreement", // 招商引资协议
  "important-document", // 重要文件
  "important-activity", // 开展重要活动 (钟山区 第四十二条(五))
  "important-matter", // 决定重要事项 (钟山区 第四十二条(五))
  "work-report", // 一般性工作汇报
  "personnel", // 人事
  "quarterly-work-points", // 下一季度的工作要点 (西城区 五十九(一): at an executive meeting late in the quarter's last month)
  "mid-year-review", // 年中总结检查 (西城区 五十五)
  "year-end-review", // 年底总结检查 (西城区 五十五)
  "other",
]);
export type ItemCategory = z.infer<typeof ItemCategory>;

/**
 * What an item went through before a meeting, each with the day it was done: legal review, a topic
 * meeting, fair-competition review, risk assessment, consultation of departments; and, for a normative
 * document (钟山区 第十七条 评估论证、公开征求意见), its assessment and the public's comment.
 */
export const ReviewKind = z.enum(["legal", "topic-meeting", "fairness", "risk", "consultation", "assessment", "public-comment"]);
export type ReviewKind = z.infer<typeof ReviewKind>;

export const Review = z.strictObject({ kind: ReviewKind, doneOn: IsoDate, note: Text.optional() });
export type Review = z.infer<typeof Review>;

/** Who may decide an item without the meeting: such items are not listed (钟山区 第四十六条). */
export const DecidableBy = z.enum(["topic-meeting", "department", "leading-group", "leader", "consultation"]);
export type DecidableBy = z.infer<typeof DecidableBy>;

/** Who may decide an item, as a planner reads it ("can be decided by …"). */
export const DECIDABLE_BY_LABELS: Record<DecidableBy, { zh: string; en: string }> = {
  "topic-meeting": { zh: "专题会议", en: "a topic meeting" },
  department: { zh: "部门职权范围内", en: "a department within its own authority" },
  "leading-group": { zh: "领导小组职权范围内", en: "a leading group within its own authority" },
  leader: { zh: "分管领导", en: "the leader in charge" },
  consultation: { zh: "会签协商", en: "consultation between departments" },
};

/** An item filed by a unit for a meeting (议题). */
export const AgendaItem = z.strictObject({
  id: Id,
  title: Name,
  unit: Id,
  responsibleLeader: Id,
  category: ItemCategory.default("other"),
  /** The meeting type it is filed for. */
  meetingType: MeetingType.default("executive"),
  filedOn: IsoDate,
  materialsOn: IsoDate.optional(),
  reviews: z.array(Review).max(LIMITS.maxSmallList).default([]),
  estimatedMinutes: z.number().int().min(1).max(240).default(10),
  urgency: z.enum(["normal", "urgent"]).default("normal"),
  /** Latest date it should be decided by. */
  dueBy: IsoDate.optional(),
  /** At most ten trillion yuan. */
  amountYuan: z.number().nonnegative().max(LIMITS.maxAmountYuan).optional(),
  decidableBy: DecidableBy.optional(),
  /** The item went through the approval procedure (履行报批程序). */
  procedureComplete: z.boolean().default(true),
  /** A department report (部门汇报), limited to 10 minutes (常州市 四十七). */
  isReport: z.boolean().default(false),
  /**
   * When the materials went to the legal office for review (送区法制办审核): 西城区
   * 附件1 三.1 wants it a week before they go to the office (`materialsOn`).
   * Absent: no later than the legal review's `doneOn`, which is all that is known.
   */
  legalReviewSentOn: IsoDate.optional(),
  /** Who countersigned the item (会签), a person id: 西城区 附件1 三.1 由区政府办公室主任会签后方可上会. */
  countersignedBy: Id.optional(),
  /** When it was countersigned; given with `countersignedBy`. */
  countersignedOn: IsoDate.optional(),
}).superRefine((item, ctx) => {
  // A countersign is a person and a day: one without the other cannot be judged.
  if ((item.countersignedBy === undefined) !== (item.countersignedOn === undefined)) {
    const missing = item.countersignedBy === undefined ? "countersignedBy" : "countersignedOn";
    const given = missing === "countersignedBy" ? "countersignedOn" : "countersignedBy";
    ctx.addIssue({ code: "custom", path: [missing], message: `is missing: a countersign needs both \`countersignedBy\` and \`countersignedOn\``, params: { expected: `\`${missing}\` beside \`${given}\`` } });
  }
});
export type AgendaItem = z.infer<typeof AgendaItem>;

/** The mayor's approval to exceed the item cap at one meeting (钟山区 第四十五条). */
export const CapApproval = z.strictObject({
  /** Meeting id in the plan, or series id + date. */
  meeting: MeetingId.optional(),
  series: Id.optional(),
  date: IsoDate.optional(),
  maxItems: boundedInt(1, LIMITS.maxItemsApproved),
  approvedBy: Id,
  explanation: Text.optional(),
});
export type CapApproval = z.infer<typeof CapApproval>;

/** An event district leaders are invited to (钟山区 第七十五条; 房山区 第六十一条). */
export const LeaderEvent = z.strictObject({
  id: Id,
  name: Name,
  date: IsoDate,
  invitedOn: IsoDate,
  leaders: z.array(Id).max(LIMITS.maxPeople).default([]),
});
export type LeaderEvent = z.infer<typeof LeaderEvent>;
