import type { LocalizedText } from "@yishi/domain";
import { addDays, WEEKDAY_NAMES } from "@yishi/calendar";
import type { SeriesProblem } from "./build-sequence.js";
import type { SeriesDay } from "./analyse-series.js";
import type { PlanningPeriod } from "./meeting-input.js";
import { describePinBreaks } from "./describe-pin-breaks.js";

/** One reason no calendar keeps every hard rule, with the number of facts behind it. */
export interface Conflict {
  facts: number;
  text: LocalizedText;
}

/**
 * Reads the relaxed DP's path (which breaks the fewest rules) and says, for
 * each break, which window needed a meeting and why every day in it fails:
 * the planner's words, not the solver's.
 */
export function explainBreaks(problem: SeriesProblem, path: number[], period: PlanningPeriod): Conflict[] {
  const out: Conflict[] = [];
  const ctx = problem.context;
  const horizon = ctx.days.length - 1;
  // Only a cadence of gaps (every n weeks, no spans) binds the period's edges; a span cadence's spacing binds consecutive occurrences only.
  const edges = problem.spans.length === 0 && Number.isFinite(problem.maxGap);
  const windowAfter = (day: number | undefined): [number, number] =>
    day === undefined ? [0, Math.min(horizon, edges ? problem.maxGap - 1 : horizon)] : [Math.min(horizon, day + problem.minGap), Math.min(horizon, day + problem.maxGap)];
  let prevDay: number | undefined;
  for (const n of path) {
    const node = problem.nodes[n]!;
    const gapBroken = prevDay !== undefined && node.day - prevDay > problem.maxGap;
    if (!node.forced && (node.blocks.length > 0 || gapBroken)) {
      const [a, b] = windowAfter(prevDay);
      out.push(describeWindow(problem, a, b, period, node.blocks.length > 0 ? node.date : undefined));
    }
    prevDay = node.day;
  }
  if (edges && prevDay !== undefined && horizon - prevDay > problem.maxGap && !Number.isFinite(problem.longGapCost)) {
    out.push(describeWindow(problem, prevDay + problem.minGap, prevDay + problem.maxGap, period, undefined));
  }
  // Pins closer (or more in a span) than the cadence allows: no calendar could help.
  for (const b of describePinBreaks(problem, path)) out.push({ facts: b.pins, text: b.text });
  // Spans left short of their minimum.
  problem.spanDays.forEach((span, s) => {
    const min = problem.spans[s]!.min;
    const count = path.filter((n) => problem.nodes[n]!.span === s).length;
    if (count < min) out.push(describeWindow(problem, span.from, span.to, period, undefined, `${span.label}`));
  });
  if (out.length === 0 && path.length === 0 && edges) out.push(describeWindow(problem, 0, horizon, period, undefined));
  // The first too late after the period's start (the meeting before was at the latest the day before it).
  const first = path.length > 0 ? problem.nodes[path[0]!]! : undefined;
  if (first && edges && first.day + 1 > problem.maxGap && !first.forced) out.push(describeWindow(problem, 0, problem.maxGap - 1, period, undefined));
  return out;
}

function describeWindow(problem: SeriesProblem, a: number, b: number, period: PlanningPeriod, heldOn: string | undefined, spanLabel?: string): Conflict {
  const ctx = problem.context;
  // A month-position cadence looks only at its window's dates (月初前5个工作日): the span's other days are no candidates.
  const inWindow = (date: string) => problem.dateWindow === undefined || problem.dateWindow.dates.has(date);
  const days = ctx.days.slice(a, b + 1).filter((d) => inWindow(d.date) && relevant(d, ctx.series.weekdays));
  const windowed = problem.dateWindow !== undefined && days.length > 0;
  const from = windowed ? days[0]!.date : addDays(period.from, a);
  const to = windowed ? days.at(-1)!.date : addDays(period.from, b);
  const within = windowed ? { zh: `（${problem.dateWindow!.label.zh}）`, en: ` (${problem.dateWindow!.label.en})` } : { zh: "", en: "" };
  const month = from.slice(0, 7);
  const wd = weekdayText(ctx.series.weekdays);
  const needs = [wd.zh, "召集人在场", ...(days.some((d) => d.blocks.some((x) => x.code === "quorum")) ? ["过半数组成人员出席"] : [])].join("、");
  const needsEn = [wd.en, "with its convener", ...(days.some((d) => d.blocks.some((x) => x.code === "quorum")) ? ["with quorum"] : [])].join(", ");
  // Only days with a reason: a day without one is no candidate for a reason told elsewhere (a pin, the window), never an empty entry.
  const blocked = days.filter((d) => d.blocks.length > 0);
  const listZh = blocked.map((d) => d.blocks.map((x) => x.message.zh).join("，")).join("；");
  const listEn = blocked.map((d) => d.blocks.map((x) => x.message.en).join(", ")).join("; ");
  const where = spanLabel ?? month;
  // A span short of its count is not a gap: the plan holds fewer there, it stretches nothing.
  const tailZh = heldOn ? `；计划仍安排在${heldOn}，违反上述规则` : spanLabel !== undefined ? "；计划只能在此期间少安排" : "；计划只能拉长间隔";
  const tailEn = heldOn ? `; the plan still holds it on ${heldOn}, breaking these rules` : spanLabel !== undefined ? "; the plan can only hold fewer there" : "; the plan can only stretch the gap";
  return {
    facts: days.length,
    text: {
      zh: `${where}：${ctx.series.name}需要在${from.slice(5)}至${to.slice(5)}${within.zh}之间找一个${needs}的日子；这些日子都不行：${listZh || "期间没有工作日"}${tailZh}`,
      en: `${where}: the ${ctx.series.name} (${ctx.series.id}) needs a ${needsEn} day between ${from.slice(5)} and ${to.slice(5)}${within.en}; every such day fails: ${listEn || "no working day in the window"}${tailEn}`,
    },
  };
}

/** Days worth listing: the series' weekdays and adjusted working days, not ordinary weekends. */
function relevant(d: SeriesDay, weekdays: number[]): boolean {
  if (weekdays.includes(d.weekday)) return true;
  return d.blocks.every((b) => b.code !== "day-off" && b.code !== "weekday");
}

function weekdayText(weekdays: number[]): LocalizedText {
  const sorted = [...new Set(weekdays)].sort((x, y) => x - y);
  const contiguous = sorted.length > 2 && sorted.at(-1)! - sorted[0]! === sorted.length - 1;
  if (contiguous) return { zh: `${WEEKDAY_NAMES.zh[sorted[0]! - 1]}至${WEEKDAY_NAMES.zh[sorted.at(-1)! - 1]}`, en: `${WEEKDAY_NAMES.en[sorted[0]! - 1]}–${WEEKDAY_NAMES.en[sorted.at(-1)! - 1]}` };
  return { zh: sorted.map((w) => WEEKDAY_NAMES.zh[w - 1]).join("或"), en: sorted.map((w) => WEEKDAY_NAMES.en[w - 1]).join(" or ") };
}
