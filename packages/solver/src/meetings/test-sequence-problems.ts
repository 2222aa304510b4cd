import type { SequenceNode, SequenceProblem } from "./sequence-dp.js";
import type { SeriesContext } from "./analyse-series.js";
import type { SeriesNode, SeriesProblem } from "./build-sequence.js";

/** A small seeded LCG: the meetings tests' random instances are the same on every run. */
export function createTestRandom(seed: number): () => number {
  let a = seed;
  return () => ((a = (a * 1103515245 + 12345) % 2147483648) / 2147483648);
}

export interface RandomSequenceOptions {
  /** Days drawn (duplicates dropped) from the first 40. */
  days: number;
  forcedRate: number;
  /** Per-month spans (counts per span) instead of gap limits (every n weeks). */
  spans: boolean;
  /** Late starts, early ends, long gaps (gap problems) and spans short of their minimum (span problems) cost 500 each instead of being forbidden. */
  relaxed?: boolean;
  /** Pins closer, further or more in a span than the limits allow cost 300 each instead of leaving no path. */
  pinBreaks?: boolean;
}

/** A random one-series problem: gap problems (every n weeks) or span problems (per month). */
export function randomSequenceProblem(rand: () => number, options: RandomSequenceOptions): SequenceProblem {
  const { spans } = options;
  const breakCost = options.relaxed ? 500 : Infinity;
  const days = [...new Set(Array.from({ length: options.days }, () => Math.floor(rand() * 40)))].sort((a, b) => a - b);
  const nodes: SequenceNode[] = days.map((day) => ({ day, cost: Math.floor(rand() * 6), forced: rand() < options.forcedRate, span: spans ? Math.floor(day / 10) : -1 }));
  return {
    nodes,
    spans: spans ? [0, 1, 2, 3].map(() => ({ min: Math.floor(rand() * 2), max: 2, target: 2 })) : [],
    minGap: spans ? 3 : 5,
    maxGap: spans ? Infinity : 12,
    gapCost: (g) => Math.abs(g - 7),
    positionCost: (node, k) => (node.span >= 0 ? k : 0),
    startCost: (node) => (spans ? 0 : node.day + 1 > 12 ? breakCost : 0),
    endCost: (node) => (spans ? 0 : 40 - node.day > 12 ? breakCost : 0),
    emptyCost: spans ? 0 : Infinity,
    shortCost: 4,
    shortfallCost: spans ? breakCost : Infinity,
    longGapCost: breakCost,
    ...(options.pinBreaks ? { pinBreakCost: 300 } : {}),
  };
}

/** Gap costs affine from some gap on (the per-month reading's V, a flat cost), and one affine only at its very end. */
const GAP_COSTS: ((g: number) => number)[] = [(g) => 2 * Math.abs(g - 15), (g) => Math.abs(g - 7), () => 0, (g) => g * g];

/**
 * A per-month-like series over 120 days: spans of 30 days, counts 0–3, no gap
 * limit, pins, strict or relaxed. `flat`: no node, position, start or end
 * costs, so that only the prices tell paths apart (many ties).
 */
export function randomMonthlyProblem(rand: () => number, trial: number, flat = false): SequenceProblem {
  const days = [...new Set(Array.from({ length: 20 + Math.floor(rand() * 60) }, () => Math.floor(rand() * 120)))].sort((a, b) => a - b);
  const relaxed = trial % 3 === 1;
  return {
    nodes: days.map((day) => ({ day, cost: flat ? 0 : Math.floor(rand() * 9), forced: rand() < 0.03, span: Math.floor(day / 30) })),
    spans: [0, 1, 2, 3].map(() => {
      const max = 1 + Math.floor(rand() * 3);
      return { min: Math.floor(rand() * 2), max, target: max };
    }),
    minGap: 1 + Math.floor(rand() * 9),
    maxGap: Infinity,
    gapCost: GAP_COSTS[trial % GAP_COSTS.length]!,
    positionCost: (node, k) => (trial % 2 === 0 && !flat ? k * (node.day % 3) : 0),
    startCost: (node) => (flat ? 0 : node.day % 4),
    endCost: (node) => (flat ? 0 : (119 - node.day) % 5),
    emptyCost: 0,
    shortCost: 40,
    shortfallCost: relaxed ? 500 : Infinity,
    longGapCost: relaxed ? 500 : Infinity,
  };
}

export interface GapSeriesOptions {
  people: string[];
  room: string;
  start: string;
  end: string;
  /** Days in the period: the last meeting must fall within 9 days of its end. */
  horizon: number;
}

/**
 * A series meeting every 5–9 days (2 per day away from a 7-day gap), first
 * within 9 days of the start and last within 9 of the end, on the given
 * nodes, in one room and slot with the given people: the coupled-series
 * tests' shape, so each test only says which days it offers.
 */
export function gapSeriesProblem(id: string, nodes: SeriesNode[], options: GapSeriesOptions): SeriesProblem {
  const { people, room, start, end, horizon } = options;
  const context = { index: 0, series: { id, name: id, pinned: [] }, start, end, room, durationMinutes: 90, expected: people, days: [], notes: [] } as unknown as SeriesContext;
  return {
    nodes,
    spans: [],
    minGap: 5,
    maxGap: 9,
    gapCost: (g) => 2 * Math.abs(g - 7),
    positionCost: () => 0,
    startCost: (n) => (n.day + 1 > 9 ? Infinity : 0),
    endCost: (n) => (horizon - n.day > 9 ? Infinity : 0),
    emptyCost: Infinity,
    shortCost: 0,
    shortfallCost: Infinity,
    longGapCost: Infinity,
    context,
    relaxed: false,
    spanDays: [],
  };
}
