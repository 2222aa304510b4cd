import type { SparseRow } from "../lp/bounded-simplex.js";
import { boundWithCuts, type CutLimits, type CutResult } from "../lp/bound-with-cuts.js";
import { closes } from "../lp/closes.js";
import { deriveCountCut } from "../lp/count-cut.js";
import { separateCovers } from "../lp/cover-cuts.js";
import { toAssignmentLpModel } from "./assignment-lp-model.js";
import { indexPairs, scoreAssignment, type AssignmentPair, type AssignmentProblem } from "./assignment-problem.js";

/**
 * The counts the cut bound may spend (so every machine gets the same bound).
 * On the 408 province agendas (of 1,000) the Lagrangian bounds leave
 * unproved, the whole proof (prove-assignment.ts) proved 377 with these
 * before the count cut (11.8 s for the 408), 376 with 15 rounds, and no
 * more with 30 or 50 rounds or 80 cuts a round. At most 1,359 pivots were needed: the cap
 * bounds the worst case, as a pivot costs rows × columns.
 */
export const CUT_LIMITS: CutLimits = { rounds: 20, cutsPerRound: 40, pivots: 5_000 };

/**
 * The assignment's 0/1 program (toAssignmentLpModel, the one the reference
 * solvers are given) as rows over its placements (weight > 0), without the
 * rows that cannot bind (an item with one placement, a meeting whose
 * placements all fit). Every coefficient is whole, as boundWithCuts needs.
 * `knapsacks` are the meetings' minutes rows among them, for cover cuts.
 */
export function toAssignmentRows(problem: AssignmentProblem): { pairs: AssignmentPair[]; weights: number[]; rows: SparseRow[]; knapsacks: SparseRow[] } {
  const pairs = problem.pairs.filter((p) => p.weight > 0);
  const model = toAssignmentLpModel(problem);
  const column = new Map(model.variables.map((v, j) => [v.name, j]));
  const rows: SparseRow[] = [];
  const knapsacks: SparseRow[] = [];
  for (const constraint of model.constraints) {
    if (constraint.terms.reduce((sum, t) => sum + t.coefficient, 0) <= constraint.rhs) continue;
    const row = { idx: Int32Array.from(constraint.terms, (t) => column.get(t.variable)!), val: Float64Array.from(constraint.terms, (t) => t.coefficient), rhs: constraint.rhs };
    rows.push(row);
    if (constraint.name.startsWith("minutes_")) knapsacks.push(row);
  }
  return { pairs, weights: pairs.map((p) => p.weight), rows, knapsacks };
}

/**
 * Whether a plan beats `incumbent`, and if so a bound on the best
 * (boundWithCuts: the LP relaxation with rounds of cover cuts on the
 * meetings' minutes, mixed-integer rounding cuts and reduced-cost fixing).
 * When that does not close, the count cut (lp/count-cut.ts: at most K items
 * placed, K bounded the same way) goes in and the cuts start again, aimed
 * at the best value so far; `count` is then its K. When the bound floors to
 * `value`, nothing beats it: the incumbent, or `plan` when a whole LP point
 * on the way was a better plan (read back and valued by scoreAssignment).
 *
 * The count cut comes second because it costs two more runs, and most
 * programs close without it: on the 408 province agendas, 377 proved
 * without it (13.3 s), 403 with it second (13.2 s: it closes the slow
 * ones sooner), 401 with it first (21.9 s).
 */
export function cutAssignmentBound(problem: AssignmentProblem, incumbent: number, limits: CutLimits = CUT_LIMITS): CutResult & { count?: number; plan?: { meetingOf: number[]; objective: number } } {
  const { pairs, weights, rows, knapsacks } = toAssignmentRows(problem);
  const covers = (x: Float64Array) => separateCovers(knapsacks, x);
  const first = boundWithCuts(weights, rows, incumbent, limits, covers);
  const count = closes(first.bound, first.value) ? undefined : deriveCountCut(weights.length, rows, limits, covers);
  let result: CutResult & { count?: number } = first;
  if (count !== undefined) {
    const again = boundWithCuts(weights, [...rows, count.cut], first.value, limits, covers);
    // Aimed at the first run's value, the second has a point only when better; else its value is the first's, and so is the point (if any).
    const point = again.point ?? first.point;
    result = { ...again, ...(point === undefined ? {} : { point }), pivots: first.pivots + count.pivots + again.pivots, count: count.cut.rhs };
  }
  if (result.point === undefined) return result;
  const meetingOf = problem.items.map(() => -1);
  pairs.forEach((p, j) => {
    if (result.point![j] === 1) meetingOf[p.item] = p.meeting;
  });
  const score = scoreAssignment(problem, indexPairs(problem), meetingOf);
  // The rows admit only plans (cut-assignment-bound.test.ts), so this is a check: were it to fail, nothing is claimed.
  if ("fault" in score || score.total !== result.value) return { ...result, bound: Number.POSITIVE_INFINITY, value: incumbent, point: undefined };
  return { ...result, plan: { meetingOf, objective: score.total } };
}
