import type { LocalizedText, PinnedOccurrence } from "@yishi/domain";
import { diffDays, eachDay, endOfMonth, startOfMonth, periodContaining, addDays } from "@yishi/calendar";
import type { WorkCalendar } from "@yishi/calendar";
import { gapLimits } from "@yishi/rules";
import type { SeriesContext, DayBlock } from "./analyse-series.js";
import type { PlanningPeriod } from "./meeting-input.js";
import type { SequenceNode, SequenceProblem, SequenceSpan } from "./sequence-dp.js";

/** Weight of one broken hard rule in relaxed mode: more than any soft cost a plan can gather. */
export const BREAK_COST = 100_000_000;
/** Weight of one occurrence moved, added or dropped in a re-plan: more than any spacing cost. */
export const MOVE_COST = 100_000;
/**
 * A re-plan holding an occurrence on its day but in another room of its pool:
 * half a move (a move is MOVE_COST for the new day and MOVE_COST for leaving
 * the old one), so a room changes before a day does, and only when it must.
 */
export const ROOM_MOVE_COST = MOVE_COST;
/** Each place down a pool's list of rooms (its order of preference): below a weekday's step (2), so rooms rarely move a day. */
export const ROOM_RANK_COST = 1;
const GAP_WEIGHT = 10;

/** A node with what the planner needs to turn it back into an occurrence. */
export interface SeriesNode extends SequenceNode {
  date: string;
  /** Hard rules broken by meeting this day (only in relaxed mode, or on a pinned day). */
  blocks: DayBlock[];
  pinned?: PinnedOccurrence;
  /** The room of a series with a pool (one node per usable room on a day); absent: the series' one room. */
  room?: string;
}

export interface SeriesProblem extends SequenceProblem {
  nodes: SeriesNode[];
  context: SeriesContext;
  relaxed: boolean;
  /** Span bounds (day offsets, inclusive) for explanations. */
  spanDays: { from: number; to: number; label: string }[];
  /**
   * The only dates a cadence of month positions may use (the first or last n
   * working days of each month), and their name, for explanations: the other
   * days of a span are no candidates, whatever their own blocks.
   */
  dateWindow?: { dates: ReadonlySet<string>; label: LocalizedText };
}

export interface SequenceOptions {
  relaxed: boolean;
  /** Dates the series used in the plan being re-planned. */
  previousDates: Set<string>;
  /** Dates cancelled by the change: never reused. */
  cancelledDates: Set<string>;
  /** The room each previous date was held in (a pool's room change is a change too). */
  previousRooms?: Map<string, string>;
}

