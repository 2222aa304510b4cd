import { boundWithCuts, type CutLimits } from "./bound-with-cuts.js";
import type { SparseRow } from "./bounded-simplex.js";

/**
 * The count cut of a 0/1 program (rows as boundWithCuts takes them):
 * Σ x_j ≤ K over `columns` (default: every column), K the floor of a bound
 * on how many of them any 0/1 point of the rows sets to 1. The bound is
 * boundWithCuts with weight 1 on those columns, 0 elsewhere, and no target,
 * so it holds at every point and the cut does too. No `cut` when the count
 * is not bounded below the number of columns (nothing to cut) or the LP ran
 * out of pivots or work. `pivots` and `work`: what the count's bound cost.
 *
 * Why: where every column is worth about the same (an agenda's items are
 * worth ~12,000 each, give or take a preference of a few hundred), most of
 * the LP's excess over the best plan is a fraction of one more column. The
 * count, a whole number, cannot take that fraction. Of the 408 province
 * agendas (of 1,000) the Lagrangian bounds leave unproved, the other cuts
 * prove 395; with the count over every column and over each two
 * consecutive meetings, all 408 (agenda/cut-assignment-bound.ts).
 */
export function deriveCountCut(n: number, rows: readonly SparseRow[], limits: CutLimits, separate?: (x: Float64Array) => SparseRow[], columns?: readonly number[]): { cut?: SparseRow; pivots: number; work: number } {
  const idx = columns === undefined ? Int32Array.from({ length: n }, (_, j) => j) : Int32Array.from(new Set(columns)).sort();
  for (const j of columns ?? []) if (!Number.isInteger(j) || j < 0 || j >= n) throw new RangeError(`deriveCountCut: column ${j} is not one of the program's, expected 0 to ${n - 1}`);
  const weights = new Array<number>(n).fill(0);
  for (const j of idx) weights[j] = 1;
  const count = boundWithCuts(weights, rows, Number.NEGATIVE_INFINITY, limits, separate);
  // The bound is safe (rounding accounted for) and the count whole, so its floor holds; 10⁻⁶ as in closes, to err high.
  const k = Math.floor(count.bound + 1e-6);
  const spent = { pivots: count.pivots, work: count.work };
  if (!(k < idx.length)) return spent;
  return { cut: { idx, val: new Float64Array(idx.length).fill(1), rhs: Math.max(0, k) }, ...spent };
}
