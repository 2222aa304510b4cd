import type { SparseRow } from "../lp/bounded-simplex.js";
import { boundWithCuts, type CutLimits, type CutResult } from "../lp/bound-with-cuts.js";
import { indexPairs, scoreAssignment, type AssignmentPair, type AssignmentProblem } from "./assignment-problem.js";

/**
 * The counts the cut bound may spend (so every machine gets the same bound).
 * On the 408 province agendas (of 1,000) the Lagrangian bounds leave
 * unproved, the whole proof (prove-assignment.ts) proves 377 with these
 * (11.8 s for the 408), 376 with 15 rounds, and no more with 30 or 50
 * rounds or 80 cuts a round. At most 1,359 pivots were needed: the cap
 * bounds the worst case, as a pivot costs rows × columns.
 */
export const CUT_LIMITS: CutLimits = { rounds: 20, cutsPerRound: 40, pivots: 5_000 };

/**
 * The assignment as rows over its placements (weight > 0): each item at most
 * once (where it has two or more), each meeting within its item cap and its
 * minutes (where they can bind). Every coefficient is whole, as
 * boundWithCuts needs.
 */
export function toAssignmentRows(problem: AssignmentProblem): { pairs: AssignmentPair[]; weights: number[]; rows: SparseRow[] } {
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
  return { pairs, weights: pairs.map((p) => p.weight), rows };
}

/**
 * Whether a plan beats `incumbent`, and if so a bound on the best
 * (boundWithCuts: the LP relaxation with rounds of cover cuts on the
 * meetings' minutes, mixed-integer rounding cuts and reduced-cost fixing).
 * When the bound floors to `value`, nothing beats it: the incumbent, or
 * `plan` when a whole LP point on the way was a better plan (read back and
 * valued by scoreAssignment).
 */
export function cutAssignmentBound(problem: AssignmentProblem, incumbent: number, limits: CutLimits = CUT_LIMITS): CutResult & { plan?: { meetingOf: number[]; objective: number } } {
  const { pairs, weights, rows } = toAssignmentRows(problem);
  const result = boundWithCuts(weights, rows, incumbent, limits, (x) => separateCovers(problem, pairs, x));
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

/**
 * Extended cover cuts of each meeting's minutes: a set C of its placements
 * whose minutes exceed the meeting's cannot all be chosen, Σ_C x ≤ |C| − 1,
 * and neither can any placement at least as long as C's longest take the
 * place of one of them. C is built greedily from the LP point (least
 * (1 − x)/minutes first), then made minimal.
 */
export function separateCovers(problem: AssignmentProblem, pairs: readonly AssignmentPair[], x: Float64Array): SparseRow[] {
  const byMeeting = new Map<number, number[]>();
  pairs.forEach((p, j) => (byMeeting.get(p.meeting) ?? byMeeting.set(p.meeting, []).get(p.meeting)!).push(j));
  const minutes = (j: number) => problem.items[pairs[j]!.item]!.minutes;
  const cuts: SparseRow[] = [];
  for (const [m, cols] of [...byMeeting].sort((a, b) => a[0] - b[0])) {
    const cap = problem.meetings[m]!.maxMinutes;
    const order = cols.filter((j) => x[j]! > 1e-9).sort((a, b) => (1 - x[a]!) / minutes(a) - (1 - x[b]!) / minutes(b) || a - b);
    const cover: number[] = [];
    let total = 0;
    for (const j of order) {
      if (total > cap) break;
      cover.push(j);
      total += minutes(j);
    }
    if (total <= cap) continue;
    // Minimal: drop the least chosen while the rest still overflow.
    for (const j of [...cover].sort((a, b) => x[a]! - x[b]! || a - b)) {
      if (total - minutes(j) > cap) {
        cover.splice(cover.indexOf(j), 1);
        total -= minutes(j);
      }
    }
    const longest = cover.reduce((most, j) => Math.max(most, minutes(j)), 0);
    const inCover = new Set(cover);
    const extended = cols.filter((j) => inCover.has(j) || minutes(j) >= longest).sort((a, b) => a - b);
    cuts.push({ idx: Int32Array.from(extended), val: new Float64Array(extended.length).fill(1), rhs: cover.length - 1 });
  }
  return cuts;
}
