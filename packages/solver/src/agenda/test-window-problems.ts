import fc from "fast-check";
import { expect } from "vitest";
import type { AssignmentProblem } from "./assignment-problem.js";
import { solveWithJsLpSolver } from "../backend/js-lp-solver-backend.js";
import { toAssignmentLpModel } from "./assignment-lp-model.js";
import { createTestRandom } from "../meetings/test-sequence-problems.js";

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

/**
 * A seeded agenda instance of the bench's bimodal shape, small enough for an
 * exact LP solve here: 85 % of items 5 or 10 minutes, the rest 30–45; meetings
 * of 120, 150 or 180 minutes and at most 12 items; three priorities (10, 18,
 * 30, losing 1, 2, 3 a meeting late); windows of 2–7 meetings.
 */
export function randomAgendaProblem(seed: number, items: number, meetings: number): AssignmentProblem {
  const rand = createTestRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const problem: AssignmentProblem = { items: [], meetings: Array.from({ length: meetings }, () => ({ maxItems: 12, maxMinutes: [120, 150, 180][int(0, 2)]! })), pairs: [] };
  for (let i = 0; i < items; i++) {
    const minutes = rand() < 0.85 ? 5 * int(1, 2) : 5 * int(6, 9);
    const priority = int(0, 2);
    const first = int(0, meetings - 1);
    const due = Math.min(meetings - 1, first + int(0, 3));
    const last = Math.min(meetings - 1, due + int(1, 3));
    problem.items.push({ minutes });
    for (let m = first; m <= last; m++) problem.pairs.push({ item: i, meeting: m, weight: [10, 18, 30][priority]! - [1, 2, 3][priority]! * Math.max(0, m - due) });
  }
  return problem;
}
