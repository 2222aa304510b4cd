import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { rollRoundedStart } from "./rounded-start.js";
import type { AssignmentProblem } from "./assignment-problem.js";
import { solveWithJsLpSolver } from "../backend/js-lp-solver-backend.js";
import { toAssignmentLpModel } from "./assignment-lp-model.js";
import { assertFeasible, windowProblemArb } from "./test-window-problems.js";

/** Weights shaped like the benchmark's: 20 per priority level, less 3 per meeting past the first. */
const priorityProblemArb = windowProblemArb.map((problem) => ({
  ...problem,
  pairs: problem.pairs.map((p) => {
    const first = Math.min(...problem.pairs.filter((q) => q.item === p.item).map((q) => q.meeting));
    return { ...p, weight: 20 * (1 + (Math.round(p.weight) % 3)) - 3 * (p.meeting - first) };
  }),
}));

/** Value of a plan, checking caps, minutes and eligibility here directly (not through the solver's bookkeeping). */
function valueOf(problem: AssignmentProblem, meetingOf: readonly number[]): number {
  assertFeasible(problem, meetingOf);
  let total = 0;
  meetingOf.forEach((m, i) => {
    if (m < 0) return;
    const pair = problem.pairs.find((p) => p.item === i && p.meeting === m);
    expect(pair).toBeDefined();
    total += pair!.weight;
  });
  return total;
}

describe("rollRoundedStart", () => {
  it("returns feasible plans using only slack-free pairs, worth at most the exact optimum", () => {
    fc.assert(
      fc.property(priorityProblemArb, (problem) => {
        const plan = rollRoundedStart(problem, 20, 0);
        // With no incumbent, any on-time pair that fits leaves the LP room to beat it.
        const fits = problem.pairs.some((p) => p.weight % 20 === 0 && problem.items[p.item]!.minutes <= problem.meetings[p.meeting]!.maxMinutes && problem.meetings[p.meeting]!.maxItems > 0);
        if (fits) expect(plan).toBeDefined();
        if (plan === undefined) return;
        expect(plan).toHaveLength(problem.items.length);
        const value = valueOf(problem, plan);
        expect(value % 20).toBe(0); // only on-time pairs (weights 20, 40, 60)
        const exact = solveWithJsLpSolver(toAssignmentLpModel(problem));
        expect(value).toBeLessThanOrEqual(Math.round(exact.objective));
      }),
      { numRuns: 120, seed: 37 },
    );
  });

  it("keeps an item on time when the late placement is worth less, and gives up when it cannot beat the incumbent", () => {
    // One 10-minute item, on time at meeting 0 (20) or a meeting late at 1 (17).
    const problem: AssignmentProblem = {
      items: [{ minutes: 10 }],
      meetings: [
        { maxItems: 1, maxMinutes: 10 },
        { maxItems: 1, maxMinutes: 10 },
      ],
      pairs: [
        { item: 0, meeting: 0, weight: 20 },
        { item: 0, meeting: 1, weight: 17 },
      ],
    };
    expect(rollRoundedStart(problem, 20, 17)).toEqual([0]);
    expect(rollRoundedStart(problem, 20, 20)).toBeUndefined();
  });
});
