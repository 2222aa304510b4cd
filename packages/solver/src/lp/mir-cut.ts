import { rowValue, type SparseRow } from "./bounded-simplex.js";
import { safetyFor } from "./float-safety.js";
import type { ColumnFix } from "./safe-dual-bound.js";

/** Right-hand-side fractions closer than this to a whole number give no useful cut. */
const MIN_FRACTION = 0.01;

/**
 * A mixed-integer rounding cut from the rows' combination with multipliers
 * `u` (a row of B⁻¹, so the combination is a tableau row), valid for every
 * 0/1 point whatever the multipliers are. The combination Σα_j x_j + Σu_i s_i
 * = β holds for every point of the rows with their slacks s; a slack is a
 * whole number where its row is (`integralSlack`), otherwise continuous.
 * Columns at their upper bound are complemented (x = 1 − x̄) so that every
 * variable is ≥ 0.
 *
 * Floats are made safe rather than exact: each coefficient of the
 * combination is lowered, and its right-hand side raised, by a bound on its
 * rounding error, which leaves a valid inequality; rounding is valid for any
 * valid inequality, and each of its coefficients is lowered again by a bound
 * on its own error. Written back over the structural columns (s = b − a·x),
 * the cut's right-hand side is raised by the error bound of every term, which
 * holds for every x in [0, 1]. So a cut never removes a 0/1 point of the
 * rows, whatever the tableau's own numerical error.
 *
 * Columns in `fixed` are held at 0 or 1 for the points the caller is about
 * (those better than a target, see boundWithCuts): their term is dropped, so
 * the cut holds at every such point of the rows.
 */
export function deriveMirCut(n: number, rows: readonly SparseRow[], integralSlack: readonly boolean[], multipliers: Float64Array, complemented: (j: number) => boolean, fixed: readonly ColumnFix[] = []): SparseRow | undefined {
  const SAFETY = safetyFor(rows.length + n);
  const alpha = new Float64Array(n);
  const magnitude = new Float64Array(n);
  let beta = 0;
  let betaMagnitude = 0;
  // Any multipliers give a valid cut, so the tableau's round-off dust is dropped from them.
  let heaviest = 0;
  for (const ui of multipliers) heaviest = Math.max(heaviest, Math.abs(ui));
  const u = Float64Array.from(multipliers, (ui) => (Math.abs(ui) < 1e-11 * heaviest ? 0 : ui));
  for (let i = 0; i < u.length; i++) {
    const ui = u[i]!;
    if (ui === 0) continue;
    const row = rows[i]!;
    for (let k = 0; k < row.idx.length; k++) {
      const t = ui * row.val[k]!;
      alpha[row.idx[k]!]! += t;
      magnitude[row.idx[k]!]! += Math.abs(t);
    }
    beta += ui * row.rhs;
    betaMagnitude += Math.abs(ui * row.rhs);
  }
  // The base inequality Σ a_j z_j ≤ b over z ≥ 0 (x, or x̄ where complemented, then the slacks).
  let b = beta + SAFETY * betaMagnitude;
  const a = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const err = SAFETY * magnitude[j]!;
    if (complemented(j)) {
      a[j] = -alpha[j]! - err;
      b += -alpha[j]! + err + SAFETY * Math.abs(alpha[j]!);
    } else {
      a[j] = alpha[j]! - err;
    }
    // A held column's z is 0 at every point the cut is for, so its term goes.
    if (fixed[j] !== undefined) a[j] = 0;
  }
  b += SAFETY * (Math.abs(b) + 1);
  const floorB = Math.floor(b);
  const f0 = b - floorB;
  if (f0 < MIN_FRACTION || f0 > 1 - MIN_FRACTION) return undefined;
  const round = (coefficient: number, integral: boolean): number => {
    if (!integral) return Math.min(0, coefficient) / (1 - f0);
    const fl = Math.floor(coefficient);
    const f = coefficient - fl;
    return fl + Math.max(0, f - f0) / (1 - f0);
  };
  const lower = (g: number) => g - SAFETY * (1 + Math.abs(g));
  // The rounded cut Σ g_j z_j ≤ ⌊b⌋, written over x: G·x ≤ H, with the error of every term summed in `err`.
  const G = new Float64Array(n);
  const errG = new Float64Array(n);
  let H = floorB;
  let errH = 0;
  for (let j = 0; j < n; j++) {
    if (fixed[j] !== undefined) continue;
    const g = lower(round(a[j]!, true));
    if (complemented(j)) {
      G[j]! -= g;
      H -= g;
      errH += Math.abs(g);
    } else {
      G[j]! += g;
    }
    errG[j]! += Math.abs(g);
  }
  for (let i = 0; i < u.length; i++) {
    const ui = u[i]!;
    const g = lower(round(ui, integralSlack[i]!));
    if (g === 0) continue;
    const row = rows[i]!;
    H -= g * row.rhs;
    errH += Math.abs(g * row.rhs);
    for (let k = 0; k < row.idx.length; k++) {
      const t = g * row.val[k]!;
      G[row.idx[k]!]! -= t;
      errG[row.idx[k]!]! += Math.abs(t);
    }
  }
  let margin = SAFETY * (errH + Math.abs(H));
  for (let j = 0; j < n; j++) margin += SAFETY * (errG[j]! + Math.abs(G[j]!));
  H += margin;
  let largest = 0;
  for (let j = 0; j < n; j++) largest = Math.max(largest, Math.abs(G[j]!));
  if (largest === 0) return undefined;
  // Tiny coefficients dropped safely (x ≥ 0 for a positive one, x ≤ 1 for a negative one).
  const idx: number[] = [];
  const val: number[] = [];
  let dropped = 0;
  for (let j = 0; j < n; j++) {
    const gj = G[j]!;
    if (Math.abs(gj) < 1e-9 * largest) {
      if (gj < 0) dropped -= gj;
      continue;
    }
    idx.push(j);
    val.push(gj);
  }
  H += dropped;
  H += SAFETY * (Math.abs(H) + dropped);
  // A power of two scales exactly.
  let scale = 1;
  while (largest * scale >= 2) scale /= 2;
  while (largest * scale < 1) scale *= 2;
  return { idx: Int32Array.from(idx), val: Float64Array.from(val, (v) => v * scale), rhs: H * scale };
}

/** How far a row cuts x off, over its length: rows·x − rhs over ‖row‖. */
export function efficacy(row: SparseRow, x: Float64Array): number {
  let norm = 0;
  for (const v of row.val) norm += v * v;
  return (rowValue(row, x) - row.rhs) / Math.sqrt(norm);
}
