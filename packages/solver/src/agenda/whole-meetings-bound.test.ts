import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { boundWithWholeMeetings } from "./whole-meetings-bound.js";
import { indexPairs, type AssignmentProblem } from "./assignment-problem.js";
import { lpDualBound } from "./assignment-bound.js";
import { exactOptimum, windowProblemArb } from "./test-window-problems.js";

/** The LP dual's value at the given prices, written out here from its definition. */
function lpDualValue(problem: AssignmentProblem, alpha: number[], beta: number[]): number {
  let value = problem.meetings.reduce((s, mt, m) => s + Math.min(mt.maxItems, problem.items.length) * alpha[m]! + mt.maxMinutes * beta[m]!, 0);
  problem.items.forEach((it, i) => {
    const reduced = problem.pairs.filter((p) => p.item === i && p.weight > 0).map((p) => p.weight - alpha[p.meeting]! - it.minutes * beta[p.meeting]!);
    value += Math.max(0, ...reduced);
  });
  return value;
}

const pricesArb = fc.array(fc.double({ min: 0, max: 3, noNaN: true }), { minLength: 8, maxLength: 8 });

describe("boundWithWholeMeetings", () => {
  it("is never below the exact optimum, whatever the prices, and never above the LP dual at those prices", () => {
    fc.assert(
      fc.property(windowProblemArb, pricesArb, pricesArb, (problem, a, b) => {
        const alpha = problem.meetings.map((_, m) => a[m]!);
        const beta = problem.meetings.map((_, m) => b[m]! / 4);
        const { bound } = boundWithWholeMeetings(problem, indexPairs(problem), alpha, beta);
        expect(bound).toBeGreaterThanOrEqual(exactOptimum(problem) - 1e-9);
        expect(bound).toBeLessThanOrEqual(lpDualValue(problem, alpha, beta) + 1e-9);
      }),
      { numRuns: 150, seed: 37 },
    );
  });

  it("is never below the exact optimum at the LP dual's own prices", () => {
    fc.assert(
      fc.property(windowProblemArb, (problem) => {
        const index = indexPairs(problem);
        const best = exactOptimum(problem);
        const lp = lpDualBound(problem, index, best, 500);
        expect(boundWithWholeMeetings(problem, index, lp.alpha, lp.beta).bound).toBeGreaterThanOrEqual(best - 1e-9);
      }),
      { numRuns: 100, seed: 41 },
    );
  });

  it("takes the knapsack's integrality where the LP splits an item: three 50-minute items, 120 minutes", () => {
    // At β = 0.2 per minute the LP dual is 120·0.2 = 24 (two and two-fifths items);
    // kept whole, the meeting holds two items: 20, the optimum.
    const problem: AssignmentProblem = {
      items: [{ minutes: 50 }, { minutes: 50 }, { minutes: 50 }],
      meetings: [{ maxItems: 15, maxMinutes: 120 }],
      pairs: [0, 1, 2].map((item) => ({ item, meeting: 0, weight: 10 })),
    };
    expect(lpDualValue(problem, [0], [0.2])).toBeCloseTo(24, 9);
    const result = boundWithWholeMeetings(problem, indexPairs(problem), [0], [0.2]);
    expect(result.bound).toBeCloseTo(20, 9);
    expect(result.meetings).toEqual([0]);
    // At β = 0.1 the items keep 5 each outside the knapsack (LP dual 12 + 15 = 27); kept whole, 20 again.
    expect(lpDualValue(problem, [0], [0.1])).toBeCloseTo(27, 9);
    expect(boundWithWholeMeetings(problem, indexPairs(problem), [0], [0.1]).bound).toBeCloseTo(20, 9);
  });

  it("keeps whole only meetings that share no item, the one that gains most first", () => {
    // Item 1 is eligible for both meetings; meeting 1 (three 50-minute items
    // in 120) gains more than meeting 0 (two 70-minute items in 120).
    const problem: AssignmentProblem = {
      items: [{ minutes: 70 }, { minutes: 70 }, { minutes: 50 }, { minutes: 50 }, { minutes: 50 }],
      meetings: [
        { maxItems: 15, maxMinutes: 120 },
        { maxItems: 15, maxMinutes: 120 },
      ],
      pairs: [
        { item: 0, meeting: 0, weight: 10 },
        { item: 1, meeting: 0, weight: 10 },
        { item: 1, meeting: 1, weight: 10 },
        ...[2, 3, 4].map((item) => ({ item, meeting: 1, weight: 10 })),
      ],
    };
    const index = indexPairs(problem);
    const lp = lpDualBound(problem, index, 0, 2000);
    const result = boundWithWholeMeetings(problem, index, lp.alpha, lp.beta);
    expect(result.meetings).toHaveLength(1);
    expect(result.bound).toBeLessThan(lp.bound);
    expect(result.bound).toBeGreaterThanOrEqual(exactOptimum(problem));
  });
});
