import type { SparseRow } from "./bounded-simplex.js";
import { safetyFor } from "./float-safety.js";

/** A column held at 0 or at 1 for every point the bound is about (see boundWithCuts' fixing), or free. */
export type ColumnFix = 0 | 1 | undefined;

export interface SafeDual {
  /** An upper bound on cᵀx over the points, whatever the multipliers. */
  bound: number;
  /** Each column's reduced cost c_j − Σ y_i a_ij, and a bound on its error. */
  reduced: Float64Array;
  error: Float64Array;
}

/**
 * Weak duality in safe arithmetic: for any multipliers y (negative ones taken
 * as 0) and every x in [0, 1] meeting the rows, cᵀx ≤ Σ y_i b_i +
 * Σ_j (c_j − Σ_i y_i a_ij)·x_j, which is at most Σ y_i b_i plus each free
 * column's reduced cost where positive, plus the reduced cost of each column
 * held at 1 (a column held at 0 adds nothing). Every sum is raised by a bound
 * on its rounding error, so the bound holds whatever y is and however it was
 * computed.
 */
export function safeDual(c: ArrayLike<number>, rows: readonly SparseRow[], y: Float64Array, fixed: readonly ColumnFix[] = []): SafeDual {
  const n = c.length;
  const SAFETY = safetyFor(rows.length + n);
  const reduced = Float64Array.from(c);
  const error = Float64Array.from(c, Math.abs);
  let total = 0;
  let magnitude = 0;
  for (let i = 0; i < rows.length; i++) {
    const yi = Math.max(0, y[i] ?? 0);
    if (yi === 0) continue;
    const row = rows[i]!;
    total += yi * row.rhs;
    magnitude += Math.abs(yi * row.rhs);
    for (let k = 0; k < row.idx.length; k++) {
      const t = yi * row.val[k]!;
      reduced[row.idx[k]!]! -= t;
      error[row.idx[k]!]! += Math.abs(t);
    }
  }
  for (let j = 0; j < n; j++) {
    const terms = error[j]! + Math.abs(reduced[j]!);
    error[j] = SAFETY * terms;
    const fix = fixed[j];
    const term = fix === 0 ? 0 : fix === 1 ? reduced[j]! : Math.max(0, reduced[j]!);
    total += term;
    magnitude += Math.abs(term) + terms;
  }
  return { bound: total + SAFETY * (magnitude + Math.abs(total)), reduced, error };
}

/** The bound alone (safeDual). */
export function safeDualBound(c: ArrayLike<number>, rows: readonly SparseRow[], y: Float64Array, fixed: readonly ColumnFix[] = []): number {
  return safeDual(c, rows, y, fixed).bound;
}
