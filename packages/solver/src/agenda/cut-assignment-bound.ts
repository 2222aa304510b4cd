import type { SparseRow } from "../lp/bounded-simplex.js";
import { boundWithCuts, type CutLimits, type CutResult } from "../lp/bound-with-cuts.js";
import type { AssignmentProblem } from "./assignment-problem.js";

/**
 * The counts the cut bound may spend (so every machine gets the same bound).
 * On the 408 province agendas (of 1,000) the Lagrangian bounds leave
 * unproved, these prove 329 (each at CBC's optimum) for 22 ms a program;
 * 100 rounds of 100 cuts prove no more for twice the time.
 */
export const CUT_LIMITS: CutLimits = { rounds: 30, cutsPerRound: 40, pivots: 20_000 };

/**
 * The assignment as rows over its placements (weight > 0): each item at most
 * once (where it has two or more), each meeting within its item cap and its
 * minutes (where they can bind). Every coefficient is whole, as
 * boundWithCuts needs.
 */
export function toAssignmentRows(problem: AssignmentProblem): { weights: number[]; rows: SparseRow[] } {
  const pairs = problem.pairs.filter((p) => p.weight > 0);
  const rows: SparseRow[] = [];
  const push = (cols: number[], coefficient: (j: number) => number, rhs: number) => rows.push({ idx: Int32Array.from(cols), val: Float64Array.from(cols, coefficient), rhs });
  const byItem = new Map<number, number[]>();
  const byMeeting = new Map<number, number[]>();
  pairs.forEach((p, j) => {
    (byItem.get(p.item) ?? byItem.set(p.item, []).get(p.item)!).push(j);
    (byMeeting.get(p.meeting) ?? byMeeting.set(p.meeting, []).get(p.meeting)!).push(j);
  });
  for (const [, cols] of [...byItem].sort((a, b) => a[0] - b[0])) if (cols.length > 1) push(cols, () => 1, 1);
  const minutes = (j: number) => problem.items[pairs[j]!.item]!.minutes;
  for (const [m, cols] of [...byMeeting].sort((a, b) => a[0] - b[0])) {
    const mt = problem.meetings[m]!;
    if (cols.length > mt.maxItems) push(cols, () => 1, mt.maxItems);
    if (cols.reduce((sum, j) => sum + minutes(j), 0) > mt.maxMinutes) push(cols, minutes, mt.maxMinutes);
  }
  return { weights: pairs.map((p) => p.weight), rows };
}

/**
 * Whether a plan beats `incumbent`, and if so a bound on the best
 * (boundWithCuts: the LP relaxation with rounds of mixed-integer rounding
 * cuts and reduced-cost fixing). When the bound floors to the incumbent, the
 * incumbent is optimal.
 */
export function cutAssignmentBound(problem: AssignmentProblem, incumbent: number, limits: CutLimits = CUT_LIMITS): CutResult {
  const { weights, rows } = toAssignmentRows(problem);
  return boundWithCuts(weights, rows, incumbent, limits);
}
