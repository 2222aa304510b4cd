import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { greedyAssignment, improveAssignment, repairSelection } from "./improve-assignment.js";
import { indexPairs, type AssignmentProblem } from "./assignment-problem.js";
import { assertFeasible, exactOptimum, windowProblemArb } from "./test-window-problems.js";

/**
 * Any eligibility (not only windows), with zero and negative weights that
 * must never be used, like ejection-chain.test.ts's problems but smaller so
 * the brute forces below stay cheap.
 */
const generalProblemArb = fc
  .record({
    items: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 9 }),
    meetings: fc.array(fc.record({ maxItems: fc.integer({ min: 0, max: 4 }), maxMinutes: fc.integer({ min: 0, max: 20 }) }), { minLength: 1, maxLength: 4 }),
    weights: fc.array(fc.integer({ min: -3, max: 20 }), { minLength: 36, maxLength: 36 }),
    eligible: fc.array(fc.boolean(), { minLength: 36, maxLength: 36 }),
  })
  .map(({ items, meetings, weights, eligible }): AssignmentProblem => ({
    items: items.map((minutes) => ({ minutes })),
    meetings,
    pairs: items.flatMap((_, i) => meetings.flatMap((__, m) => (eligible[i * 4 + m] ? [{ item: i, meeting: m, weight: weights[i * 4 + m]! }] : []))),
  }));

const problemArb = fc.oneof(windowProblemArb, generalProblemArb);

/** The weight of item i at meeting m (0 unplaced), straight from the pairs. */
const weightOf = (problem: AssignmentProblem, i: number, m: number) => (m < 0 ? 0 : problem.pairs.find((p) => p.item === i && p.meeting === m)!.weight);
const objectiveOf = (problem: AssignmentProblem, meetingOf: readonly number[]) => meetingOf.reduce((s, m, i) => s + weightOf(problem, i, m), 0);
const fits = (problem: AssignmentProblem, meetingOf: readonly number[], m: number, extraMinutes: number) => {
  const here = meetingOf.flatMap((x, i) => (x === m ? [i] : []));
  const mt = problem.meetings[m]!;
  return here.length + 1 <= mt.maxItems && here.reduce((s, i) => s + problem.items[i]!.minutes, 0) + extraMinutes <= mt.maxMinutes;
};

/** A random selection: any meeting (eligible or not, over capacity or not) or none, per item. */
const withSelectionArb = problemArb.chain((problem) =>
  fc.tuple(fc.constant(problem), fc.array(fc.integer({ min: -1, max: problem.meetings.length - 1 }), { minLength: problem.items.length, maxLength: problem.items.length })),
);

describe("greedyAssignment", () => {
  it("is feasible, uses no non-positive pair, and leaves no unplaced item that would still fit an eligible meeting", () => {
    fc.assert(
      fc.property(problemArb, (problem) => {
        const meetingOf = greedyAssignment(problem, indexPairs(problem));
        expect(meetingOf).toHaveLength(problem.items.length);
        assertFeasible(problem, meetingOf);
        // Greedy only ever adds, so an item it skipped had no room anywhere then, nor later.
        meetingOf.forEach((m, i) => {
          if (m >= 0) return;
          for (const p of problem.pairs) if (p.item === i && p.weight > 0) expect(fits(problem, meetingOf, p.meeting, problem.items[i]!.minutes)).toBe(false);
        });
      }),
      { numRuns: 200, seed: 73 },
    );
  });
});

