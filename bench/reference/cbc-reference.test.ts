import { describe, expect, it } from "vitest";
import type { LpModel } from "@yishi/solver";
import { createCbcReference } from "./cbc-reference.js";
import { findCbc } from "./find-cbc.js";
import { createHighsReference } from "./highs-reference.js";

const cbc = findCbc();

/**
 * 10,000 items in [0, 1], one of them required (lower bound 1), a cover row
 * over all of them, a small row before it. Written on one line, as the LP
 * writer did before it wrapped rows, the cover row is exactly 97 × 1,023
 * characters: CBC 2.10.8's reader (CoinLpIO reads a line in 1,023-byte
 * pieces) then glues the row's last token to the next line's "Bounds", reads
 * every bound as a row, loses the required item's lower bound and reports
 * "Optimal - objective value 3354": 5 below the optimum, 3359. Continuous, so
 * HiGHS's MIP presolve (8 s on a 10,000-term row in WebAssembly) stays out of the test.
 */
function longRowModel(): LpModel {
  const n = 10_000;
  const variables = Array.from({ length: n }, (_, i) => ({ name: `item${i}`, type: "continuous" as const, upper: 1, ...(i === 335 ? { lower: 1 } : {}) }));
  return {
    sense: "min",
    objective: variables.map((v, i) => ({ variable: v.name, coefficient: (i % 7) + 1 })),
    variables,
    constraints: [
      { name: "pair", op: "<=", rhs: 1, terms: [{ variable: "item0", coefficient: 1 }, { variable: "item1", coefficient: 1 }] },
      { name: "cover", op: ">=", rhs: 5000, terms: variables.map((v, i) => ({ variable: v.name, coefficient: i < 330 ? 10 : 1 })) },
    ],
  };
}

describe.skipIf(!cbc)("CBC reference (skipped where cbc is not installed: bash .ci/install-cbc.sh)", () => {
  it("reads a model with a 10,000-term row as HiGHS does: same proved optimum, a plan that keeps both rows", async () => {
    const model = longRowModel();
    const [fromCbc, fromHighs] = [await createCbcReference(cbc!).solve(model, 60_000), await (await createHighsReference()).solve(model, 60_000)];
    expect(fromHighs.status).toBe("optimal");
    expect(fromCbc.status).toBe("optimal");
    expect(fromCbc.objective).toBeCloseTo(fromHighs.objective, 6);
    expect(fromCbc.objective).toBeCloseTo(3359, 6);
    const value = (name: string) => fromCbc.values.get(name) ?? 0;
    expect(value("item335")).toBeCloseTo(1, 9);
    expect(value("item0") + value("item1")).toBeLessThanOrEqual(1 + 1e-9);
    const covered = model.constraints[1]!.terms.reduce((sum, t) => sum + t.coefficient * value(t.variable), 0);
    expect(covered).toBeGreaterThanOrEqual(5000 - 1e-6);
    const cost = model.objective.reduce((sum, t) => sum + t.coefficient * value(t.variable), 0);
    expect(cost).toBeCloseTo(fromCbc.objective, 6);
    expect(fromCbc.cpuMs).toBeGreaterThan(0);
  });

  it("reads a maximisation in its own sense and says when it is infeasible", async () => {
    const knapsack: LpModel = {
      sense: "max",
      objective: [{ variable: "a", coefficient: 5 }, { variable: "b", coefficient: 4 }, { variable: "c", coefficient: 5 }],
      variables: ["a", "b", "c"].map((name) => ({ name, type: "binary" as const })),
      constraints: [{ name: "weight", op: "<=", rhs: 5, terms: [{ variable: "a", coefficient: 4 }, { variable: "b", coefficient: 2 }, { variable: "c", coefficient: 3 }] }],
    };
    const solver = createCbcReference(cbc!);
    const best = await solver.solve(knapsack, 10_000);
    expect([best.status, best.objective, best.values.get("b"), best.values.get("c"), best.values.has("a")]).toEqual(["optimal", 9, 1, 1, false]);
    const none = await solver.solve({ ...knapsack, constraints: [...knapsack.constraints, { name: "all", op: ">=", rhs: 3, terms: knapsack.objective.map((t) => ({ ...t, coefficient: 1 })) }] }, 10_000);
    expect(none.status).toBe("infeasible");
    expect(none.objective).toBeNaN();
  });
});
