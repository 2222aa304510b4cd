import { describe, expect, it } from "vitest";
import type { SeriesNode, SeriesProblem } from "./build-sequence.js";
import type { ClashingNodes } from "./clash-heuristics.js";
import { improveByNeighbourhood } from "./repair-neighbourhood.js";
import { resolveClashes } from "./resolve-clashes.js";
import { solveSequence, type SequenceSolution } from "./sequence-dp.js";
import { gapSeriesProblem } from "./test-sequence-problems.js";

/**
 * Three weekly series over four weeks from Monday 2 March 2026, each in its
 * own room at 09:00: A and B share 王 (a hard clash), B and C share 孙, who
 * may send a stand-in to C's meeting at 5 a week (a soft clash, priced by
 * the caller's objective). A prefers Thursday (Wednesday costs 1), B too
 * (Wednesday costs 3); C meets on Thursdays only.
 */
const date = (day: number) => `2026-03-${String(day + 2).padStart(2, "0")}`;
function weekly(id: string, people: string[], room: string, costs: { wed?: number; thu: number }): SeriesProblem {
  const nodes: SeriesNode[] = [];
  for (let week = 0; week < 4; week++) {
    if (costs.wed !== undefined) nodes.push({ day: week * 7 + 2, date: date(week * 7 + 2), cost: costs.wed, forced: false, span: -1, blocks: [] });
    nodes.push({ day: week * 7 + 3, date: date(week * 7 + 3), cost: costs.thu, forced: false, span: -1, blocks: [] });
  }
  return gapSeriesProblem(id, nodes, { people, room, start: "09:00", end: "10:30", horizon: 28 });
}
const problems = [weekly("A", ["wang"], "r1", { wed: 1, thu: 0 }), weekly("B", ["wang", "sun"], "r2", { wed: 3, thu: 0 }), weekly("C", ["sun"], "r3", { thu: 0 })];
const days = (s: number, sol: SequenceSolution) => sol.path.map((n) => problems[s]!.nodes[n]!.day);
/** A and B may not share a day (王); C is never blocked (孙's clash with it is soft). */
const clashingNodes: ClashingNodes = (s, sols) => {
  const out = new Map<number, number>();
  const other = s === 0 ? 1 : s === 1 ? 0 : -1;
  const taken = other >= 0 && sols[other] ? new Set(days(other, sols[other]!)) : new Set<number>();
  problems[s]!.nodes.forEach((node, n) => taken.has(node.day) && out.set(n, 1));
  return out;
};
const solveGroup = (subs: SeriesProblem[]) => resolveClashes(subs, { nodeLimit: 100, dualIterations: 50, inner: true });
const path = (s: number, weekday: number) => {
  const nodes = problems[s]!.nodes.flatMap((node, n) => (node.day % 7 === weekday ? [n] : []));
  return { path: nodes, cost: solveSequence(problems[s]!, (n) => !nodes.includes(n))!.cost };
};
/** The series' costs plus 5 for each day B and C share (孙's stand-in). */
const withStandIns = (sols: SequenceSolution[]) => sols.reduce((t, x) => t + x.cost, 0) + 5 * days(1, sols[1]!).filter((d) => days(2, sols[2]!).includes(d)).length;

describe("improveByNeighbourhood judges a group's new plan on the whole plan's objective", () => {
  // A Thursdays, B Wednesdays (3 a week), C Thursdays: 12, no stand-in.
  const start = [path(0, 3), path(1, 2), path(2, 3)];

  it("by the series' costs alone, swaps A and B (4 instead of 12) though B then meets beside C every week", () => {
    const moved = improveByNeighbourhood(problems, start, clashingNodes, solveGroup, 1);
    expect(days(1, moved[1]!).map((d) => d % 7)).toEqual([3, 3, 3, 3]);
    expect(withStandIns(moved)).toBe(24);
  });

  it("with the stand-ins priced, keeps the plan of 12, which a swap would raise to 24", () => {
    const kept = improveByNeighbourhood(problems, start, clashingNodes, solveGroup, 1, withStandIns);
    expect(kept.map((sol, s) => days(s, sol).map((d) => d % 7))).toEqual([[3, 3, 3, 3], [2, 2, 2, 2], [3, 3, 3, 3]]);
    expect(withStandIns(kept)).toBe(12);
  });
});
