import { rowValue, type SparseRow } from "./bounded-simplex.js";

export { rowValue };

export interface TestProgram {
  c: number[];
  rows: SparseRow[];
}

/** A deterministic stream of numbers in [0, 1). */
export function testRandom(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/**
 * Small 0/1 programs with whole coefficients: knapsack rows (weights 1–9),
 * rows with some negative coefficients, and "at most one of" rows, every
 * right-hand side ≥ 0 so x = 0 is feasible.
 */
export function testPrograms(count: number, seed: number): TestProgram[] {
  const rand = testRandom(seed);
  const pick = (k: number) => Math.floor(rand() * k);
  return Array.from({ length: count }, () => {
    const n = 5 + pick(8);
    const c = Array.from({ length: n }, () => 1 + pick(40));
    const rows: SparseRow[] = [];
    for (let r = 0, m = 1 + pick(4); r < m; r++) {
      const kind = pick(3);
      const idx = Array.from({ length: n }, (_, j) => j).filter(() => rand() < 0.7);
      if (idx.length === 0) continue;
      const val = idx.map(() => (kind === 2 ? 1 : kind === 1 && rand() < 0.3 ? -1 - pick(4) : 1 + pick(9)));
      const positive = val.reduce((s, v) => s + Math.max(0, v), 0);
      const rhs = kind === 2 ? 1 : Math.max(1, Math.floor(positive * (0.3 + 0.4 * rand())));
      rows.push({ idx: Int32Array.from(idx), val: Float64Array.from(val), rhs });
    }
    return { c, rows };
  });
}


/** Every 0/1 point of the rows (n ≤ 16). */
export function feasiblePoints(n: number, rows: readonly SparseRow[]): number[][] {
  const points: number[][] = [];
  for (let mask = 0; mask < 1 << n; mask++) {
    const x = Array.from({ length: n }, (_, j) => (mask >> j) & 1);
    if (rows.every((row) => rowValue(row, x) <= row.rhs)) points.push(x);
  }
  return points;
}

/** The 0/1 optimum by enumeration. */
export function bruteForceOptimum(program: TestProgram): number {
  let best = 0;
  for (const x of feasiblePoints(program.c.length, program.rows)) best = Math.max(best, program.c.reduce((s, cj, j) => s + cj * x[j]!, 0));
  return best;
}
