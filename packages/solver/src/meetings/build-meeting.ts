import type { PlannedMeeting } from "@yishi/domain";
import type { SeriesProblem } from "./build-sequence.js";
import type { PlanningPeriod } from "./meeting-input.js";
import { occurrenceAt } from "./series-clash.js";

const QUARTERS = ["第一季度", "第二季度", "第三季度", "第四季度"];

/** `2026Q1` → `2026年第一季度`; `2026H2` → `2026年下半年`; `2026-03` → `2026年3月`. */
export function periodTitle(period: PlanningPeriod): string {
  const m = /^(\d{4})(?:([QqHh])(\d)|-(\d{2}))?$/.exec(period.label);
  if (!m) return `${period.from}至${period.to}`;
  const year = `${m[1]}年`;
  if (m[2]?.toUpperCase() === "Q") return `${year}${QUARTERS[Number(m[3]) - 1]}`;
  if (m[2]?.toUpperCase() === "H") return `${year}${m[3] === "1" ? "上半年" : "下半年"}`;
  if (m[4]) return `${year}${Number(m[4])}月`;
  return year;
}

/** `区政府常务会议（2026年第一季度第3次）`: series name, period and ordinal. */
export function meetingTitle(seriesName: string, period: PlanningPeriod, n: number): string {
  return `${seriesName}（${periodTitle(period)}第${n}次）`;
}

/** One dated occurrence from the DP's node: who is expected, who is away, quorum, convener. */
export function buildMeeting(problem: SeriesProblem, nodeIndex: number, id: string, n: number, period: PlanningPeriod): PlannedMeeting {
  const ctx = problem.context;
  const node = problem.nodes[nodeIndex]!;
  // A pin held over its own number of days was analysed for that run.
  const day = (node.pinned !== undefined ? ctx.pinRuns.get(node.date) : undefined) ?? ctx.days[node.day]!;
  const occ = occurrenceAt(problem, nodeIndex);
  const broken = node.blocks.map((b) => b.message.zh);
  const pinNote = node.pinned?.note;
  const notes = [...(pinNote ? [pinNote] : []), ...(broken.length > 0 ? [`未满足：${broken.join("；")}`] : [])];
  return {
    id,
    series: ctx.series.id,
    type: ctx.series.type,
    title: meetingTitle(ctx.series.name, period, n),
    date: occ.date,
    ...(occ.endDate !== undefined ? { endDate: occ.endDate } : {}),
    start: occ.start,
    end: occ.end,
    ...(occ.room !== undefined ? { room: occ.room } : {}),
    ...(day.convener !== undefined ? { convener: day.convener } : {}),
    expected: ctx.expected,
    absent: day.absent,
    quorum: day.quorum,
    pinned: node.pinned !== undefined,
    ...(node.pinned?.extra !== undefined ? { extra: node.pinned.extra } : {}),
    status: "scheduled",
    sequence: 0,
    agenda: [],
    speeches: [],
    ...(notes.length > 0 ? { note: notes.join("\n") } : {}),
  };
}
