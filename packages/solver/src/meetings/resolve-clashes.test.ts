import { describe, expect, it } from "vitest";
import type { SeriesContext } from "./analyse-series.js";
import type { SeriesNode, SeriesProblem } from "./build-sequence.js";
import { resolveClashes } from "./resolve-clashes.js";
import { gapSeriesProblem } from "./test-sequence-problems.js";

/**
 * Two weekly series in one room at one time, both preferring Wednesday, over
 * four weeks (Mon 2 – Sun 29 March 2026). At most one can have Wednesday; the
 * plan is checked by comparing dates, rooms and times directly, and its cost
 * against a brute force over every subset of days with the costs written here.
 */

const date = (day: number) => `2026-03-${String(day + 2).padStart(2, "0")}`;
// Day 0 is Monday 2 March: Tuesday, Wednesday, Thursday of each week, Wednesday cheapest.
const WEEKDAY_COST: [number, number][] = [[1, 2], [2, 0], [3, 4]];

function weekly(id: string, people: string[]): SeriesProblem {
  const nodes: SeriesNode[] = [];
  for (let week = 0; week < 4; week++) for (const [offset, cost] of WEEKDAY_COST) nodes.push({ day: week * 7 + offset, date: date(week * 7 + offset), cost, forced: false, span: -1, blocks: [] });
  nodes.sort((a, b) => a.day - b.day);
  // First meeting by day 8, last from day 19 (within 9 days of either end of the 28).
  return gapSeriesProblem(id, nodes, { people, room: "r1", start: "09:00", end: "10:30", horizon: 28 });
}

/** The same rules written out: node costs, gaps in [5, 9] at 2 per day off 7, first by day 8, last from day 19. */
function pathCost(p: SeriesProblem, path: number[]): number {
  if (path.length === 0) return Infinity;
  const days = path.map((n) => p.nodes[n]!.day);
  if (days[0]! > 8 || days.at(-1)! < 19) return Infinity;
  let cost = path.reduce((t, n) => t + p.nodes[n]!.cost, 0);
  for (let i = 1; i < days.length; i++) {
    const g = days[i]! - days[i - 1]!;
    if (g < 5 || g > 9) return Infinity;
    cost += 2 * Math.abs(g - 7);
  }
  return cost;
}

function paths(p: SeriesProblem): { path: number[]; cost: number }[] {
  const out = [];
  for (let mask = 0; mask < 1 << p.nodes.length; mask++) {
    const path = p.nodes.map((_, i) => i).filter((i) => mask & (1 << i));
    const cost = pathCost(p, path);
    if (Number.isFinite(cost)) out.push({ path, cost });
  }
  return out;
}

describe("resolveClashes: two series, one room, one preferred day", () => {
  const a = weekly("a", ["zhang"]);
  const b = weekly("b", ["li"]);

  it("returns a clash-free plan at the brute-force optimum (6: one series keeps Wednesdays, the other takes three Tuesdays)", () => {
    // Brute force over both series' day subsets: the room is shared, so no date may be used twice.
    let optimum = Infinity;
    const pb = paths(b);
    for (const x of paths(a)) {
      const used = new Set(x.path.map((n) => a.nodes[n]!.date));
      for (const y of pb) if (!y.path.some((n) => used.has(b.nodes[n]!.date))) optimum = Math.min(optimum, x.cost + y.cost);
    }
    // By hand: one series keeps all four Wednesdays (0); the other moves to Tuesday (+2 each, 7-day gaps)
    // and may skip the first week, since Tuesday 10 March (day 8) is still within 9 days of the start: 3 × 2.
    expect(optimum).toBe(6);

    const result = resolveClashes([a, b], { nodeLimit: 1_000 })!;
    expect(result).toBeDefined();
    const sa = result.solutions[0]!;
    const sb = result.solutions[1]!;
    // Independent clash check: same room and the same 09:00–10:30 slot, so no shared date.
    const datesA = sa.path.map((n) => a.nodes[n]!.date);
    const datesB = sb.path.map((n) => b.nodes[n]!.date);
    expect(datesA.filter((d) => datesB.includes(d))).toEqual([]);
    expect(pathCost(a, sa.path) + pathCost(b, sb.path)).toBe(optimum);
    expect(result.objective).toBe(optimum);
    expect(result.bound).toBeLessThanOrEqual(optimum);
    expect(result.optimal).toBe(true);
    // One series on Wednesdays only, the other on Tuesdays only.
    const weekdays = (ds: string[]) => [...new Set(ds.map((d) => new Date(`${d}T00:00:00Z`).getUTCDay()))];
    expect([weekdays(datesA), weekdays(datesB)].sort()).toEqual([[2], [3]]);
  });

  it("leaves both on Wednesday when they no longer share the room or a person at that time", () => {
    const apart = { ...b, context: { ...b.context, room: "r2" } as SeriesContext };
    const result = resolveClashes([a, apart], { nodeLimit: 1_000 })!;
    // Each alone: four Wednesdays, 7-day gaps: cost 0.
    expect(result.objective).toBe(0);
    expect(pathCost(a, result.solutions[0]!.path) + pathCost(apart, result.solutions[1]!.path)).toBe(0);
  });
});
