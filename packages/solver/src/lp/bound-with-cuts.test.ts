import { describe, expect, it } from "vitest";
import { boundWithCuts } from "./bound-with-cuts.js";
import { bruteForceOptimum, feasiblePoints, rowValue, testPrograms } from "./test-programs.js";

const limits = { rounds: 20, cutsPerRound: 20, pivots: 10_000 };

describe("boundWithCuts", () => {
  it("never bounds below the 0/1 optimum, and the cuts close most of the LP's gap", () => {
    let gaps = 0;
    let closed = 0;
    for (const program of testPrograms(300, 41)) {
      const optimum = bruteForceOptimum(program);
      const lp = boundWithCuts(program.c, program.rows, Number.NEGATIVE_INFINITY, { ...limits, rounds: 0 });
      const cut = boundWithCuts(program.c, program.rows, Number.NEGATIVE_INFINITY, limits);
      expect(lp.bound).toBeGreaterThanOrEqual(optimum);
      expect(cut.bound).toBeGreaterThanOrEqual(optimum);
      expect(cut.bound).toBeLessThanOrEqual(lp.bound + 1e-9);
      if (Math.floor(lp.bound + 1e-6) > optimum) {
        gaps++;
        if (Math.floor(cut.bound + 1e-6) <= optimum) closed++;
      }
    }
    expect(gaps).toBeGreaterThan(100);
    expect(closed).toBeGreaterThan(gaps / 2);
  });

  it("stops as soon as the bound closes on the target", () => {
    for (const program of testPrograms(100, 43)) {
      const optimum = bruteForceOptimum(program);
      const result = boundWithCuts(program.c, program.rows, optimum, limits);
      if (Math.floor(result.bound + 1e-6) <= optimum) {
        const fewer = boundWithCuts(program.c, program.rows, optimum, { ...limits, rounds: Math.max(0, result.rounds - 1) });
        if (result.rounds > 0) expect(Math.floor(fewer.bound + 1e-6)).toBeGreaterThan(optimum);
      }
    }
  });

  it("spends no more work than its limit allows, beyond the pivot that crosses it", () => {
    let stopped = 0;
    for (const program of testPrograms(100, 49)) {
      const free = boundWithCuts(program.c, program.rows, Number.NEGATIVE_INFINITY, limits);
      const half = Math.floor(free.work / 2);
      const capped = boundWithCuts(program.c, program.rows, Number.NEGATIVE_INFINITY, { ...limits, work: half });
      const cells = (program.rows.length + limits.rounds * limits.cutsPerRound) * (program.c.length + program.rows.length + limits.rounds * limits.cutsPerRound);
      expect(capped.work).toBeLessThanOrEqual(half + cells);
      // Fewer cuts or none: a bound no tighter, and still a bound.
      expect(capped.bound).toBeGreaterThanOrEqual(free.bound - 1e-9);
      expect(capped.bound).toBeGreaterThanOrEqual(bruteForceOptimum(program));
      if (capped.work < free.work) stopped++;
    }
    expect(stopped).toBeGreaterThan(50);
  });

  it("is the same bound, cut for cut, on every run", () => {
    for (const program of testPrograms(50, 47)) {
      const a = boundWithCuts(program.c, program.rows, Number.NEGATIVE_INFINITY, limits);
      const b = boundWithCuts(program.c, program.rows, Number.NEGATIVE_INFINITY, limits);
      expect(b).toEqual(a);
    }
  });
});

