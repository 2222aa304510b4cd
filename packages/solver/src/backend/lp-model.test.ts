import { describe, expect, it } from "vitest";
import { createJsLpSolverBackend } from "./js-lp-solver-backend.js";
import { toCplexLp } from "./to-cplex-lp.js";
import type { LpModel } from "./lp-model.js";

// A knapsack small enough to check by hand: best is items b + c (value 9, weight 5).
const knapsack: LpModel = {
  sense: "max",
  objective: [
    { variable: "a", coefficient: 5 },
    { variable: "b", coefficient: 4 },
    { variable: "c", coefficient: 5 },
  ],
  variables: [
    { name: "a", type: "binary" },
    { name: "b", type: "binary" },
    { name: "c", type: "binary" },
  ],
  constraints: [{ name: "weight", op: "<=", rhs: 5, terms: [{ variable: "a", coefficient: 4 }, { variable: "b", coefficient: 2 }, { variable: "c", coefficient: 3 }] }],
};

describe("javascript-lp-solver back end", () => {
  it("solves a small 0/1 model to the optimum", async () => {
    const result = await createJsLpSolverBackend().solve(knapsack);
    expect(result.status).toBe("optimal");
    expect(result.objective).toBe(9);
    expect(result.values.get("a") ?? 0).toBe(0);
    expect(result.integral).toBe(true);
  });

  it("reports infeasible models", async () => {
    const model: LpModel = { ...knapsack, constraints: [...knapsack.constraints, { name: "need", op: ">=", rhs: 3, terms: knapsack.objective.map((t) => ({ variable: t.variable, coefficient: 1 })) }] };
    expect((await createJsLpSolverBackend().solve(model)).status).toBe("infeasible");
  });

  it("honours variable bounds", async () => {
    const model: LpModel = { sense: "max", objective: [{ variable: "x", coefficient: 1 }], variables: [{ name: "x", type: "integer", lower: 2, upper: 7 }], constraints: [] };
    const result = await createJsLpSolverBackend().solve(model);
    expect(result.values.get("x")).toBe(7);
  });
});

describe("toCplexLp", () => {
  it("writes every constraint, bound and integer marker", () => {
    const { text } = toCplexLp(knapsack);
    expect(text).toContain("Maximize\n obj:  5 x0 + 4 x1 + 5 x2");
    expect(text).toContain("c0:  4 x0 + 2 x1 + 3 x2 <= 5");
    expect(text).toContain("0 <= x2 <= 1");
    expect(text).toContain("General\n x0 x1 x2");
  });
});
