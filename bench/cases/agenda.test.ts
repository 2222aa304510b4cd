import { describe, expect, it } from "vitest";
import { solveAssignment, type AssignmentProblem } from "@yishi/solver";
import { AGENDA_SIZES, countAssignmentViolations, generateAgendaInstance } from "./agenda.js";

/** The plan's value summed here from the pairs, not taken from the solver. */
function sumPlacedWeights(problem: AssignmentProblem, meetingOf: readonly number[]): number {
  return meetingOf.reduce((sum, m, i) => sum + (m < 0 ? 0 : problem.pairs.find((p) => p.item === i && p.meeting === m)!.weight), 0);
}

describe("agenda benchmark instances", () => {
  // The target is a proof on all three sizes; this keeps it from
  // slipping unnoticed (speed is measured by `pnpm bench`, not here).
  it.each(AGENDA_SIZES.map((s) => [`${s.items} items into ${s.meetings} meetings`, s] as const))("%s: a feasible plan, proved optimal", (_, size) => {
    const problem = generateAgendaInstance(size.items, size.meetings, size.seed);
    const result = solveAssignment(problem);
    expect(countAssignmentViolations(problem, result.meetingOf)).toBe(0);
    expect(sumPlacedWeights(problem, result.meetingOf)).toBe(result.objective);
    expect(result.optimal).toBe(true);
    expect(Math.floor(result.bound + 1e-6)).toBe(result.objective);
  });
});

describe("countAssignmentViolations", () => {
  it("counts an ineligible placement, an item cap and a minutes budget broken", () => {
    const problem: AssignmentProblem = {
      items: [{ minutes: 6 }, { minutes: 6 }, { minutes: 6 }],
      meetings: [{ maxItems: 1, maxMinutes: 10 }],
      pairs: [
        { item: 0, meeting: 0, weight: 5 },
        { item: 1, meeting: 0, weight: 5 },
      ],
    };
    expect(countAssignmentViolations(problem, [0, -1, -1])).toBe(0);
    expect(countAssignmentViolations(problem, [0, 0, -1])).toBe(2);
    expect(countAssignmentViolations(problem, [0, 0, 0])).toBe(3);
  });
});