/** Turns a series' cadence, days and pins into the DP's problem. */
export function buildSequence(ctx: SeriesContext, calendar: WorkCalendar, period: PlanningPeriod, options: SequenceOptions): SeriesProblem {
  // The companion of a series whose extra sessions stand apart: only those pins, no cadence between them.
  const cadence = ctx.extraPins === "only" ? ({ kind: "as-needed" } as const) : ctx.cadence.cadence;
  const periodDays = diffDays(period.from, period.to) + 1;
  const strictInf = options.relaxed ? BREAK_COST : Infinity;
  const base: Omit<SeriesProblem, "nodes" | "spans" | "spanDays"> = {
    context: ctx,
    relaxed: options.relaxed,
    minGap: 1,
    maxGap: Infinity,
    gapCost: () => 0,
    positionCost: () => 0,
    startCost: () => 0,
    endCost: () => 0,
    emptyCost: 0,
    shortCost: 0,
    shortfallCost: strictInf,
    longGapCost: strictInf,
    // Pins the user set closer (or more in a span) than the cadence allows break it themselves: relaxed mode keeps them, at a break each.
    ...(options.relaxed ? { pinBreakCost: BREAK_COST } : {}),
  };
  let spanDays: SpanDays[] = [];
  let spans: SequenceSpan[] = [];
  let window: ((date: string) => number | undefined) | undefined;
  let dateWindow: SeriesProblem["dateWindow"];
  let problem: Omit<SeriesProblem, "nodes" | "spans" | "spanDays"> = base;

  switch (cadence.kind) {
    case "every-n-weeks": {
      const { ideal, min, max } = gapLimits(cadence);
      problem = {
        ...base,
        minGap: min,
        maxGap: max,
        gapCost: (g) => GAP_WEIGHT * Math.abs(g - ideal),
        // The first and last occurrence within one cadence of the period's ends, so the next period can follow on.
        // The meeting before the period was at the latest the day before it, the next at the earliest the day after.
        // A late first (early last) occurrence costs one break per occurrence it leaves out.
        startCost: (n) => GAP_WEIGHT * Math.max(0, n.day - (ideal - 1)) + (n.day + 1 > max ? strictInf * (Math.ceil((n.day + 1) / max) - 1) : 0),
        endCost: (n) => GAP_WEIGHT * Math.max(0, periodDays - ideal - n.day) + (periodDays - n.day > max ? strictInf * (Math.ceil((periodDays - n.day) / max) - 1) : 0),
        emptyCost: periodDays + 1 > max ? strictInf * Math.ceil((periodDays + 1) / max) : 0,
      };
      break;
    }
    case "per-month": {
      spanDays = months(period);
      const ideal = Math.round(30.4 / Math.max(1, cadence.max));
      spans = spanDays.map((s) => {
        const whole = s.full;
        return { min: whole ? cadence.min : 0, max: cadence.max, target: whole ? cadence.max : Math.round((cadence.max * (s.to - s.from + 1)) / s.length) };
      });
      problem = { ...base, minGap: Math.ceil(ideal / 2), gapCost: (g) => 2 * Math.abs(g - ideal), shortCost: 40 };
      break;
    }
    case "month-position": {
      spanDays = months(period);
      const windows = new Map<string, number>();
      for (const s of spanDays) {
        const first = addDays(period.from, s.from);
        const days = eachDay(startOfMonth(first), endOfMonth(first)).filter((d) => calendar.isWorkingDay(d));
        const picked = cadence.position === "start" ? days.slice(0, cadence.withinWorkingDays) : days.slice(-cadence.withinWorkingDays).reverse();
        picked.forEach((d, rank) => windows.set(d, rank));
      }
      window = (date) => windows.get(date);
      const n = cadence.withinWorkingDays;
      dateWindow = {
        dates: new Set(windows.keys()),
        label: cadence.position === "start" ? { zh: `月初前${n}个工作日`, en: `the month's first ${n} working days` } : { zh: `月末最后${n}个工作日`, en: `the month's last ${n} working days` },
      };
      spans = spanDays.map((s) => {
        const inPeriod = [...windows.keys()].filter((d) => d >= period.from && d <= period.to && diffDays(period.from, d) >= s.from && diffDays(period.from, d) <= s.to).length;
        const all = [...windows.keys()].filter((d) => d.slice(0, 7) === addDays(period.from, s.from).slice(0, 7)).length;
        const whole = inPeriod === all && all > 0;
        return { min: whole ? 1 : 0, max: 1, target: whole ? 1 : 0 };
      });
      const rankByDay = new Map([...windows].map(([d, rank]) => [diffDays(period.from, d), rank] as const));
      problem = { ...base, positionCost: (n) => 3 * (rankByDay.get(n.day) ?? 0) };
      break;
    }
    case "per-quarter":
    case "per-half-year":
    case "per-year": {
      const kind = cadence.kind === "per-quarter" ? "quarter" : cadence.kind === "per-half-year" ? "half-year" : "year";
      spanDays = spansOf(period, kind);
      const max = cadence.max ?? Math.max(cadence.min, 1);
      spans = spanDays.map((s) => ({
        min: s.full ? cadence.min : 0,
        max,
        // A span the period only partly covers: its occurrences go where the span starts, not again later.
        target: s.full || s.hasStart ? cadence.min : 0,
      }));
      // “About every three months / half a year”: the reading's spacing between consecutive occurrences, where one is given.
      const spacing: { minGapDays?: number | undefined; maxGapDays?: number | undefined } = cadence.kind === "per-year" ? {} : cadence;
      problem = {
        ...base,
        ...(spacing.minGapDays !== undefined ? { minGap: spacing.minGapDays } : {}),
        ...(spacing.maxGapDays !== undefined ? { maxGap: spacing.maxGapDays } : {}),
        positionCost: (n, k) => {
          const s = spanDays[n.span]!;
          const target = spans[n.span]!.target;
          if (target === 0) return 0;
          const ideal = s.start + Math.floor(((k - 1) * s.length) / target);
          return Math.abs(n.day - ideal);
        },
        shortCost: 1_000,
      };
      break;
    }
    case "as-needed":
      break;
  }

  // An occurrence held over several days ends before the next begins.
  if (problem.minGap < ctx.runDays) problem = { ...problem, minGap: ctx.runDays };
  const nodes: SeriesNode[] = [];
  // Extra sessions the article allows are the companion's; the others (and every extra where it allows none) are the chain's.
  const ownPin = (p: PinnedOccurrence) => (ctx.extraPins === "in-chain" ? true : (p.extra !== undefined) === (ctx.extraPins === "only"));
  const pins = new Map(ctx.series.pinned.filter(ownPin).map((p) => [p.date, p] as const));
  const spanOf = (day: number) => spanDays.findIndex((s) => day >= s.from && day <= s.to);
  ctx.days.forEach((d, day) => {
    const pinned = pins.get(d.date);
    const span = spans.length > 0 ? spanOf(day) : -1;
    if (pinned) {
      // A pin is one forced node: its own room, else the one chosen for it (choosePinRooms), never a choice of the search.
      const room = ctx.rooms === undefined ? undefined : (pinned.room ?? ctx.pinRooms?.get(d.date) ?? ctx.rooms[0]!);
      nodes.push({ day, date: d.date, cost: 0, forced: true, span, blocks: (ctx.pinRuns.get(d.date) ?? d).blocks, pinned, ...(room !== undefined ? { room } : {}) });
      return;
    }
    if (cadence.kind === "as-needed") return;
    if (options.cancelledDates.has(d.date)) return;
    if (window && window(d.date) === undefined) return;
    if (d.blocks.length > 0 && !options.relaxed) return;
    let cost = d.preference + BREAK_COST * d.blocks.length;
    if (options.previousDates.size > 0) cost += options.previousDates.has(d.date) ? -MOVE_COST : MOVE_COST;
    if (ctx.rooms === undefined) {
      nodes.push({ day, date: d.date, cost, forced: false, span, blocks: d.blocks });
      return;
    }
    // A pool: one node per usable room, in its order (the DP takes at most one a day: their gap, 0, is below minGap).
    const before = options.previousRooms?.get(d.date);
    ctx.rooms.forEach((room, rank) => {
      const moved = before !== undefined && before !== room ? ROOM_MOVE_COST : 0;
      nodes.push({ day, date: d.date, cost: cost + ROOM_RANK_COST * rank + moved, forced: false, span, blocks: d.blocks, room });
    });
  });
  return { ...problem, nodes, spans, spanDays: spanDays.map(({ from, to, label }) => ({ from, to, label })), ...(dateWindow ? { dateWindow } : {}) };
}

interface SpanDays {
  from: number;
  to: number;
  label: string;
  /** Days of the whole span, and its first day as an offset (may be negative). */
  length: number;
  start: number;
  full: boolean;
  hasStart: boolean;
}

function months(period: PlanningPeriod): SpanDays[] {
  return spansOf(period, "month");
}

/** The months, quarters, half-years or years the period overlaps, clipped to it, as day offsets. */
function spansOf(period: PlanningPeriod, kind: "month" | "quarter" | "half-year" | "year"): SpanDays[] {
  const out: SpanDays[] = [];
  let date = period.from;
  while (date <= period.to) {
    const span = periodContaining(kind, date);
    const from = diffDays(period.from, date);
    const toDate = span.to < period.to ? span.to : period.to;
    out.push({
      from,
      to: diffDays(period.from, toDate),
      label: span.label,
      length: diffDays(span.from, span.to) + 1,
      start: diffDays(period.from, span.from),
      full: span.from >= period.from && span.to <= period.to,
      hasStart: span.from >= period.from,
    });
    date = addDays(toDate, 1);
  }
  return out;
}
