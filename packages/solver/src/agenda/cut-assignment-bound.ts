import type { SparseRow } from "../lp/bounded-simplex.js";
import { boundWithCuts, type CutLimits, type CutResult } from "../lp/bound-with-cuts.js";
import { closes } from "../lp/closes.js";
import { deriveCountCut } from "../lp/count-cut.js";
import { separateCovers } from "../lp/cover-cuts.js";
import { toAssignmentLpModel } from "./assignment-lp-model.js";
import { minutesUnit } from "./minutes-scale.js";
import { indexPairs, scoreAssignment, type AssignmentPair, type AssignmentProblem } from "./assignment-problem.js";

/**
 * The counts the cut bound may spend (so every machine gets the same bound).
 * On the 408 province agendas (of 1,000) the Lagrangian bounds leave
 * unproved, the whole proof (prove-assignment.ts) proved 377 with these
 * before the count cuts and the rows' scaling (11.8 s for the 408), 376
 * with 15 rounds, and no more with 30 or 50 rounds or 80 cuts a round. At
 * most 1,359 pivots were needed in a run. `work` is shared by all the runs
 * of one bound (the count cuts' included, which get at most half of what is
 * left): about a second here. The 408 need at most 3.7·10⁸; of 28 province
 * agendas planned for a year (380–3,780 placements) left unproved by the
 * search, it proves 26 (4.6 s for the 28, at most 1.8 s each); with no
 * limit, before the rows' scaling, 25 in 24 s (one of them 14 s).
 */
export const CUT_LIMITS: CutLimits = { rounds: 20, cutsPerRound: 40, pivots: 5_000, work: 1e9 };

/**
 * The largest tableau the cut bound builds, in cells ((rows + cuts) ×
 * (placements + rows + cuts), 8 bytes each): 48 MB. A year's agenda of a
 * real government is at most about 5 million (3,780 placements, 190 rows).
 */
export const CUT_MAX_CELLS = 6_000_000;

/**
 * The assignment's 0/1 program (toAssignmentLpModel, the one the reference
 * solvers are given) as rows over its placements (weight > 0), without the
 * rows that cannot bind (an item with one placement, a meeting whose
 * placements all fit). Every coefficient is whole, as boundWithCuts needs.
 * `knapsacks` are the meetings' minutes rows among them, for cover cuts.
 *
 * Each row is divided by the greatest common divisor of its coefficients,
 * its right-hand side rounded down: the same 0/1 points (the left side is
 * then whole), and a slack in units of that divisor, so the rounding cuts,
 * which take every slack as whole, know more. Items last 10, 15 or 20
 * minutes: a meeting's 180 minutes become 36 units of 5, whose leftover is
 * whole where the minutes' leftover is a multiple of 5. On the 408 province
 * agendas this alone proves 395 instead of 377, with the count cuts 408
 * instead of 407, in about half the time (the reference solvers' own
 * preprocessing does the same: CBC cannot prove gov-00675 in 20 s without it,
 * and proves it at the root with it).
 */
export function toAssignmentRows(problem: AssignmentProblem): { pairs: AssignmentPair[]; weights: number[]; rows: SparseRow[]; knapsacks: SparseRow[] } {
  const pairs = problem.pairs.filter((p) => p.weight > 0);
  const model = toAssignmentLpModel(problem);
  const column = new Map(model.variables.map((v, j) => [v.name, j]));
  const rows: SparseRow[] = [];
  const knapsacks: SparseRow[] = [];
  for (const constraint of model.constraints) {
    if (constraint.terms.reduce((sum, t) => sum + t.coefficient, 0) <= constraint.rhs) continue;
    // The coefficients are minutes or 1s (counts): their greatest common divisor, as the knapsacks' tables take it.
    const g = minutesUnit(constraint.terms.map((t) => t.coefficient));
    const row = { idx: Int32Array.from(constraint.terms, (t) => column.get(t.variable)!), val: Float64Array.from(constraint.terms, (t) => t.coefficient / g), rhs: Math.floor(constraint.rhs / g) };
    rows.push(row);
    if (constraint.name.startsWith("minutes_")) knapsacks.push(row);
  }
  return { pairs, weights: pairs.map((p) => p.weight), rows, knapsacks };
}