describe("boundWithCuts with a target: reduced-cost fixing", () => {
  it("keeps every point better than the target: its cuts hold there and its bound is at least the optimum", () => {
    let held = 0;
    let checked = 0;
    for (const program of testPrograms(300, 53)) {
      const optimum = bruteForceOptimum(program);
      const value = (x: number[]) => program.c.reduce((s, cj, j) => s + cj * x[j]!, 0);
      for (const target of [optimum - 1, optimum - 3, Math.floor(optimum * 0.9)]) {
        const result = boundWithCuts(program.c, program.rows, target, limits);
        held += result.fixed;
        expect(result.bound).toBeGreaterThanOrEqual(optimum);
        for (const x of feasiblePoints(program.c.length, program.rows)) {
          if (value(x) <= target) continue;
          for (const cut of result.cuts) expect(rowValue(cut, x)).toBeLessThanOrEqual(cut.rhs), checked++;
        }
      }
    }
    expect(held).toBeGreaterThan(100);
    expect(checked).toBeGreaterThan(1000);
  });

  it("closes on the optimum more often than the cuts alone", () => {
    let withFixing = 0;
    let cutsOnly = 0;
    for (const program of testPrograms(300, 59)) {
      const optimum = bruteForceOptimum(program);
      // One round of cuts, so that the fixing before it shows.
      const oneRound = { ...limits, rounds: 1 };
      if (Math.floor(boundWithCuts(program.c, program.rows, optimum, oneRound).bound + 1e-6) <= optimum) withFixing++;
      if (Math.floor(boundWithCuts(program.c, program.rows, Number.NEGATIVE_INFINITY, oneRound).bound + 1e-6) <= optimum) cutsOnly++;
    }
    expect(withFixing).toBeGreaterThan(cutsOnly + 5);
  });
});

describe("boundWithCuts: whole LP points", () => {
  it("hands back a whole LP point better than the target, a point of the rows valued exactly, and the optimum when it closes", () => {
    let found = 0;
    for (const program of testPrograms(300, 61)) {
      const optimum = bruteForceOptimum(program);
      const result = boundWithCuts(program.c, program.rows, 0, limits);
      if (result.point === undefined) {
        expect(result.value).toBe(0);
        continue;
      }
      found++;
      const x = Array.from(result.point);
      for (const row of program.rows) expect(rowValue(row, x)).toBeLessThanOrEqual(row.rhs);
      expect(result.value).toBe(program.c.reduce((s, cj, j) => s + cj * x[j]!, 0));
      if (Math.floor(result.bound + 1e-6) <= result.value) expect(result.value).toBe(optimum);
    }
    expect(found).toBeGreaterThan(100);
  });
});

describe("boundWithCuts on programs it cannot bound", () => {
  it("refuses limits that are not whole counts ≥ 0, naming the limit", () => {
    const rows = [{ idx: Int32Array.of(0, 1), val: Float64Array.of(1, 1), rhs: 1 }];
    expect(() => boundWithCuts([1, 1], rows, 0, { ...limits, pivots: Number.NaN })).toThrow(new RangeError("boundWithCuts: limits.pivots must be a whole number ≥ 0, found NaN"));
    expect(() => boundWithCuts([1, 1], rows, 0, { ...limits, rounds: -1 })).toThrow(/limits\.rounds/);
    expect(() => boundWithCuts([1, 1], rows, 0, { ...limits, cutsPerRound: 2.5 })).toThrow(/limits\.cutsPerRound/);
    expect(() => boundWithCuts([1, 1], rows, 0, { ...limits, work: Number.NaN })).toThrow(/limits\.work/);
    expect(boundWithCuts([1, 1], rows, 0, { ...limits, work: 0 }).bound).toBe(Number.POSITIVE_INFINITY);
  });

  it("refuses fractional coefficients, weights or right-hand sides, negative right-hand sides and unknown columns, naming where", () => {
    const row = (val: number[], rhs: number, idx = val.map((_, j) => j)) => ({ idx: Int32Array.from(idx), val: Float64Array.from(val), rhs });
    expect(() => boundWithCuts([3, 2], [row([1.5, 1], 2)], 0, limits)).toThrow("coefficient of column 0 in row 0 must be a whole number, found 1.5");
    expect(() => boundWithCuts([3, 2.5], [row([1, 1], 2)], 0, limits)).toThrow("weight of column 1 must be a whole number, found 2.5");
    expect(() => boundWithCuts([3, 2], [row([1, 1], 1), row([1, 1], -1)], 0, limits)).toThrow("right-hand side of row 1 must be a whole number ≥ 0, found -1");
    expect(() => boundWithCuts([3, 2], [row([1, 1], 1, [0, 2])], 0, limits)).toThrow("row 0 names column 2, expected 0 to 1");
  });
});