describe("improveAssignment", () => {
  it("never lowers the objective, keeps feasibility, and ends where no single meeting can be re-chosen better (brute force)", () => {
    fc.assert(
      fc.property(withSelectionArb, ([problem, selection]) => {
        const index = indexPairs(problem);
        // Start from a repaired random selection, which is usually worse than greedy's and leaves more to improve.
        const meetingOf = repairSelection(problem, index, selection);
        const before = objectiveOf(problem, meetingOf);
        // Each improving step gains at least 1 (whole weights) and the objective is below 200 here, so
        // 1,000 sweeps always reach a local optimum: the last check below then has to hold.
        improveAssignment(problem, index, meetingOf, 1000);
        assertFeasible(problem, meetingOf);
        const after = objectiveOf(problem, meetingOf);
        expect(after).toBeGreaterThanOrEqual(before);
        expect(after).toBeLessThanOrEqual(exactOptimum(problem));
        // Local optimality, by brute force over every subset of items eligible (positively) for each meeting:
        // putting exactly that subset in m (taking them from wherever they are) never beats the current objective.
        problem.meetings.forEach((mt, m) => {
          const eligible = problem.pairs.filter((p) => p.meeting === m && p.weight > 0).map((p) => p.item);
          for (let mask = 0; mask < 1 << eligible.length; mask++) {
            const chosen = eligible.filter((_, k) => (mask >> k) & 1);
            if (chosen.length > mt.maxItems || chosen.reduce((s, i) => s + problem.items[i]!.minutes, 0) > mt.maxMinutes) continue;
            const moved = meetingOf.map((x, i) => (chosen.includes(i) ? m : x === m ? -1 : x));
            expect(objectiveOf(problem, moved)).toBeLessThanOrEqual(after);
          }
        });
      }),
      { numRuns: 150, seed: 79 },
    );
  });

  it("re-chooses a meeting's content: two short items replace one long item of lower weight", () => {
    // Meeting of 10 minutes holds the 10-minute item (weight 7); the two
    // unplaced 5-minute items (4 each) together are worth 8.
    const problem: AssignmentProblem = {
      items: [{ minutes: 10 }, { minutes: 5 }, { minutes: 5 }],
      meetings: [{ maxItems: 3, maxMinutes: 10 }],
      pairs: [
        { item: 0, meeting: 0, weight: 7 },
        { item: 1, meeting: 0, weight: 4 },
        { item: 2, meeting: 0, weight: 4 },
      ],
    };
    const meetingOf = [0, -1, -1];
    expect(improveAssignment(problem, indexPairs(problem), meetingOf)).toBe(1);
    expect(meetingOf).toEqual([-1, 0, 0]);
  });
});

describe("repairSelection", () => {
  it("turns any selection into a feasible assignment at least as good as the best feasible part of it", () => {
    fc.assert(
      fc.property(withSelectionArb, ([problem, selection]) => {
        const meetingOf = repairSelection(problem, indexPairs(problem), selection);
        expect(meetingOf).toHaveLength(problem.items.length);
        assertFeasible(problem, meetingOf);
        // Per meeting, the best subset of the items selected there (eligible, positive) that fits, by brute force.
        let keepable = 0;
        problem.meetings.forEach((mt, m) => {
          const here = problem.pairs.filter((p) => p.meeting === m && p.weight > 0 && selection[p.item] === m);
          let best = 0;
          for (let mask = 0; mask < 1 << here.length; mask++) {
            const chosen = here.filter((_, k) => (mask >> k) & 1);
            if (chosen.length > mt.maxItems || chosen.reduce((s, p) => s + problem.items[p.item]!.minutes, 0) > mt.maxMinutes) continue;
            best = Math.max(best, chosen.reduce((s, p) => s + p.weight, 0));
          }
          keepable += best;
        });
        expect(objectiveOf(problem, meetingOf)).toBeGreaterThanOrEqual(keepable);
      }),
      { numRuns: 200, seed: 83 },
    );
  });

  it("keeps a feasible selection's placements and fills the room left", () => {
    // Item 2 is selected for a meeting it is not eligible for; item 0 is
    // over the 10 minutes (it would make 12), so the better item 1 stays;
    // then greedy puts items 0 and 2 where they still fit (meeting 1).
    const problem: AssignmentProblem = {
      items: [{ minutes: 6 }, { minutes: 6 }, { minutes: 3 }],
      meetings: [
        { maxItems: 2, maxMinutes: 10 },
        { maxItems: 2, maxMinutes: 10 },
      ],
      pairs: [
        { item: 0, meeting: 0, weight: 5 },
        { item: 0, meeting: 1, weight: 3 },
        { item: 1, meeting: 0, weight: 9 },
        { item: 2, meeting: 1, weight: 4 },
      ],
    };
    expect(repairSelection(problem, indexPairs(problem), [0, 0, 0])).toEqual([1, 0, 1]);
  });
});
