import { describe, expect, it } from "vitest";
import { createJsLpSolverBackend } from "./js-lp-solver-backend.js";
import { CPLEX_LP_MAX_LINE, toCplexLp } from "./to-cplex-lp.js";
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

/** A knapsack of n items with weights n, n+1, …, capacity to fill exactly half: many fractional LP optima, so branch and bound needs many nodes. */
function hardKnapsack(n: number): LpModel {
  const names = Array.from({ length: n }, (_, k) => `x${k}`);
  const weight = (k: number) => 2 * (n + k) + 1;
  const capacity = Math.floor(names.reduce((s, _, k) => s + weight(k), 0) / 2);
  return {
    sense: "max",
    objective: names.map((variable, k) => ({ variable, coefficient: weight(k) })),
    variables: names.map((name) => ({ name, type: "binary" })),
    constraints: [{ name: "cap", op: "<=", rhs: capacity, terms: names.map((variable, k) => ({ variable, coefficient: weight(k) })) }],
  };
}

describe("javascript-lp-solver back end: a node limit instead of a clock", () => {
  it("stops at the node count whatever the machine, says so, and puts the clock back", async () => {
    const backend = createJsLpSolverBackend();
    const realNow = Date.now;
    const stopped = await backend.solve(hardKnapsack(14), { nodeLimit: 5 });
    expect(stopped).toMatchObject({ status: "timeout", message: "node limit 5 reached" });
    expect(Date.now).toBe(realNow);
    // The same again: a count, not a time.
    expect((await backend.solve(hardKnapsack(14), { nodeLimit: 5 })).status).toBe("timeout");
  });

  it("answers as without a limit when the search ends within it", async () => {
    const backend = createJsLpSolverBackend();
    const limited = await backend.solve(knapsack, { nodeLimit: 50, cuts: true });
    expect(limited).toMatchObject({ status: "optimal", objective: 9, integral: true });
    // Odd weights and an odd-sum half: no subset fills it, and the search proves the best within enough nodes.
    const whole = await backend.solve(hardKnapsack(8), { nodeLimit: 100_000 });
    expect(whole.status).toBe("optimal");
    expect(whole.objective).toBe(bestSubsetSum(Array.from({ length: 8 }, (_, k) => 2 * (8 + k) + 1), hardKnapsack(8).constraints[0]!.rhs));
  });
});

function bestSubsetSum(weights: number[], capacity: number): number {
  let best = 0;
  for (let mask = 0; mask < 1 << weights.length; mask++) {
    let sum = 0;
    weights.forEach((w, k) => (sum += mask & (1 << k) ? w : 0));
    if (sum <= capacity && sum > best) best = sum;
  }
  return best;
}

describe("toCplexLp", () => {
  it("writes every constraint, bound and integer marker", () => {
    const { text } = toCplexLp(knapsack);
    expect(text).toContain("Maximize\n obj: 5 x0 + 4 x1 + 5 x2");
    expect(text).toContain("c0: 4 x0 + 2 x1 + 3 x2 <= 5");
    expect(text).toContain("0 <= x2 <= 1");
    expect(text).toContain("General\n x0 x1 x2");
  });

  it("wraps a 10,000-term row over many short lines, every term kept in order", () => {
    const n = 10_000;
    const variables = Array.from({ length: n }, (_, i) => ({ name: `v${i}`, type: "binary" as const }));
    const row = variables.map((v, i) => ({ variable: v.name, coefficient: i % 3 === 0 ? -((i % 7) + 1) : (i % 7) + 1 }));
    const { text } = toCplexLp({ sense: "min", objective: row, variables, constraints: [{ name: "long", op: ">=", rhs: -5, terms: row }] });
    const lines = text.split("\n");
    expect(lines.reduce((m, l) => Math.max(m, l.length), 0)).toBeLessThanOrEqual(CPLEX_LP_MAX_LINE);
    // The row runs from " c0:" to the line before "Bounds"; read back, it is the same sum.
    const start = lines.findIndex((l) => l.startsWith(" c0:"));
    const end = lines.indexOf("Bounds");
    expect(end - start).toBeGreaterThan(100);
    const tokens = lines.slice(start, end).join(" ").replace(" c0:", "").trim().split(/ +/);
    expect(tokens.slice(-2)).toEqual([">=", "-5"]);
    const terms = tokens.slice(0, -2);
    const readBack: { variable: string; coefficient: number }[] = [];
    for (let k = 0; k < terms.length; ) {
      const sign = terms[k] === "-" ? -1 : 1;
      if (terms[k] === "-" || terms[k] === "+") k++;
      readBack.push({ coefficient: sign * Number(terms[k]), variable: `v${Number(terms[k + 1]!.slice(1))}` });
      k += 2;
    }
    expect(readBack).toEqual(row);
    // Continuation lines start with a sign or the relation, never a bare number a reader could take for a new row.
    for (const l of lines.slice(start + 1, end)) expect(l).toMatch(/^ [-+] |^ >= /);
  });
});
