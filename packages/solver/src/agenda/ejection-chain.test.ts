import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { insertByEjection, relocateByEjection } from "./ejection-chain.js";
import { evaluateAssignment, indexPairs, type AssignmentProblem } from "./assignment-problem.js";
import { greedyAssignment } from "./improve-assignment.js";
import { assertFeasible } from "./test-window-problems.js";
import { createPlainChainState } from "./test-ejection-reference.js";

const problemArb = fc
  .record({
    items: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 12 }),
    meetings: fc.array(fc.record({ maxItems: fc.integer({ min: 1, max: 4 }), maxMinutes: fc.integer({ min: 0, max: 20 }) }), { minLength: 1, maxLength: 5 }),
    weights: fc.array(fc.integer({ min: -3, max: 20 }), { minLength: 60, maxLength: 60 }),
    eligible: fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }),
  })
  .map(({ items, meetings, weights, eligible }): AssignmentProblem => ({
    items: items.map((minutes) => ({ minutes })),
    meetings,
    pairs: items.flatMap((_, i) => meetings.flatMap((__, m) => (eligible[(i * 5 + m) % 60] ? [{ item: i, meeting: m, weight: weights[(i * 5 + m) % 60]! }] : []))),
  }));

describe("insertByEjection", () => {
  it("moves a placed item on to make room for an unplaced one", () => {
    // Meeting 0 holds A (5 of 10 minutes), meeting 1 holds B (4 of 10); C (8) may only go to meeting 0.
    const problem: AssignmentProblem = {
      items: [{ minutes: 5 }, { minutes: 4 }, { minutes: 8 }],
      meetings: [
        { maxItems: 3, maxMinutes: 10 },
        { maxItems: 3, maxMinutes: 10 },
      ],
      pairs: [
        { item: 0, meeting: 0, weight: 10 },
        { item: 0, meeting: 1, weight: 10 },
        { item: 1, meeting: 1, weight: 10 },
        { item: 2, meeting: 0, weight: 10 },
      ],
    };
    const meetingOf = [0, 1, -1];
    expect(insertByEjection(problem, indexPairs(problem), meetingOf)).toBe(1);
    expect(meetingOf).toEqual([1, 1, 0]);
  });

  it("keeps every assignment feasible and never lowers the objective", () => {
    fc.assert(
      fc.property(problemArb, fc.integer({ min: 1, max: 3 }), (problem, depth) => {
        const index = indexPairs(problem);
        const meetingOf = greedyAssignment(problem, index);
        const before = evaluateAssignment(problem, index, meetingOf);
        insertByEjection(problem, index, meetingOf, depth);
        assertFeasible(problem, meetingOf);
        expect(evaluateAssignment(problem, index, meetingOf)).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: 400, seed: 5 },
    );
  });
});

describe("relocateByEjection", () => {
  it("moves a late item to its on-time meeting, moving the item there on to make room", () => {
    // L (6 minutes) sits late at meeting 1 (8; 10 on time at meeting 0); meeting 0 is full with A, which may also go to meeting 2.
    const problem: AssignmentProblem = {
      items: [{ minutes: 6 }, { minutes: 6 }],
      meetings: [
        { maxItems: 3, maxMinutes: 10 },
        { maxItems: 3, maxMinutes: 10 },
        { maxItems: 3, maxMinutes: 10 },
      ],
      pairs: [
        { item: 0, meeting: 0, weight: 10 },
        { item: 0, meeting: 1, weight: 8 },
        { item: 1, meeting: 0, weight: 10 },
        { item: 1, meeting: 2, weight: 10 },
      ],
    };
    const index = indexPairs(problem);
    const meetingOf = [1, 0];
    expect(relocateByEjection(problem, index, meetingOf)).toBe(1);
    expect(meetingOf).toEqual([0, 2]);
    expect(evaluateAssignment(problem, index, meetingOf)).toBe(20);
  });

  it("may trade places with an item of the meeting it leaves", () => {
    // L late at meeting 1; B fills meeting 0 and fits meeting 1 only once L has left it.
    const problem: AssignmentProblem = {
      items: [{ minutes: 7 }, { minutes: 7 }],
      meetings: [
        { maxItems: 1, maxMinutes: 10 },
        { maxItems: 1, maxMinutes: 10 },
      ],
      pairs: [
        { item: 0, meeting: 0, weight: 10 },
        { item: 0, meeting: 1, weight: 8 },
        { item: 1, meeting: 0, weight: 9 },
        { item: 1, meeting: 1, weight: 9 },
      ],
    };
    const index = indexPairs(problem);
    const meetingOf = [1, 0];
    expect(relocateByEjection(problem, index, meetingOf)).toBe(1);
    expect(meetingOf).toEqual([0, 1]);
  });

  it("leaves a plan alone when no chain gains, and never makes one worse or infeasible", () => {
    fc.assert(
      fc.property(problemArb, fc.integer({ min: 1, max: 3 }), (problem, depth) => {
        const index = indexPairs(problem);
        const meetingOf = greedyAssignment(problem, index);
        const before = evaluateAssignment(problem, index, meetingOf);
        const start = [...meetingOf];
        const moved = relocateByEjection(problem, index, meetingOf, depth);
        assertFeasible(problem, meetingOf);
        const after = evaluateAssignment(problem, index, meetingOf);
        if (moved === 0) expect(meetingOf).toEqual(start);
        else expect(after).toBeGreaterThan(before);
      }),
      { numRuns: 400, seed: 6 },
    );
  });
});

describe("the chains' search skips only branches that cannot win", () => {
  // Many items and meetings with few weights, so ties are common: the first of the best must still be the plain search's.
  const crowdedArb = fc
    .record({
      items: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 4, maxLength: 24 }),
      meetings: fc.array(fc.record({ maxItems: fc.integer({ min: 1, max: 4 }), maxMinutes: fc.integer({ min: 2, max: 12 }) }), { minLength: 2, maxLength: 7 }),
      weights: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 60, maxLength: 60 }),
      eligible: fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }),
      unplace: fc.array(fc.boolean(), { minLength: 24, maxLength: 24 }),
    })
    .map(({ items, meetings, weights, eligible, unplace }) => ({
      problem: {
        items: items.map((minutes) => ({ minutes })),
        meetings,
        pairs: items.flatMap((_, i) => meetings.flatMap((__, m) => (eligible[(i * 7 + m) % 60] ? [{ item: i, meeting: m, weight: weights[(i * 7 + m) % 60]! }] : []))),
      } satisfies AssignmentProblem,
      unplace,
    }));

  it("makes the same moves as the plain search over every branch, inserting and relocating, at depths 1 to 4", () => {
    let moves = 0;
    fc.assert(
      fc.property(crowdedArb, fc.integer({ min: 1, max: 4 }), ({ problem, unplace }, depth) => {
        const index = indexPairs(problem);
        // A greedy plan with some items taken out: room to insert, and late items to relocate.
        const start = greedyAssignment(problem, index).map((m, i) => (unplace[i] ? -1 : m));
        const fast = [...start];
        const plain = [...start];
        const placed = insertByEjection(problem, index, fast, depth);
        expect(placed).toBe(insertByEjection(problem, index, plain, depth, 3, createPlainChainState));
        expect(fast).toEqual(plain);
        const moved = relocateByEjection(problem, index, fast, depth);
        expect(moved).toBe(relocateByEjection(problem, index, plain, depth, 3, createPlainChainState));
        expect(fast).toEqual(plain);
        moves += placed + moved;
      }),
      { numRuns: 1500, seed: 18 },
    );
    // The property is about chains that were found, not only empty searches.
    expect(moves).toBeGreaterThan(500);
  });
});
