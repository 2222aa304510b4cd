import { eachDay } from "@yishi/calendar";
import { ABSENCE_KIND_LABELS, type Violation } from "@yishi/domain";
import { UNCHECKED_LABEL, citationText, dayNoteZh, severityZh, weekdayZh, type PlanContext } from "./plan-context.js";

/** One printable table: the same rows feed the xlsx sheets, the CSV files and the HTML report. */
export interface PlanTable {
  /** File-safe name: roster, meetings, agendas, recurring-duties, unplaced, violations. */
  name: string;
  /** Sheet / section title in Chinese. */
  title: string;
  headers: string[];
  /** Relative column widths in characters (xlsx column widths). */
  widths: number[];
  rows: string[][];
  /** How each column's text is typed in a workbook (text when absent): dates and numbers as such, to sort, filter and sum. */
  types?: ColumnType[];
}

/** A workbook cell's type: a `YYYY-MM-DD` text becomes an Excel date, a numeral a number. */
export type ColumnType = "text" | "date" | "number";

export const TABLE_NAMES = ["roster", "meetings", "agendas", "recurring-duties", "unplaced", "violations"] as const;
export type TableName = (typeof TABLE_NAMES)[number];

const SHIFT_ZH: Record<string, string> = { full: "", day: "（白班）", night: "（夜班）" };
const REASON_ZH: Record<string, string> = {
  "not-ready": "材料或报送时间不足",
  "review-missing": "审查未完成",
  "sponsor-absent": "分管领导或单位负责人不能出席",
  "no-capacity": "会议议题已满",
  "not-listable": "不列入会议",
  "wrong-meeting": "无相应会议",
  withdrawn: "编排人员移出",
};

function dateCells(ctx: PlanContext, date: string): [string, string, string] {
  const day = ctx.describeDay(date);
  return [date, weekdayZh(day.weekday), dayNoteZh(day)];
}

/** 值班表: one row per day of the period, one column per duty post. */
export function buildRosterTable(ctx: PlanContext): PlanTable {
  const { plan } = ctx;
  const posts = [...new Set([...(ctx.spec?.duty.posts.map((p) => p.id) ?? []), ...plan.roster.map((r) => r.post)])];
  const byDay = new Map<string, Map<string, string[]>>();
  for (const a of plan.roster) {
    const day = byDay.get(a.date) ?? new Map<string, string[]>();
    byDay.set(a.date, day);
    day.set(a.post, [...(day.get(a.post) ?? []), `${ctx.personName(a.person)}${SHIFT_ZH[a.shift] ?? ""}`]);
  }
  const rows = eachDay(plan.period.from, plan.period.to).map((date) => [
    ...dateCells(ctx, date),
    ...posts.map((post) => (byDay.get(date)?.get(post) ?? []).join("、")),
  ]);
  const phone = ctx.spec?.duty.phone;
  return {
    name: "roster",
    title: phone === undefined ? "值班表" : `值班表（值班电话：${phone}）`,
    headers: ["日期", "星期", "节假日", ...posts.map((p) => ctx.postName(p))],
    widths: [12, 8, 14, ...posts.map(() => 18)],
    rows,
    types: ["date"],
  };
}

/** 会议安排: one row per meeting occurrence, cancelled ones marked. */
export function buildMeetingsTable(ctx: PlanContext): PlanTable {
  const rows = ctx.plan.meetings.map((m) => [
    ...dateCells(ctx, m.date),
    `${m.start}–${m.end}${m.endDate === undefined ? "" : `（至${m.endDate}）`}`,
    m.title,
    ctx.meetingTypeName(m),
    ctx.roomName(m.room),
    m.convener === undefined ? "" : ctx.personName(m.convener),
    m.absent.map((a) => `${ctx.personName(a.person)}（${ABSENCE_KIND_LABELS[a.kind]?.zh ?? a.kind}${a.substitute === undefined ? "" : `，${ctx.personName(a.substitute)}代`}）`).join("、"),
    m.quorum === undefined ? "" : `${m.quorum.present}/${m.quorum.members}${m.quorum.holds ? "" : " 不足"}`,
    String(m.agenda.length),
    m.status === "cancelled" ? "已取消" : m.extra === undefined ? "" : `临时召开：${m.extra.reason}`,
  ]);
  return {
    name: "meetings",
    title: "会议安排",
    headers: ["日期", "星期", "节假日", "时间", "会议", "类型", "地点", "召集人", "缺席", "到会/组成", "议题数", "状态"],
    widths: [12, 8, 10, 13, 24, 12, 20, 8, 26, 10, 7, 8],
    rows,
    types: ["date", "text", "text", "text", "text", "text", "text", "text", "text", "text", "number"],
  };
}

