import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { chooseRoundingSteps, roundedWeightBound } from "./rounded-bound.js";
import { indexPairs, type AssignmentProblem } from "./assignment-problem.js";
import { exactOptimum, windowProblemArb } from "./test-window-problems.js";

/** Weights shaped like the benchmark's: 20 per priority level, less 3 per meeting late. */
const priorityProblemArb = windowProblemArb.map((problem) => ({
  ...problem,
  pairs: problem.pairs.map((p) => {
    const priority = 1 + (Math.round(p.weight) % 3);
    const first = Math.min(...problem.pairs.filter((q) => q.item === p.item).map((q) => q.meeting));
    return { ...p, weight: 20 * priority - 3 * (p.meeting - first) };
  }),
}));

describe("roundedWeightBound", () => {
  it("is never below the exact optimum, for any step", () => {
    fc.assert(
      fc.property(fc.oneof(windowProblemArb, priorityProblemArb), fc.integer({ min: 1, max: 30 }), (problem, step) => {
        const best = exactOptimum(problem);
        expect(roundedWeightBound(problem, step, best)).toBeGreaterThanOrEqual(best);
      }),
      { numRuns: 150, seed: 29 },
    );
  });

  it("closes a gap the LP cannot: two 10-minute slots, three on-time items of 11 minutes", () => {
    // LP: 120/11 of an item fits in 2 × 60 minutes… here one meeting of 20 minutes and items of 11:
    // the LP places 20/11 items (value 36.4), only one fits; rounding by 20 gives ⌊1.82⌋ · 20 = 20.
    const problem: AssignmentProblem = {
      items: [{ minutes: 11 }, { minutes: 11 }, { minutes: 11 }],
      meetings: [{ maxItems: 3, maxMinutes: 20 }],
      pairs: [0, 1, 2].map((item) => ({ item, meeting: 0, weight: 20 })),
    };
    expect(roundedWeightBound(problem, 20, 20)).toBe(20);
  });
});

describe("chooseRoundingSteps", () => {
  it("prefers the step the incumbent's weights are whole multiples of", () => {
    const problem: AssignmentProblem = {
      items: [{ minutes: 5 }, { minutes: 5 }, { minutes: 5 }],
      meetings: [{ maxItems: 3, maxMinutes: 15 }],
      pairs: [
        { item: 0, meeting: 0, weight: 20 },
        { item: 1, meeting: 0, weight: 40 },
        { item: 2, meeting: 0, weight: 60 },
      ],
    };
    expect(chooseRoundingSteps(problem, indexPairs(problem), [0, 0, 0])).toEqual([20]);
  });

  it("takes 200,000 pairs (20,000 items × 10 meetings) without overflowing the stack (was Math.max(...spread))", () => {
    const items = 20_000;
    const problem: AssignmentProblem = {
      items: Array.from({ length: items }, () => ({ minutes: 10 })),
      meetings: Array.from({ length: 10 }, () => ({ maxItems: 15, maxMinutes: 150 })),
      pairs: Array.from({ length: items * 10 }, (_, k) => ({ item: Math.floor(k / 10), meeting: k % 10, weight: 20 * (1 + (k % 3)) })),
    };
    const meetingOf = problem.items.map((_, i) => (i < 150 ? i % 10 : -1));
    expect(chooseRoundingSteps(problem, indexPairs(problem), meetingOf)).toEqual([20]);
  });

  it("offers only steps whose rounding slack on the incumbent is below the step (others cannot gain)", () => {
    fc.assert(
      fc.property(windowProblemArb, fc.array(fc.integer({ min: -1, max: 3 }), { minLength: 8, maxLength: 8 }), (problem, raw) => {
        const index = indexPairs(problem);
        // Any eligible choice per item will do as the incumbent here: the slack is what is checked.
        const meetingOf = problem.items.map((_, i) => (index.byItem[i]!.some((p) => p.meeting === raw[i]) ? raw[i]! : -1));
        const weights = meetingOf.flatMap((m, i) => (m < 0 ? [] : [index.byItem[i]!.find((p) => p.meeting === m)!.weight]));
        for (const step of chooseRoundingSteps(problem, index, meetingOf, 3)) {
          const slack = weights.reduce((sum, w) => sum + step * Math.ceil(w / step) - w, 0);
          expect(slack).toBeLessThan(step);
        }
      }),
      { numRuns: 200, seed: 31 },
    );
  });
});
