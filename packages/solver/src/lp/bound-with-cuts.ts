import { BoundedSimplex, type SparseRow } from "./bounded-simplex.js";
import { deriveMirCut, efficacy, safeDualBound } from "./mir-cut.js";

export interface CutLimits {
  /** Rounds of cuts (each: cuts from the fractional rows, then dual simplex). */
  rounds: number;
  /** Cuts added per round at most, from the most fractional rows first. */
  cutsPerRound: number;
  /** Simplex pivots over the whole run. */
  pivots: number;
}

export interface CutResult {
  /** No 0/1 point of the rows is worth more than this (safe arithmetic). */
  bound: number;
  rounds: number;
  /** The cuts added, each valid for every 0/1 point of the rows. */
  cuts: SparseRow[];
  pivots: number;
}

/** A cut must cut the LP point off by this much over its length to be added. */
const MIN_EFFICACY = 1e-4;
/** Basic values this close to a whole number count as whole. */
const FRACTION = 0.005;

/**
 * An upper bound on max cᵀx over the 0/1 points of integer rows
 * (Σ a_j x_j ≤ b, b ≥ 0, every a and b whole): the LP relaxation,
 * strengthened by rounds of mixed-integer rounding cuts read off the
 * tableau's fractional rows (Gomory's mixed-integer cut of each row). Each
 * round's bound is weak duality at the LP's duals in safe arithmetic
 * (safeDualBound), so it never rests on the simplex being accurate, and each
 * cut is valid however the tableau erred (deriveMirCut); the best bound of
 * the rounds is returned. Stops once the bound floors to `target` or below
 * (whole weights: nothing better than target exists), when no fractional row
 * gives a cut, or when the counts in `limits` run out.
 */
export function boundWithCuts(c: ArrayLike<number>, rows: readonly SparseRow[], target: number, limits: CutLimits): CutResult {
  const all = [...rows];
  const integral = rows.map(() => true);
  const lp = new BoundedSimplex(c, rows, rows.length + limits.rounds * limits.cutsPerRound);
  let status = lp.solvePrimal(limits.pivots);
  let bound = Number.POSITIVE_INFINITY;
  let rounds = 0;
  const cuts: SparseRow[] = [];
  for (;;) {
    if (status === "optimal") bound = Math.min(bound, safeDualBound(c, all, lp.duals()));
    if (status !== "optimal" || Math.floor(bound + 1e-6) <= target || rounds >= limits.rounds) break;
    const x = lp.values();
    const fractional: { r: number; distance: number }[] = [];
    for (let r = 0; r < lp.m; r++) {
      const { variable, value } = lp.basic(r);
      if (variable >= lp.n && !integral[variable - lp.n]) continue; // a cut's slack is continuous
      const f = value - Math.floor(value);
      if (f > FRACTION && f < 1 - FRACTION) fractional.push({ r, distance: Math.abs(f - 0.5) });
    }
    fractional.sort((p, q) => p.distance - q.distance || p.r - q.r);
    const added: SparseRow[] = [];
    for (const { r } of fractional) {
      if (added.length >= limits.cutsPerRound) break;
      const cut = deriveMirCut(lp.n, all, integral, lp.multipliers(r), (j) => lp.isAtUpper(j));
      if (cut !== undefined && efficacy(cut, x) > MIN_EFFICACY) added.push(cut);
    }
    if (added.length === 0) break;
    for (const cut of added) {
      lp.addRow(cut);
      all.push(cut);
      integral.push(false);
      cuts.push(cut);
    }
    rounds++;
    status = lp.solveDual(limits.pivots);
  }
  return { bound, rounds, cuts, pivots: lp.pivots };
}
