import { z } from "zod";

/**
 * Kinds of meeting the working rules distinguish. Rule scopes name these, so a
 * rule for `conference` (全区性会议) never silently covers `executive`.
 */
export const MeetingType = z.enum([
  "plenary", // 全体会议
  "executive", // 常务会议
  "mayor-office", // 区长办公会议
  "topic", // 专题会议
  "coordination", // 协调会
  "briefing", // 情况通报会
  "conference", // 全区(市)性工作会议
  "study", // 学习讲座
]);
export type MeetingType = z.infer<typeof MeetingType>;

export const MEETING_TYPE_LABELS: Record<MeetingType, { zh: string; en: string }> = {
  plenary: { zh: "全体会议", en: "plenary meeting" },
  executive: { zh: "常务会议", en: "executive meeting" },
  "mayor-office": { zh: "区长办公会议", en: "mayor's office meeting" },
  topic: { zh: "专题会议", en: "topic meeting" },
  coordination: { zh: "协调会议", en: "coordination meeting" },
  briefing: { zh: "情况通报会", en: "briefing" },
  conference: { zh: "全区性工作会议", en: "district-wide conference" },
  study: { zh: "学习讲座", en: "study lecture" },
};

/**
 * Who holds a meeting: the government in its own name (以政府名义召开, the
 * default) or one of its departments (部门召开的全市性工作会议). Some articles bind
 * only one of them: 常州市 四十六 limits departments' city-wide conferences to
 * one a year, 钟山区 第四十九条 asks a plan only for a conference held in the
 * government's name.
 */
export const MeetingOrganizer = z.enum(["government", "department"]);
export type MeetingOrganizer = z.infer<typeof MeetingOrganizer>;

export const MEETING_ORGANIZER_LABELS: Record<MeetingOrganizer, { zh: string; en: string }> = {
  government: { zh: "以政府名义召开", en: "held in the government's name" },
  department: { zh: "部门召开", en: "held by a department" },
};
