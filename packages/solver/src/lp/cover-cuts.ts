import type { SparseRow } from "./bounded-simplex.js";

/**
 * Extended cover cuts of knapsack rows (positive whole coefficients): a set C
 * of a row's columns whose coefficients sum past its right-hand side cannot
 * all be 1, Σ_C x ≤ |C| − 1, and neither can any column whose coefficient is
 * at least C's largest take the place of one of them. C is built greedily
 * from the LP point x (least (1 − x)/coefficient first), then made minimal.
 * One cut per row that has a cover; whether it cuts x off is the caller's
 * test. Each cut is valid at every 0/1 point of its row.
 */
export function separateCovers(knapsacks: readonly SparseRow[], x: Float64Array): SparseRow[] {
  const cuts: SparseRow[] = [];
  for (const row of knapsacks) {
    // Positions k in the row: column row.idx[k], coefficient row.val[k].
    const w = (k: number) => row.val[k]!;
    const at = (k: number) => x[row.idx[k]!]!;
    const positions = Array.from(row.idx, (_, k) => k);
    const order = positions.filter((k) => at(k) > 1e-9).sort((a, b) => (1 - at(a)) / w(a) - (1 - at(b)) / w(b) || row.idx[a]! - row.idx[b]!);
    const cover: number[] = [];
    let total = 0;
    for (const k of order) {
      if (total > row.rhs) break;
      cover.push(k);
      total += w(k);
    }
    if (total <= row.rhs) continue;
    // Minimal: drop the least chosen while the rest still overflow.
    for (const k of [...cover].sort((a, b) => at(a) - at(b) || row.idx[a]! - row.idx[b]!)) {
      if (total - w(k) > row.rhs) {
        cover.splice(cover.indexOf(k), 1);
        total -= w(k);
      }
    }
    const largest = cover.reduce((most, k) => Math.max(most, w(k)), 0);
    const inCover = new Set(cover);
    const extended = positions.filter((k) => inCover.has(k) || w(k) >= largest).map((k) => row.idx[k]!).sort((a, b) => a - b);
    cuts.push({ idx: Int32Array.from(extended), val: new Float64Array(extended.length).fill(1), rhs: cover.length - 1 });
  }
  return cuts;
}
