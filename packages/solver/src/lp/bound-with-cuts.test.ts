import { describe, expect, it } from "vitest";
import { boundWithCuts } from "./bound-with-cuts.js";
import { bruteForceOptimum, testPrograms } from "./test-programs.js";

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

  it("is the same bound, cut for cut, on every run", () => {
    for (const program of testPrograms(50, 47)) {
      const a = boundWithCuts(program.c, program.rows, Number.NEGATIVE_INFINITY, limits);
      const b = boundWithCuts(program.c, program.rows, Number.NEGATIVE_INFINITY, limits);
      expect(b).toEqual(a);
    }
  });
});