/**
 * Whether a plan beats `incumbent`, and if so a bound on the best
 * (boundWithCuts: the LP relaxation with rounds of cover cuts on the
 * meetings' minutes, mixed-integer rounding cuts and reduced-cost fixing).
 * While that does not close, count cuts (lp/count-cut.ts) go in and the
 * cuts start again, aimed at the best value so far: first at most K items
 * placed in all (`count` is K), then at most K_m items in meetings m and
 * m + 1, for each two consecutive meetings (`groups` says how many bind
 * below their placements' number). The least bound of the runs stands (each
 * holds for the points better than its value, and values only rise). When
 * the bound floors to `value`, nothing beats it: the incumbent, or `plan`
 * when a whole LP point on the way was a better plan (read back and valued
 * by scoreAssignment).
 *
 * On the 408 province agendas (of 1,000) the Lagrangian bounds leave
 * unproved (before the rows' scaling, see toAssignmentRows): 377 close
 * without count cuts (13.3 s for the 408), 403 with the one count cut
 * (13.0 s), 407 with the pairs too (11.0 s: they close the slow ones
 * sooner). With the scaling: 395 without count cuts, and with them 407
 * here and the last at step 3 of prove-assignment.ts (4.8 s for the 408).
 * The count cuts come after the plain run because each costs a run of its
 * own and most programs close without them (the one count cut first: 401
 * in 21.9 s). Consecutive meetings because an item's window spans
 * neighbouring meetings, and there the LP slips a fraction of an item from
 * one to the next; on the 5 the one count cut left open, pairs closed 4,
 * prefixes and suffixes of the meetings 3, single meetings 2.
 */
export function cutAssignmentBound(problem: AssignmentProblem, incumbent: number, limits: CutLimits = CUT_LIMITS): CutResult & { count?: number; groups?: number; plan?: { meetingOf: number[]; objective: number } } {
  // Too large a tableau: no bound (as when the work runs out before the first LP). The rows are counted only when the cuts' rows alone fit.
  const none = { bound: Number.POSITIVE_INFINITY, value: incumbent, rounds: 0, cuts: [], fixed: 0, pivots: 0, work: 0 };
  // Rows the runs may add: the cuts, the count cut and a pair count per meeting.
  const added = limits.rounds * limits.cutsPerRound + 1 + problem.meetings.length;
  const cells = (rowCount: number, columns: number) => (rowCount + added) * (columns + rowCount + added);
  if (cells(0, problem.pairs.filter((p) => p.weight > 0).length) > CUT_MAX_CELLS) return none;
  const { pairs, weights, rows, knapsacks } = toAssignmentRows(problem);
  if (cells(rows.length, pairs.length) > CUT_MAX_CELLS) return none;
  const covers = (x: Float64Array) => separateCovers(knapsacks, x);
  // Every run below shares the limits' work: what one spends, the next has not.
  let pivots = 0;
  let work = 0;
  // A run may pass its work by one pivot (the limit is checked before each), so what is left is never below 0.
  const left = (): CutLimits => (limits.work === undefined ? limits : { ...limits, work: Math.max(0, limits.work - work) });
  const spend = <T extends { pivots: number; work: number }>(run: T): T => ((pivots += run.pivots), (work += run.work), run);
  let result: CutResult & { count?: number; groups?: number } = spend(boundWithCuts(weights, rows, incumbent, left(), covers));
  // Each stage adds count cuts and starts the cuts again, aimed at the best value so far.
  const again = (extra: SparseRow[]) => {
    const next = spend(boundWithCuts(weights, [...rows, ...extra], result.value, left(), covers));
    // The next run has a point only when better; else its value is the last one's, and so is the point (if any).
    const point = next.point ?? result.point;
    // The last bound holds for the points better than the last value, so for those better than this one too: the least of them stands.
    return { ...next, bound: Math.min(next.bound, result.bound), ...(point === undefined ? {} : { point }) };
  };
  const open = () => !closes(result.bound, result.value);
  const count = open() ? spend(deriveCountCut(weights.length, rows, left(), covers)).cut : undefined;
  if (count !== undefined) {
    result = { ...again([count]), count: count.rhs };
    if (open()) {
      // Then the items placed in each two consecutive meetings, bounded with the first count cut in.
      const withCount = [...rows, count];
      const groups: SparseRow[] = [];
      // At most half the work left goes on them, so the run they are for has the rest.
      const stop = limits.work === undefined ? undefined : work + (limits.work - work) / 2;
      const share = (): CutLimits => (stop === undefined ? limits : { ...limits, work: stop - work });
      for (let m = 0; m + 1 < problem.meetings.length && (stop === undefined || work < stop); m++) {
        const group = spend(deriveCountCut(weights.length, withCount, share(), covers, pairs.flatMap((p, j) => (p.meeting === m || p.meeting === m + 1 ? [j] : [])))).cut;
        if (group !== undefined) groups.push(group);
      }
      if (groups.length > 0) result = { ...again([count, ...groups]), count: count.rhs, groups: groups.length };
    }
  }
  result = { ...result, pivots, work };
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
