import fc from "fast-check";
import { expect } from "vitest";
import type { AssignmentProblem } from "./assignment-problem.js";
import { solveWithJsLpSolver } from "../backend/js-lp-solver-backend.js";
import { toAssignmentLpModel } from "./assignment-lp-model.js";

/** Items eligible for a contiguous window of meetings, worth less the later they go (the agenda model's shape). */
export const windowProblemArb = fc
  .record({
    meetings: fc.array(fc.record({ maxItems: fc.integer({ min: 1, max: 4 }), maxMinutes: fc.integer({ min: 0, max: 30 }) }), { minLength: 1, maxLength: 4 }),
    items: fc.array(fc.record({ minutes: fc.integer({ min: 1, max: 12 }), first: fc.nat(3), span: fc.nat(3), worth: fc.integer({ min: 1, max: 6 }) }), { minLength: 1, maxLength: 8 }),
  })
  .map(({ meetings, items }): AssignmentProblem => ({
    items: items.map((it) => ({ minutes: it.minutes })),
    meetings,
    pairs: items.flatMap((it, i) => {
      const first = Math.min(it.first, meetings.length - 1);
      const last = Math.min(meetings.length - 1, first + it.span);
      return Array.from({ length: last - first + 1 }, (_, k) => ({ item: i, meeting: first + k, weight: 10 * it.worth - 3 * k }));
    }),
  }));

/** Caps, minutes and eligibility checked here directly, not through the solver's bookkeeping. */
export function assertFeasible(problem: AssignmentProblem, meetingOf: readonly number[]): void {
  problem.meetings.forEach((mt, m) => {
    const here = meetingOf.map((x, i) => (x === m ? i : -1)).filter((i) => i >= 0);
    expect(here.length).toBeLessThanOrEqual(mt.maxItems);
    expect(here.reduce((s, i) => s + problem.items[i]!.minutes, 0)).toBeLessThanOrEqual(mt.maxMinutes);
  });
  meetingOf.forEach((m, i) => {
    if (m >= 0) expect(problem.pairs.some((p) => p.item === i && p.meeting === m && p.weight > 0)).toBe(true);
  });
}

/** The exact optimum from an independent MIP solve (javascript-lp-solver on the reference model). */
export function exactOptimum(problem: AssignmentProblem): number {
  const r = solveWithJsLpSolver(toAssignmentLpModel(problem));
  expect(r.status).toBe("optimal");
  return Math.round(r.objective);
}
