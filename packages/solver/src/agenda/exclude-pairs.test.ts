import { describe, expect, it } from "vitest";
import { excludePairsByBound } from "./exclude-pairs.js";
import { bruteForceAssignment, tinyAssignmentProblems } from "./test-brute-force.js";

describe("excludePairsByBound: placements no better plan can use", () => {
  it("keeps every plan better than the incumbent, and its bound holds for them (checked by brute force)", () => {
    let excluded = 0;
    for (const [t, problem] of tinyAssignmentProblems(300, 7).entries()) {
      const optimum = bruteForceAssignment(problem);
      if (optimum === 0) continue;
      // An incumbent one below the optimum: the optimal plans beat it, so one must survive.
      const result = excludePairsByBound(problem, optimum - 1);
      expect({ t, optimum: bruteForceAssignment(result.problem) }).toEqual({ t, optimum });
      expect(result.bound + 1e-6).toBeGreaterThanOrEqual(optimum);
      excluded += problem.pairs.length - result.problem.pairs.length;
      // The pairs left are the problem's own.
      for (const p of result.problem.pairs) expect(problem.pairs).toContainEqual(p);
    }
    // Not a filter that keeps everything.
    expect(excluded).toBeGreaterThan(100);
  });

  it("with the optimum as incumbent, leaves no plan better than it", () => {
    let closed = 0;
    for (const problem of tinyAssignmentProblems(300, 8)) {
      const optimum = bruteForceAssignment(problem);
      const result = excludePairsByBound(problem, optimum);
      expect(bruteForceAssignment(result.problem)).toBeLessThanOrEqual(optimum);
      if (Math.floor(result.bound + 1e-6) <= optimum) closed++;
    }
    expect(closed).toBeGreaterThan(0);
  });
});
