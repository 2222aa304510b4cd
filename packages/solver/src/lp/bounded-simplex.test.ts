import { describe, expect, it } from "vitest";
import { BoundedSimplex, type SparseRow } from "./bounded-simplex.js";
import { safeDualBound } from "./safe-dual-bound.js";
import { rowValue, testPrograms, testRandom } from "./test-programs.js";

/** Primal feasible, duals ≥ 0, and weak duality's bound meets the objective: optimal. */
function expectCertifiedOptimum(lp: BoundedSimplex, c: number[], rows: readonly SparseRow[]) {
  const x = lp.values();
  for (const xj of x) expect(xj).toBeGreaterThanOrEqual(-1e-9), expect(xj).toBeLessThanOrEqual(1 + 1e-9);
  for (const row of rows) expect(rowValue(row, x)).toBeLessThanOrEqual(row.rhs + 1e-7);
  const y = lp.duals();
  for (const yi of y) expect(yi).toBeGreaterThanOrEqual(-1e-9);
  const objective = lp.objective(c);
  expect(safeDualBound(c, rows, y) - objective).toBeLessThan(1e-6 * (1 + Math.abs(objective)));
}

/**
 * A random row over some of the columns, weights 1–5, whose right-hand side
 * is `scale` times its value at x, floored, plus `slack` (so 0.8 and 0 cut x
 * off, 3 and 1 leave it be).
 */
function randomRow(n: number, x: Float64Array, rand: () => number, scale: number, slack: number): SparseRow {
  const idx = Int32Array.from(Array.from({ length: n }, (_, j) => j).filter(() => rand() < 0.6));
  const row: SparseRow = { idx, val: Float64Array.from(idx, () => 1 + Math.floor(rand() * 5)), rhs: 0 };
  row.rhs = Math.max(0, Math.floor(rowValue(row, x) * scale) + slack);
  return row;
}

describe("BoundedSimplex", () => {
  it("solves random LPs to an optimum its own duals certify", () => {
    for (const { c, rows } of testPrograms(300, 3)) {
      const lp = new BoundedSimplex(c, rows, rows.length);
      expect(lp.solvePrimal(10_000)).toBe("optimal");
      expectCertifiedOptimum(lp, c, rows);
    }
  });

  it("re-optimises by dual simplex after rows that cut the optimum off are appended", () => {
    const rand = testRandom(17);
    let cutOff = 0;
    for (const { c, rows } of testPrograms(300, 9)) {
      const lp = new BoundedSimplex(c, rows, rows.length + 3);
      lp.solvePrimal(10_000);
      const all = [...rows];
      for (let k = 0; k < 3; k++) {
        const x = lp.values();
        const row = randomRow(c.length, x, rand, 0.8, 0);
        if (rowValue(row, x) > row.rhs + 1e-9) cutOff++;
        lp.addRow(row);
        all.push(row);
        expect(lp.solveDual(10_000)).toBe("optimal");
        expectCertifiedOptimum(lp, c, all);
      }
    }
    expect(cutOff).toBeGreaterThan(300);
  });

  it("reads row r of B⁻¹: its combination of the rows has 1 at row r's basic column and 0 at the other basics", () => {
    for (const { c, rows } of testPrograms(100, 21)) {
      const lp = new BoundedSimplex(c, rows, rows.length);
      lp.solvePrimal(10_000);
      for (let r = 0; r < lp.m; r++) {
        const u = lp.multipliers(r);
        const column = (v: number) => (v >= lp.n ? u[v - lp.n]! : rows.reduce((s, row, i) => s + u[i]! * (row.val[row.idx.indexOf(v)] ?? 0), 0));
        for (let s = 0; s < lp.m; s++) expect(column(lp.basic(s).variable)).toBeCloseTo(s === r ? 1 : 0, 9);
      }
    }
  });

  it("drops rows that do not bind: the point and the duals stay, and it re-optimises after more rows as before", () => {
    const rand = testRandom(29);
    let dropped = 0;
    for (const { c, rows } of testPrograms(200, 33)) {
      const lp = new BoundedSimplex(c, rows, rows.length + 6);
      lp.solvePrimal(10_000);
      const all = [...rows];
      const addRandomRow = (loose: boolean) => {
        const row = randomRow(c.length, lp.values(), rand, loose ? 3 : 0.8, loose ? 1 : 0);
        lp.addRow(row);
        all.push(row);
        lp.solveDual(10_000);
      };
      for (let k = 0; k < 3; k++) addRandomRow(rand() < 0.5);
      const x = lp.values();
      const y = lp.duals();
      const kept = lp.dropSlackRows((i) => i >= rows.length && lp.slackValue(i) > 1e-6);
      dropped += all.length - kept.length;
      expect(Array.from(lp.values())).toEqual(Array.from(x));
      expect(Array.from(lp.duals())).toEqual(kept.map((i) => y[i]));
      const left = kept.map((i) => all[i]!);
      expectCertifiedOptimum(lp, c, left);
      all.splice(0, all.length, ...left);
      addRandomRow(false);
      expect(lp.solveDual(10_000)).toBe("optimal");
      expectCertifiedOptimum(lp, c, all);
    }
    expect(dropped).toBeGreaterThan(100);
  });

  it("stops at its pivot limit and says so", () => {
    const [{ c, rows }] = testPrograms(1, 4) as [{ c: number[]; rows: SparseRow[] }];
    const lp = new BoundedSimplex(c, rows, rows.length);
    expect(lp.solvePrimal(0)).toBe("pivot-limit");
  });

  it("counts the cells its pivots touch, and stops at its work limit", () => {
    for (const { c, rows } of testPrograms(50, 6)) {
      const free = new BoundedSimplex(c, rows, rows.length);
      expect(free.solvePrimal(10_000)).toBe("optimal");
      // Every pivot touches each row over the structural and slack columns.
      const cells = rows.length * (c.length + rows.length);
      expect(free.work).toBe(free.pivots * cells);
      if (free.pivots < 2) continue;
      // The limit is checked before each pivot: with the last pivot's cells short, it is not taken.
      const capped = new BoundedSimplex(c, rows, rows.length);
      expect(capped.solvePrimal(10_000, free.work - cells)).toBe("pivot-limit");
      expect(capped.pivots).toBe(free.pivots - 1);
    }
  });
});
