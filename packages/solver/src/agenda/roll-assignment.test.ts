import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { rollAssignment } from "./roll-assignment.js";
import { indexPairs, type AssignmentProblem } from "./assignment-problem.js";
import { lpDualBound } from "./assignment-bound.js";
import { assertFeasible, windowProblemArb } from "./test-window-problems.js";

describe("rollAssignment", () => {
  it("defers an item to a later meeting when the prices say the room here is worth more", () => {
    // Item 0 (10 minutes) may go to meeting 0 or 1; item 1 (10 minutes) only to meeting 0; one 10-minute slot each.
    const problem: AssignmentProblem = {
      items: [{ minutes: 10 }, { minutes: 10 }],
      meetings: [
        { maxItems: 1, maxMinutes: 10 },
        { maxItems: 1, maxMinutes: 10 },
      ],
      pairs: [
        { item: 0, meeting: 0, weight: 20 },
        { item: 0, meeting: 1, weight: 17 },
        { item: 1, meeting: 0, weight: 15 },
      ],
    };
    const index = indexPairs(problem);
    // Unpriced, item 0 is worth 20 − 17 = 3 more now than later, item 1 is worth 15: item 1 takes meeting 0.
    expect(rollAssignment(problem, index, [0, 0], [0, 0])).toEqual([1, 0]);
    // When meeting 1's minutes are priced above what item 0 is worth there, waiting is worth nothing.
    expect(rollAssignment(problem, index, [0, 0], [0, 2])).toEqual([0, -1]);
  });

  it("is feasible for any prices and scale, and the same on every run", () => {
    fc.assert(
      fc.property(windowProblemArb, fc.array(fc.double({ min: 0, max: 5, noNaN: true }), { minLength: 8, maxLength: 8 }), fc.double({ min: 0.5, max: 1.5, noNaN: true }), (problem, prices, scale) => {
        const index = indexPairs(problem);
        const alpha = problem.meetings.map((_, m) => prices[m]!);
        const beta = problem.meetings.map((_, m) => prices[m + 4]! / 5);
        const meetingOf = rollAssignment(problem, index, alpha, beta, scale);
        assertFeasible(problem, meetingOf);
        expect(rollAssignment(problem, index, alpha, beta, scale)).toEqual(meetingOf);
      }),
      { numRuns: 300, seed: 13 },
    );
  });

  it("works from the LP dual's own prices", () => {
    fc.assert(
      fc.property(windowProblemArb, (problem) => {
        const index = indexPairs(problem);
        const lp = lpDualBound(problem, index, 0, 500);
        expect(lp.alpha.every((a) => a >= 0) && lp.beta.every((b) => b >= 0)).toBe(true);
        assertFeasible(problem, rollAssignment(problem, index, lp.alpha, lp.beta));
      }),
      { numRuns: 100, seed: 17 },
    );
  });
});
