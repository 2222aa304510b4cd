import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { solveAssignment } from "./solve-assignment.js";
import { solveKnapsack } from "./knapsack.js";
import type { AssignmentProblem } from "./assignment-problem.js";
import { toAssignmentLpModel } from "./assignment-lp-model.js";
import { solveWithJsLpSolver } from "../backend/js-lp-solver-backend.js";
import { assertFeasible, windowProblemArb } from "./test-window-problems.js";
import { evaluateAssignment, indexPairs } from "./assignment-problem.js";
import { lpDualBound } from "./assignment-bound.js";
import { bruteForceAssignment } from "./test-brute-force.js";

const problemArb = fc
  .record({
    items: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 7 }),
    meetings: fc.array(fc.record({ maxItems: fc.integer({ min: 1, max: 3 }), maxMinutes: fc.integer({ min: 0, max: 15 }) }), { minLength: 1, maxLength: 3 }),
    weights: fc.array(fc.integer({ min: -3, max: 20 }), { minLength: 21, maxLength: 21 }),
  })
  .map(({ items, meetings, weights }): AssignmentProblem => ({
    items: items.map((minutes) => ({ minutes })),
    meetings,
    pairs: items.flatMap((_, i) => meetings.map((__, m) => ({ item: i, meeting: m, weight: weights[(i * 3 + m) % weights.length]! }))),
  }));

describe("solveKnapsack", () => {
  it("matches exhaustive search, count limit included", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ minutes: fc.integer({ min: 1, max: 20 }), profit: fc.integer({ min: -300, max: 2000 }) }), { maxLength: 10 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 60 }),
        (raw, maxItems, maxMinutes) => {
          const candidates = raw.map((c, key) => ({ key, minutes: c.minutes, profit: c.profit / 100 }));
          let best = 0;
          for (let mask = 0; mask < 1 << candidates.length; mask++) {
            const set = candidates.filter((_, k) => mask & (1 << k));
            if (set.length <= maxItems && set.reduce((s, c) => s + c.minutes, 0) <= maxMinutes) best = Math.max(best, set.reduce((s, c) => s + c.profit, 0));
          }
          const r = solveKnapsack(candidates, maxItems, maxMinutes);
          const chosen = candidates.filter((c) => r.chosen.includes(c.key));
          expect(r.value).toBeCloseTo(best, 9);
          expect(chosen.reduce((s, c) => s + c.profit, 0)).toBeCloseTo(r.value, 9);
          expect(chosen.length).toBeLessThanOrEqual(maxItems);
          expect(chosen.reduce((s, c) => s + c.minutes, 0)).toBeLessThanOrEqual(maxMinutes);
        },
      ),
      { numRuns: 400, seed: 42 },
    );
  });
});

describe("solveAssignment", () => {
  it("never claims more than the optimum, its bound is never below it, and 'optimal' is true only when it is", () => {
    fc.assert(
      fc.property(problemArb, (problem) => {
        const best = bruteForceAssignment(problem);
        const r = solveAssignment(problem);
        expect(r.objective).toBeLessThanOrEqual(best);
        expect(r.bound).toBeGreaterThanOrEqual(best - 1e-6);
        if (r.optimal) expect(r.objective).toBe(best);
        // Feasible: caps, minutes and eligibility hold.
        assertFeasible(problem, r.meetingOf);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it("on window-shaped instances (the agenda model's, where the LP-priced starts matter): bound valid, 'optimal' only when it is, LP prices a valid bound", () => {
    let proved = 0;
    fc.assert(
      fc.property(windowProblemArb, (problem) => {
        const best = bruteForceAssignment(problem);
        const r = solveAssignment(problem);
        expect(r.objective).toBeLessThanOrEqual(best);
        expect(r.bound).toBeGreaterThanOrEqual(best - 1e-6);
        if (r.optimal) {
          expect(r.objective).toBe(best);
          proved++;
        }
        // Any prices the LP dual stops at give a bound no lower than the optimum.
        expect(lpDualBound(problem, indexPairs(problem), best, 200).bound).toBeGreaterThanOrEqual(best - 1e-6);
        problem.meetings.forEach((mt, m) => {
          const here = r.meetingOf.map((x, i) => (x === m ? i : -1)).filter((i) => i >= 0);
          expect(here.length).toBeLessThanOrEqual(mt.maxItems);
          expect(here.reduce((s, i) => s + problem.items[i]!.minutes, 0)).toBeLessThanOrEqual(mt.maxMinutes);
          for (const i of here) expect(problem.pairs.some((p) => p.item === i && p.meeting === m)).toBe(true);
        });
      }),
      { numRuns: 300, seed: 23 },
    );
    expect(proved).toBeGreaterThan(150);
  });

  it("proves small instances optimal", () => {
    let proved = 0;
    fc.assert(
      fc.property(problemArb, (problem) => {
        if (solveAssignment(problem).optimal) proved++;
      }),
      { numRuns: 200, seed: 11 },
    );
    expect(proved).toBeGreaterThan(150);
  });

  it("writes the same model for reference solvers: its 0/1 optimum is the exhaustive one, its LP relaxation a bound", () => {
    fc.assert(
      fc.property(problemArb, (problem) => {
        const best = bruteForceAssignment(problem);
        const exact = solveWithJsLpSolver(toAssignmentLpModel(problem));
        expect(exact.status).toBe("optimal");
        expect(exact.objective).toBeCloseTo(best, 6);
        const relaxed = solveWithJsLpSolver(toAssignmentLpModel(problem, { relax: true }));
        expect(relaxed.objective).toBeGreaterThanOrEqual(best - 1e-6);
      }),
      { numRuns: 60, seed: 3 },
    );
  });

  it("solves 20,000 items (210,000 pairs) through every step without overflowing the stack (it once threw RangeError from a spread)", () => {
    const T = 20_000;
    const M = 100;
    // The benchmark's shape, built without a random generator: windows of 8–13 meetings, 5–20 minutes, weights 40·priority − 3·lateness.
    const problem: AssignmentProblem = { items: [], meetings: Array.from({ length: M }, () => ({ maxItems: 15, maxMinutes: 120 })), pairs: [] };
    for (let i = 0; i < T; i++) {
      problem.items.push({ minutes: 5 + ((i * 7) % 16) });
      const first = (i * 13) % M;
      for (let k = 0; k < 8 + (i % 6) && first + k < M; k++) problem.pairs.push({ item: i, meeting: first + k, weight: 40 * (1 + (i % 3)) - 3 * k });
    }
    // Few iterations keep it fast; every step still runs, the rounded-weight steps included (nothing closes this early).
    const result = solveAssignment(problem, { lpIterations: 40, knapsackIterations: 1, maxSweeps: 2 });
    expect(evaluateAssignment(problem, indexPairs(problem), result.meetingOf)).toBe(result.objective);
    expect(result.objective).toBeGreaterThan(0);
    expect(result.bound).toBeGreaterThanOrEqual(result.objective);
  });

  it("rejects fractional weights", () => {
    expect(() => solveAssignment({ items: [{ minutes: 1 }], meetings: [{ maxItems: 1, maxMinutes: 5 }], pairs: [{ item: 0, meeting: 0, weight: 1.5 }] })).toThrow(/whole numbers/);
  });
});
