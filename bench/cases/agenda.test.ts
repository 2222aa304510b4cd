import { describe, expect, it } from "vitest";
import { solveAssignment, type AssignmentProblem } from "@yishi/solver";
import { AGENDA_SIZES, countAssignmentViolations, gapPercent, generateAgendaInstance, generateBimodalAgendaInstance, worstSolve, type AgendaSolve } from "./agenda.js";

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

describe("generateBimodalAgendaInstance", () => {
  const problem = generateBimodalAgendaInstance(1000, 52, 1);
  const windows = problem.items.map((_, i) => problem.pairs.filter((p) => p.item === i).map((p) => p.meeting));

  it("is the same instance on every run (seeded)", () => {
    expect(generateBimodalAgendaInstance(1000, 52, 1)).toEqual(problem);
    expect(generateBimodalAgendaInstance(1000, 52, 2)).not.toEqual(problem);
  });

  it("has bimodal lengths, meetings of 120–180 minutes and 12 items, and narrow and wide windows of consecutive meetings", () => {
    const lengths = new Set(problem.items.map((it) => it.minutes));
    expect([...lengths].sort((a, b) => a - b)).toEqual([5, 10, 30, 35, 40, 45]);
    const short = problem.items.filter((it) => it.minutes <= 10).length;
    expect(short / problem.items.length).toBeGreaterThan(0.8);
    expect(new Set(problem.meetings.map((mt) => `${mt.maxItems}/${mt.maxMinutes}`))).toEqual(new Set(["12/120", "12/150", "12/180"]));
    for (const w of windows) expect(w).toEqual(Array.from({ length: w.length }, (_, k) => w[0]! + k));
    expect(windows.filter((w) => w.length <= 3).length).toBeGreaterThan(200);
    expect(windows.filter((w) => w.length >= 8).length).toBeGreaterThan(200);
    expect(problem.pairs.every((p) => Number.isInteger(p.weight) && p.weight > 0)).toBe(true);
  });
});

describe("the planner on the bimodal generator", () => {
  // Optima CBC 2.10.8 proved on these models (1.0 s and 8.9 s of CPU); before the flattened-lateness starts the planner stopped at 12,391 and 12,786.
  it.each([
    [3, 12_392],
    [6, 12_789],
  ])("1,000 items / 52 meetings, seed %i: reaches the proved optimum %i", (seed, optimum) => {
    const problem = generateBimodalAgendaInstance(1000, 52, seed);
    const result = solveAssignment(problem);
    expect(countAssignmentViolations(problem, result.meetingOf)).toBe(0);
    expect(sumPlacedWeights(problem, result.meetingOf)).toBe(optimum);
  });
});

describe("worstSolve", () => {
  const solve = (seed: number, objective: number, bound: number, cpuMs: number): AgendaSolve => ({ seed, objective, bound, proved: objective === bound, boundKind: "lp-dual", hardViolations: 0, cpuMs });
  it("picks the largest gap, then the most CPU", () => {
    expect(worstSolve([solve(1, 100, 100, 900), solve(2, 99, 100, 10), solve(3, 199, 200, 50)]).seed).toBe(2);
    expect(worstSolve([solve(1, 100, 100, 900), solve(2, 100, 100, 950)]).seed).toBe(2);
    expect(gapPercent(solve(2, 99, 100, 10))).toBeCloseTo(1, 9);
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
