import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { AssignmentProblem } from "./assignment-problem.js";
import { flattenWeights, startFromFlattened } from "./flattened-start.js";
import { assertFeasible, windowProblemArb } from "./test-window-problems.js";

describe("flattenWeights", () => {
  const problem: AssignmentProblem = {
    items: [{ minutes: 5 }, { minutes: 10 }],
    meetings: [{ maxItems: 2, maxMinutes: 20 }, { maxItems: 2, maxMinutes: 20 }, { maxItems: 2, maxMinutes: 20 }],
    pairs: [
      { item: 0, meeting: 0, weight: 40 },
      { item: 0, meeting: 1, weight: 37 },
      { item: 0, meeting: 2, weight: 34 },
      { item: 1, meeting: 1, weight: 20 },
      { item: 1, meeting: 2, weight: -4 },
    ],
  };

  it("moves each weight the given share of the way to its item's best, and leaves ineligible pairs out", () => {
    expect(flattenWeights(problem, 0.5).pairs.map((p) => p.weight)).toEqual([40, 39, 37, 20, -4]);
    expect(flattenWeights(problem, 0).pairs).toEqual(problem.pairs);
    expect(flattenWeights(problem, 1).pairs.map((p) => p.weight)).toEqual([40, 40, 40, 20, -4]);
  });
});

describe("startFromFlattened", () => {
  it("hands over only plans that keep every cap and eligibility of the true problem", () => {
    let starts = 0;
    fc.assert(
      fc.property(windowProblemArb, fc.constantFrom(0.3, 0.6), (problem, share) => {
        startFromFlattened(
          problem,
          share,
          (meetingOf) => {
            starts++;
            expect(meetingOf).toHaveLength(problem.items.length);
            assertFeasible(problem, meetingOf);
          },
          50,
        );
      }),
      { numRuns: 100, seed: 7 },
    );
    // Where the flattened problem's trivial bound already meets its greedy plan there are no starts; most have some.
    expect(starts).toBeGreaterThan(100);
  });
});
