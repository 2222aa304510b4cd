import { describe, expect, it } from "vitest";
import { deriveCountCut } from "./count-cut.js";
import { feasiblePoints, testPrograms } from "./test-programs.js";

const limits = { rounds: 20, cutsPerRound: 20, pivots: 10_000 };
const largestCount = (points: number[][]) => points.reduce((most, x) => Math.max(most, x.reduce((s, v) => s + v, 0)), 0);

describe("deriveCountCut", () => {
  it("holds at every 0/1 point of the rows, is the largest count in most programs, and its cuts make it tighter than the LP's", () => {
    let derived = 0;
    let exact = 0;
    let tighter = 0;
    for (const program of testPrograms(300, 53)) {
      const n = program.c.length;
      const points = feasiblePoints(n, program.rows);
      const most = largestCount(points);
      const count = deriveCountCut(n, program.rows, limits);
      if (count.cut === undefined) {
        // Nothing to cut: some point (by the LP, at least) sets every column.
        expect(deriveCountCut(n, program.rows, { ...limits, rounds: 0 }).cut).toBeUndefined();
        continue;
      }
      derived++;
      expect(Array.from(count.cut.idx)).toEqual(Array.from({ length: n }, (_, j) => j));
      expect(Array.from(count.cut.val).every((v) => v === 1)).toBe(true);
      expect(count.cut.rhs).toBeGreaterThanOrEqual(most);
      if (count.cut.rhs === most) exact++;
      const lpOnly = deriveCountCut(n, program.rows, { ...limits, rounds: 0 });
      if (lpOnly.cut === undefined || lpOnly.cut.rhs > count.cut.rhs) tighter++;
    }
    expect(derived).toBeGreaterThan(200);
    expect(exact).toBeGreaterThan(derived * 0.9);
    expect(tighter).toBeGreaterThan(10);
  });

  it("over a subset of the columns, holds at every 0/1 point and is their largest count in most programs", () => {
    let derived = 0;
    let exact = 0;
    for (const [t, program] of testPrograms(300, 59).entries()) {
      const n = program.c.length;
      // Every other column, from the first or the second.
      const columns = Array.from({ length: n }, (_, j) => j).filter((j) => j % 2 === t % 2);
      const most = feasiblePoints(n, program.rows).reduce((best, x) => Math.max(best, columns.reduce((s, j) => s + x[j]!, 0)), 0);
      const count = deriveCountCut(n, program.rows, limits, undefined, columns);
      if (count.cut === undefined) continue;
      derived++;
      expect(Array.from(count.cut.idx)).toEqual(columns);
      expect(count.cut.rhs).toBeGreaterThanOrEqual(most);
      if (count.cut.rhs === most) exact++;
    }
    expect(derived).toBeGreaterThan(150);
    expect(exact).toBeGreaterThan(derived * 0.9);
  });

  it("gives nothing where no row binds, and 0 where no column can be 1", () => {
    expect(deriveCountCut(3, [{ idx: Int32Array.of(0, 1, 2), val: Float64Array.of(1, 1, 1), rhs: 3 }], limits).cut).toBeUndefined();
    expect(deriveCountCut(2, [{ idx: Int32Array.of(0, 1), val: Float64Array.of(2, 3), rhs: 1 }], limits).cut?.rhs).toBe(0);
    expect(deriveCountCut(4, [{ idx: Int32Array.of(0, 1, 2, 3), val: Float64Array.of(2, 2, 2, 2), rhs: 5 }], limits).cut?.rhs).toBe(2);
  });

  it("refuses columns the program does not have, naming them", () => {
    const rows = [{ idx: Int32Array.of(0, 1), val: Float64Array.of(1, 1), rhs: 1 }];
    expect(() => deriveCountCut(2, rows, limits, undefined, [0, 2])).toThrow(new RangeError("deriveCountCut: column 2 is not one of the program's, expected 0 to 1"));
    expect(() => deriveCountCut(2, rows, limits, undefined, [-1])).toThrow(RangeError);
    // Repeated columns count once.
    const cut = deriveCountCut(2, rows, limits, undefined, [1, 0, 1]).cut!;
    expect([Array.from(cut.idx), cut.rhs]).toEqual([[0, 1], 1]);
  });
});
