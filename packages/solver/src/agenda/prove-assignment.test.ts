import { describe, expect, it } from "vitest";
import { evaluateAssignment, indexPairs, type AssignmentProblem } from "./assignment-problem.js";
import { PROOF_MAX_PAIRS, proveAssignment } from "./prove-assignment.js";
import { solveAssignment } from "./solve-assignment.js";
import { bruteForceAssignment } from "./test-brute-force.js";

/** Tiny agendas with tight meetings (a few items, 30–55 minutes), items eligible at up to three meetings in a row, later ones worth less. */
function tinyProblems(count: number, seed: number): AssignmentProblem[] {
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = (n: number) => Math.floor(rand() * n);
  return Array.from({ length: count }, () => {
    const nm = 2 + pick(3);
    const meetings = Array.from({ length: nm }, () => ({ maxItems: 2 + pick(3), maxMinutes: 30 + 5 * pick(6) }));
    const items = Array.from({ length: 6 + pick(4) }, () => ({ minutes: [10, 10, 15, 15, 20][pick(5)]! }));
    const pairs: AssignmentProblem["pairs"] = [];
    items.forEach((_, i) => {
      const first = pick(nm);
      const base = 100 + pick(60);
      for (let m = first; m <= Math.min(nm - 1, first + pick(3)); m++) pairs.push({ item: i, meeting: m, weight: base - 7 * (m - first) + pick(5) });
    });
    return { items, meetings, pairs };
  });
}

describe("proveAssignment: branch and cut where the Lagrangian bounds fall short", () => {
  it("proves only true optima, on instances the search left unproved (checked by brute force)", async () => {
    let unproved = 0;
    let proved = 0;
    for (const [t, problem] of tinyProblems(600, 5).entries()) {
      const searched = solveAssignment(problem);
      if (searched.optimal) continue;
      unproved++;
      const proof = await proveAssignment(problem, searched);
      if (proof === undefined) continue;
      proved++;
      const optimum = bruteForceAssignment(problem);
      expect({ t, objective: proof.objective, plan: evaluateAssignment(problem, indexPairs(problem), proof.meetingOf) }).toEqual({ t, objective: optimum, plan: optimum });
    }
    // The search leaves some unproved, and the proof closes most of them.
    expect(unproved).toBeGreaterThan(5);
    expect(proved).toBeGreaterThan(unproved / 2);
  });

  it("hands back the better plan it finds, valued by the problem, and names it in its note", async () => {
    const [problem] = tinyProblems(1, 11);
    const optimum = bruteForceAssignment(problem!);
    const proof = await proveAssignment(problem!, { meetingOf: problem!.items.map(() => -1), objective: 0 });
    expect(proof!.objective).toBe(optimum);
    expect(evaluateAssignment(problem!, indexPairs(problem!), proof!.meetingOf)).toBe(optimum);
    expect(proof!.note).toMatch(/^proved optimal by branch and cut \(javascript-lp-solver, at most 20 nodes\), which also found a better plan \(0 → \d+\)$/);
  });

  it("leaves programs past PROOF_MAX_PAIRS to the bounds", async () => {
    const items = Array.from({ length: PROOF_MAX_PAIRS + 1 }, () => ({ minutes: 10 }));
    const problem: AssignmentProblem = { items, meetings: [{ maxItems: 15, maxMinutes: 180 }], pairs: items.map((_, i) => ({ item: i, meeting: 0, weight: 1 + (i % 7) })) };
    expect(await proveAssignment(problem, { meetingOf: items.map(() => -1), objective: 0 })).toBeUndefined();
  });
});
