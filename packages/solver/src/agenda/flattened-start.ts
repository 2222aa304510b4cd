import { evaluateAssignment, indexPairs, type AssignmentProblem } from "./assignment-problem.js";
import { boundAssignment } from "./assignment-bound.js";
import { greedyAssignment, improveAssignment, repairSelection } from "./improve-assignment.js";
import { ROLL_SCALES, rollAssignment } from "./roll-assignment.js";

/**
 * The problem with each pair's weight moved a `share` of the way towards its
 * item's best weight: w' = w + share·(best_i − w), rounded. A later meeting
 * then costs less than it does, so plans built for it place more items and
 * accept some lateness, where plans built on the true weights settle with
 * everything on time and one item fewer. Pairs of weight ≤ 0 stay as they are
 * (not eligible), so the flattened problem has the same plans.
 */
export function flattenWeights(problem: AssignmentProblem, share: number): AssignmentProblem {
  const best = new Float64Array(problem.items.length);
  for (const p of problem.pairs) if (p.weight > best[p.item]!) best[p.item] = p.weight;
  return {
    items: problem.items,
    meetings: problem.meetings,
    pairs: problem.pairs.map((p) => (p.weight <= 0 ? p : { item: p.item, meeting: p.meeting, weight: Math.round(p.weight + share * (best[p.item]! - p.weight)) })),
  };
}


/**
 * Starts built on the flattened problem (see flattenWeights): the LP-priced
 * time-ordered rolls and the knapsack Lagrangian's selections made feasible,
 * each given two sweeps of the one-meeting search on the flattened weights
 * and then handed to `onStart`, which judges it on the true weights. The
 * flattened problem's bound is of no use and is not kept; its steps aim at
 * the flattened greedy plan's value, so they run their fixed counts.
 * Why: at 1,000 items / 52 meetings these starts, polished on the true
 * weights, reached the optimum CBC proves on two of ten seeds of the bimodal
 * generator (12,391 → 12,392, 12,786 → 12,789) and lifted three of ten of
 * the other (23,220 → 23,237, 22,071 → 22,074, 23,600 → 23,617), where
 * more sweeps of the true-weight search found nothing.
 */
export function startFromFlattened(problem: AssignmentProblem, share: number, onStart: (meetingOf: number[]) => void, lpIterations?: number): void {
  const flat = flattenWeights(problem, share);
  const index = indexPairs(flat);
  const greedy = greedyAssignment(flat, index);
  improveAssignment(flat, index, greedy);
  const target = evaluateAssignment(flat, index, greedy);
  const polish = (candidate: number[]) => {
    improveAssignment(flat, index, candidate, 2);
    onStart(candidate);
  };
  boundAssignment(flat, index, {
    target,
    ...(lpIterations !== undefined ? { lpIterations } : {}),
    knapsackIterations: 3,
    onSelection: (selection) => {
      polish(repairSelection(flat, index, selection));
      return target;
    },
    onLpPrices: (prices) => {
      for (const scale of ROLL_SCALES) polish(rollAssignment(flat, index, prices.alpha, prices.beta, scale));
      return target;
    },
  });
}
