import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { improveMeetingPair } from "./pair-move.js";
import { indexPairs, type AssignmentProblem } from "./assignment-problem.js";
import { greedyAssignment, improveAssignment, repairSelection } from "./improve-assignment.js";
import { assertFeasible, exactOptimum, windowProblemArb } from "./test-window-problems.js";

/** The objective straight from the pairs (0 for an unplaced item). */
const objectiveOf = (problem: AssignmentProblem, meetingOf: readonly number[]) =>
  meetingOf.reduce((s, m, i) => s + (m < 0 ? 0 : problem.pairs.find((p) => p.item === i && p.meeting === m)!.weight), 0);

/** A window problem, a random selection, two meeting indices (made distinct below) and a kind of start. */
const caseArb = windowProblemArb.chain((problem) =>
  fc.tuple(
    fc.constant(problem),
    fc.array(fc.integer({ min: -1, max: problem.meetings.length - 1 }), { minLength: problem.items.length, maxLength: problem.items.length }),
    fc.nat(problem.meetings.length - 1),
    fc.nat(Math.max(0, problem.meetings.length - 2)),
    fc.constantFrom("empty", "repaired", "polished"),
  ),
);

describe("improveMeetingPair", () => {
  it("never lowers the objective, keeps feasibility, and reports exactly whether the objective rose", () => {
    let rose = 0;
    fc.assert(
      fc.property(caseArb, ([problem, selection, a, k, start0]) => {
        if (problem.meetings.length < 2) return;
        const b = k >= a ? k + 1 : k; // any meeting other than a, either side of it
        const index = indexPairs(problem);
        // Starts: nothing placed (the move must fill both meetings), a repaired random
        // selection, or a single-meeting optimum (where only the pair move can still gain).
        const meetingOf = start0 === "empty" ? problem.items.map(() => -1) : repairSelection(problem, index, selection);
        if (start0 === "polished") improveAssignment(problem, index, meetingOf, 1000);
        const start = [...meetingOf];
        const before = objectiveOf(problem, meetingOf);
        const improved = improveMeetingPair(problem, index, meetingOf, a, b);
        assertFeasible(problem, meetingOf);
        const after = objectiveOf(problem, meetingOf);
        if (improved) {
          rose++;
          expect(after).toBeGreaterThan(before);
          expect(after).toBeLessThanOrEqual(exactOptimum(problem));
          // Items only move into a or b, or out of them (then unplaced): other meetings lose nothing else.
          meetingOf.forEach((m, i) => {
            if (m === start[i]) return;
            expect([a, b, -1]).toContain(m);
            if (m === -1) expect([a, b]).toContain(start[i]);
          });
        } else {
          expect(meetingOf).toEqual(start);
        }
      }),
      { numRuns: 200, seed: 89 },
    );
    expect(rose).toBeGreaterThan(20); // the improving branch was exercised
  });

  it("finds the exchange no single-meeting step can: move X from A to B to make room for Z in A", () => {
    // A and B have 10 and 12 minutes. X (6 min, weight 10 at either) sits in
    // A, Y (5 min, 10) in B, Z (8 min, 8) is unplaced and may only go to A.
    //  - Re-choosing A alone: X (10) or Z (8), not both (14 > 10): keep X.
    //  - Re-choosing B alone: X would gain 10 − 10 = 0 by moving, so nothing.
    // Together: Z into A, X into B beside Y (11 ≤ 12): 8 + 10 + 10 = 28 > 20.
    const problem: AssignmentProblem = {
      items: [{ minutes: 6 }, { minutes: 5 }, { minutes: 8 }],
      meetings: [
        { maxItems: 3, maxMinutes: 10 },
        { maxItems: 3, maxMinutes: 12 },
      ],
      pairs: [
        { item: 0, meeting: 0, weight: 10 },
        { item: 0, meeting: 1, weight: 10 },
        { item: 1, meeting: 1, weight: 10 },
        { item: 2, meeting: 0, weight: 8 },
      ],
    };
    const index = indexPairs(problem);
    const stuck = [0, 1, -1];
    expect(improveAssignment(problem, index, stuck)).toBe(0); // single-meeting steps find nothing, as argued
    expect(stuck).toEqual([0, 1, -1]);
    const meetingOf = [0, 1, -1];
    expect(improveMeetingPair(problem, index, meetingOf, 0, 1)).toBe(true);
    expect(meetingOf).toEqual([1, 1, 0]);
    expect(objectiveOf(problem, meetingOf)).toBe(28);
    expect(exactOptimum(problem)).toBe(28);
  });

  it("does not take a move that breaks a count cap (the table counts minutes only)", () => {
    // One item allowed per meeting: the minutes table would put all three
    // 3-minute items in A (9 of 10 minutes, 30 > 20), which breaks A's cap of
    // one, so the move is refused and the (already optimal) start is kept.
    const problem: AssignmentProblem = {
      items: [{ minutes: 3 }, { minutes: 3 }, { minutes: 3 }],
      meetings: [
        { maxItems: 1, maxMinutes: 10 },
        { maxItems: 1, maxMinutes: 10 },
      ],
      pairs: [0, 1, 2].flatMap((item) => [0, 1].map((meeting) => ({ item, meeting, weight: 10 }))),
    };
    const meetingOf = [0, 1, -1];
    expect(improveMeetingPair(problem, indexPairs(problem), meetingOf, 0, 1)).toBe(false);
    expect(meetingOf).toEqual([0, 1, -1]);
    expect(greedyAssignment(problem, indexPairs(problem))).toEqual([0, 1, -1]);
  });
});