/** 议程: each meeting's items in order, with unit and responsible leader. */
export function buildAgendasTable(ctx: PlanContext): PlanTable {
  const rows = ctx.plan.meetings.flatMap((m) =>
    [...m.agenda].sort((a, b) => a.order - b.order).map((e) => [
      m.date, m.title, String(e.order), e.start, String(e.minutes), ctx.itemTitle(e.item), e.item, ctx.itemUnit(e.item), ctx.itemLeader(e.item),
    ]),
  );
  return {
    name: "agendas",
    title: "会议议程",
    headers: ["日期", "会议", "序号", "开始", "时长（分钟）", "议题", "编号", "承办单位", "分管领导"],
    widths: [12, 22, 6, 8, 10, 40, 8, 20, 10],
    rows,
    types: ["date", "text", "number", "text", "number"],
  };
}

/** 接访等轮值: recurring leader duties such as petition reception. */
export function buildRecurringTable(ctx: PlanContext): PlanTable {
  const rows = ctx.plan.recurringDuties.map((r) => [
    ...dateCells(ctx, r.date), `${r.start}–${r.end}`, ctx.dutyName(r.duty), ctx.personName(r.person), ctx.dutyLocation(r.duty),
  ]);
  return {
    name: "recurring-duties",
    title: "轮值安排",
    headers: ["日期", "星期", "节假日", "时间", "事项", "领导", "地点"],
    widths: [12, 8, 10, 13, 24, 10, 20],
    rows,
    types: ["date"],
  };
}

export function buildUnplacedTable(ctx: PlanContext): PlanTable {
  const rows = ctx.plan.unplacedItems.map((u) => [u.item, ctx.itemTitle(u.item), ctx.itemUnit(u.item), REASON_ZH[u.reason] ?? u.reason, u.message.zh]);
  return { name: "unplaced", title: "未安排议题", headers: ["编号", "议题", "承办单位", "原因", "说明"], widths: [8, 40, 20, 18, 50], rows };
}

/** What a violation concerns, in words: meetings by title, dates, people, items, duties. */
export function describeSubjects(ctx: PlanContext, v: Violation): string {
  const s = v.subjects;
  return [
    ...s.meetings.map((id) => ctx.meetingById(id)?.title ?? id),
    ...s.dates,
    ...s.people.map((p) => ctx.personName(p)),
    ...s.items.map((i) => `${i} ${ctx.itemTitle(i)}`.trim()),
    ...s.duties.map((d) => ctx.postName(d)),
  ].join("；");
}

/**
 * The plan's verdict as judged at export (never the stored list). Unchecked
 * (no spec) is one row that says so: an empty sheet would read as "no violations".
 */
export function buildViolationsTable(ctx: PlanContext): PlanTable {
  const { verdict } = ctx;
  const rows = verdict.checked
    ? ctx.violations.map((v) => [severityZh(v), citationText(v), v.message.zh, describeSubjects(ctx, v), v.citation.text, v.explanation?.zh ?? "", v.code])
    : [[UNCHECKED_LABEL, "", verdict.reason.zh, "", "", "", ""]];
  return {
    name: "violations",
    title: "违反规则",
    headers: ["性质", "依据", "问题", "涉及", "条文", "处理建议", "规则代码"],
    widths: [6, 16, 44, 30, 60, 36, 24],
    rows,
  };
}

export function buildPlanTables(ctx: PlanContext): PlanTable[] {
  return [buildRosterTable(ctx), buildMeetingsTable(ctx), buildAgendasTable(ctx), buildRecurringTable(ctx), buildUnplacedTable(ctx), buildViolationsTable(ctx)];
}
