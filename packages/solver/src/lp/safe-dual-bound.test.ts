import { describe, expect, it } from "vitest";
import { safeDual, safeDualBound } from "./safe-dual-bound.js";
import { bruteForceOptimum, feasiblePoints, testPrograms, testRandom } from "./test-programs.js";

describe("safeDualBound", () => {
  it("bounds the 0/1 optimum at any multipliers, and meets it at none below", () => {
    const rand = testRandom(5);
    for (const program of testPrograms(200, 77)) {
      const optimum = bruteForceOptimum(program);
      for (let k = 0; k < 5; k++) {
        const y = Float64Array.from(program.rows, () => (rand() - 0.2) * 20);
        expect(safeDualBound(program.c, program.rows, y)).toBeGreaterThanOrEqual(optimum);
      }
      // At y = 0 it is the sum of the weights.
      expect(safeDualBound(program.c, program.rows, new Float64Array(program.rows.length))).toBeCloseTo(program.c.reduce((s, v) => s + v, 0), 6);
    }
  });
});

describe("safeDual with held columns", () => {
  it("bounds every point that keeps the held columns where they are held", () => {
    const rand = testRandom(6);
    for (const program of testPrograms(200, 79)) {
      const fixed = program.c.map(() => (rand() < 0.2 ? 0 : rand() < 0.25 ? 1 : undefined));
      let best = Number.NEGATIVE_INFINITY;
      for (const x of feasiblePoints(program.c.length, program.rows)) {
        if (fixed.some((f, j) => f !== undefined && x[j] !== f)) continue;
        best = Math.max(best, program.c.reduce((s, cj, j) => s + cj * x[j]!, 0));
      }
      const y = Float64Array.from(program.rows, () => rand() * 10);
      const dual = safeDual(program.c, program.rows, y, fixed);
      expect(dual.bound).toBeGreaterThanOrEqual(best);
      // Reduced costs are c − Aᵀy.
      for (let j = 0; j < program.c.length; j++) {
        const aty = program.rows.reduce((s, row, i) => s + y[i]! * (row.val[row.idx.indexOf(j)] ?? 0), 0);
        expect(dual.reduced[j]).toBeCloseTo(program.c[j]! - aty, 9);
      }
    }
  });
});
