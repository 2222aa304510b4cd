import type { SeriesProblem } from "./build-sequence.js";
import type { SequenceSolution } from "./sequence-dp.js";
import { reshapeProblem, solveSubProblems, type SolveGroup, type SubProblem } from "./sub-problem.js";

/**
 * How far the Lagrangian's fractional plan must agree with the incumbent for
 * a day to be fixed, one neighbourhood each, in this order, while the work
 * lasts. On the bench's 40-series shape (seeds 40–44, after the component's
 * deeper search, before that search left a reserve) 0.5 alone took seed 41
 * from 3138 to 3100 and seed 43 from 2919 to 2923 (the descents after it
 * ended elsewhere); these five levels give 3100 and 2917, and, run past the
 * work limit, seed 44 from 3345 to 3335. Seeds 40 (proved) and 42, the
 * 80-series year, the pool and the stand-ins cases were unchanged, and no
 * bound moved.
 */
export const SUPPORT_FIXINGS = [0.5, 0.3, 0.7, 0.9, 0.2];

/** Days the fractional plan uses less than this (and the incumbent not at all) are dropped. */
export const SUPPORT_FLOOR = 0.05;

/**
 * A series' problem cut to the support of the fractional plan: the days it
 * uses more than `floor` and the incumbent's days stay, the rest go; an
 * incumbent day it uses at least `fix` is forced. The incumbent's path is a
 * path of the result, so the neighbourhood always holds the incumbent.
 */
export function restrictToSupport(p: SeriesProblem, path: readonly number[], usage: Float64Array, floor: number, fix: number): SubProblem {
  const onPath = new Set(path);
  return reshapeProblem(p, (node, n) => {
    if (node.forced) return node;
    if (!onPath.has(n)) return usage[n]! > floor ? node : undefined;
    return usage[n]! >= fix ? { ...node, forced: true } : node;
  });
}

/**
 * LP-guided large-neighbourhood descent (after RINS: Danna, Rothberg and Le
 * Pape, 2005): `usage` is the Lagrangian's fractional plan (each day's share
 * of the recent priced optima, an estimate of the LP solution). Where the
 * incumbent and that plan agree the day is fixed, days neither uses are
 * dropped, and the whole component is solved again exactly (by `solveGroup`)
 * on what is left. The exact bound's structure says where a better plan
 * lies, which the series-by-series and window moves do not read: on the
 * 40-series seed 41 its afternoon went from 1793 to 1731, where the exact
 * optimum (CBC, 73 s) is 1669. One fixing level (`fix`, see SUPPORT_FIXINGS)
 * is one neighbourhood; its plan is taken if better, compared whole by
 * `objective`. Deterministic.
 */
export function improveByLpSupport(
  problems: SeriesProblem[],
  start: SequenceSolution[],
  usage: Float64Array[],
  fix: number,
  solveGroup: SolveGroup,
  objective: (sols: SequenceSolution[]) => number = (sols) => sols.reduce((t, x) => t + x.cost, 0),
): SequenceSolution[] {
  const next = solveSubProblems(problems.map((p, s) => restrictToSupport(p, start[s]!.path, usage[s]!, SUPPORT_FLOOR, fix)), solveGroup);
  return next && objective(next) < objective(start) ? next : start;
}
