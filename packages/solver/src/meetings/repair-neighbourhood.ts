import type { SeriesProblem } from "./build-sequence.js";
import type { SequenceSolution } from "./sequence-dp.js";
import type { ClashingNodes } from "./clash-heuristics.js";
import { timesOverlap } from "./clock.js";
import { shareRoom } from "./room-pool.js";
import { isWorkSpent } from "./work-meter.js";
import { reshapeProblem, solveSubProblems, type SolveGroup, type SubProblem } from "./sub-problem.js";

/**
 * Series that can clash with `s` at all: they share a person or a room (their
 * pools overlap) and their usual times overlap (pinned occurrences aside: a
 * heuristic's choice).
 */
export function clashNeighbours(problems: SeriesProblem[]): number[][] {
  return problems.map((a, s) =>
    problems.flatMap((b, t) => {
      if (s === t || !timesOverlap(a.context.start, a.context.end, b.context.start, b.context.end)) return [];
      const people = new Set(a.context.expected);
      const share = b.context.expected.some((p) => people.has(p)) || shareRoom(a.context, b.context);
      return share ? [t] : [];
    }),
  );
}

/** The problem restricted to the nodes `keep` allows (pinned nodes always stay), with the map back. */
export function restrictProblem(p: SeriesProblem, keep: (n: number) => boolean): SubProblem {
  return reshapeProblem(p, (node, n) => (node.forced || keep(n) ? node : undefined));
}

/**
 * Large-neighbourhood repair: while some series' path clashes, the first such
 * series and the series it can clash with are solved again exactly together
 * (by `solveGroup`, the component search) on the days the others leave free;
 * when that group has no plan it grows by one ring of neighbours. Each step
 * removes every clash inside the group and creates none outside it, so the
 * number of clashing series falls. Deterministic (series order).
 */
export function repairByNeighbourhood(
  problems: SeriesProblem[],
  start: SequenceSolution[],
  clashingNodes: ClashingNodes,
  solveGroup: SolveGroup,
  options: { maxGroup?: number; steps?: number } = {},
): SequenceSolution[] | undefined {
  const k = problems.length;
  const maxGroup = options.maxGroup ?? 8;
  const near = clashNeighbours(problems);
  const sols = start.slice();
  const clashingSeries = () => {
    for (let s = 0; s < k; s++) {
      const present = clashingNodes(s, sols);
      if (sols[s]!.path.some((n) => present.has(n))) return s;
    }
    return -1;
  };
  for (let step = 0; step < (options.steps ?? 4 * k); step++) {
    const s = clashingSeries();
    if (s < 0) return sols;
    if (isWorkSpent()) return undefined;
    let group = [s, ...near[s]!].sort((a, b) => a - b);
    if (group.length >= k) return undefined;
    let solved = false;
    while (!solved) {
      const result = solveWithin(problems, sols, group, clashingNodes, solveGroup);
      if (result) {
        group.forEach((g, i) => (sols[g] = result[i]!));
        solved = true;
        break;
      }
      const grown = [...new Set([...group, ...group.flatMap((g) => near[g]!)])].sort((a, b) => a - b);
      if (grown.length === group.length || grown.length > maxGroup || grown.length >= k) break;
      group = grown;
    }
    if (!solved) return undefined;
  }
  return clashingSeries() < 0 ? sols : undefined;
}

/** The group solved together with the other series' paths fixed; paths as indices of the full problems. */
export function solveWithin(problems: SeriesProblem[], sols: SequenceSolution[], group: number[], clashingNodes: ClashingNodes, solveGroup: SolveGroup): SequenceSolution[] | undefined {
  const inGroup = new Set(group);
  const fixed = sols.map((x, t) => (inGroup.has(t) ? undefined : x));
  const subs = group.map((g) => {
    const blocked = clashingNodes(g, fixed);
    return restrictProblem(problems[g]!, (n) => !blocked.has(n));
  });
  return solveSubProblems(subs, solveGroup);
}

/**
 * Large-neighbourhood descent on a clash-free plan: each series with the
 * series it can clash with is solved again exactly together, the rest fixed;
 * a better group plan is taken (it stays clash-free). Passes until none helps.
 */
export function improveByNeighbourhood(
  problems: SeriesProblem[],
  start: SequenceSolution[],
  clashingNodes: ClashingNodes,
  solveGroup: SolveGroup,
  passes = 2,
  /**
   * The whole plan's cost, as the caller's search counts it (its soft clashes
   * included): a group is solved with the rest fixed, so what it costs beside
   * the series outside it (a stand-in with a series it does not hold) shows
   * only here. Default: the series' own costs.
   */
  objective: (sols: SequenceSolution[]) => number = (sols) => sols.reduce((t, x) => t + x.cost, 0),
): SequenceSolution[] {
  const near = clashNeighbours(problems);
  let sols = start.slice();
  let current = objective(sols);
  for (let pass = 0; pass < passes; pass++) {
    let better = false;
    for (let s = 0; s < problems.length && !isWorkSpent(); s++) {
      const group = [s, ...near[s]!].sort((a, b) => a - b);
      // The whole component is the caller's own search.
      if (group.length >= problems.length || near[s]!.length === 0) continue;
      const result = solveWithin(problems, sols, group, clashingNodes, solveGroup);
      if (!result) continue;
      const next = sols.slice();
      group.forEach((g, i) => (next[g] = result[i]!));
      const value = objective(next);
      if (value < current) {
        sols = next;
        current = value;
        better = true;
      }
    }
    if (!better) break;
  }
  return sols;
}
