import type { SeriesProblem } from "./build-sequence.js";
import type { SequenceSolution } from "./sequence-dp.js";
import { reshapeProblem, solveSubProblems, type SolveGroup, type SubProblem } from "./sub-problem.js";
import { isWorkSpent } from "./work-meter.js";

/**
 * The problem with its days outside [from, to] fixed to `path`: path days
 * there become forced, other days there are dropped, days inside stay free.
 * Every node of the path is kept, so the sub-problem's cost of a path is the
 * full series' cost of it (comparable with the incumbent as it is).
 */
export function freezeOutside(p: SeriesProblem, path: readonly number[], from: number, to: number): SubProblem {
  const onPath = new Set(path);
  return reshapeProblem(p, (node, n) => {
    if ((node.day >= from && node.day <= to) || node.forced) return node;
    return onPath.has(n) ? { ...node, forced: true } : undefined;
  });
}

export interface WindowOptions {
  /** Days each window frees (default 35: five weeks, two or three occurrences of a fortnightly series). */
  width?: number;
  /** Days between window starts (default 21: windows overlap, so a move across a border is seen). */
  step?: number;
  /** Passes over the period; stops early after a pass with no gain (default 2). */
  passes?: number;
}

/**
 * Time-window large-neighbourhood descent on a clash-free plan: every series
 * keeps its plan outside a window of days and the whole component is solved
 * again exactly (by `solveGroup`, the component search) inside it. What
 * series-by-series moves cannot do, a window does: several series trade days
 * at once. Coupling is only by day, so a window's sub-problem is small (each
 * series has a few free days) whatever the component's size. A better window
 * plan is taken; the plan stays clash-free. Deterministic: windows in day
 * order, a fixed number of passes.
 */
export function improveByWindows(
  problems: SeriesProblem[],
  start: SequenceSolution[],
  solveGroup: SolveGroup,
  objective: (sols: SequenceSolution[]) => number = (sols) => sols.reduce((t, x) => t + x.cost, 0),
  options: WindowOptions = {},
): SequenceSolution[] {
  const width = options.width ?? 35;
  const step = options.step ?? 21;
  let last = 0;
  for (const p of problems) for (const node of p.nodes) last = Math.max(last, node.day);
  const sols = start.slice();
  for (let pass = 0; pass < (options.passes ?? 2); pass++) {
    let better = false;
    for (let from = 0; from <= last && !isWorkSpent(); from += step) {
      const to = from + width - 1;
      const subs = problems.map((p, s) => freezeOutside(p, sols[s]!.path, from, to));
      const next = solveSubProblems(subs, solveGroup);
      // Compared whole (soft clashes included, through `objective`): the window's plan is the full plan with its days changed.
      if (!next || objective(next) >= objective(sols)) continue;
      next.forEach((x, s) => (sols[s] = x));
      better = true;
    }
    if (!better) break;
  }
  return sols;
}
