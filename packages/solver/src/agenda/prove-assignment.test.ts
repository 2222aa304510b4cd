import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluateAssignment, indexPairs, type AssignmentProblem } from "./assignment-problem.js";
import { excludePairsByBound } from "./exclude-pairs.js";
import { PROOF_MAX_PAIRS, proveAssignment } from "./prove-assignment.js";
import { solveAssignment } from "./solve-assignment.js";
import { bruteForceAssignment, tinyAssignmentProblems as tinyProblems } from "./test-brute-force.js";

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

  /**
   * Two province agendas (bench/province.ts) the whole program's branch and
   * cut leaves unproved within its nodes, with our plan's value; CBC 2.10.8
   * proves that value optimal (515142 and 660084), an independent reference.
   */
  const province = (id: string) => JSON.parse(readFileSync(new URL(`./fixtures/province-agenda-${id}.json`, import.meta.url), "utf8")) as { problem: AssignmentProblem; objective: number };

  it("proves a province agenda by branch and cut on the placements a better plan could use", async () => {
    const { problem, objective } = province("00010");
    expect(objective).toBe(515142);
    const excluded = excludePairsByBound(problem, objective);
    expect(excluded.problem.pairs.length).toBeLessThan(problem.pairs.length * 0.7);
    const proof = await proveAssignment(problem, { meetingOf: problem.items.map(() => -1), objective });
    expect(proof).toMatchObject({ objective: 515142, kind: "branch-and-cut" });
    expect(proof!.note).toBe(`proved optimal by branch and cut (javascript-lp-solver, at most 20 nodes) on the ${excluded.problem.pairs.length} of ${problem.pairs.length} placements a better plan could use (the rest excluded by item-priced bounds)`);
  });

  it("proves one by the item-priced bound alone once those placements are excluded", async () => {
    const { problem, objective } = province("00047");
    expect(objective).toBe(660084);
    const proof = await proveAssignment(problem, { meetingOf: problem.items.map(() => -1), objective });
    expect(proof).toMatchObject({ objective: 660084, kind: "excluded-pairs" });
  });
});
