import { describe, expect, it } from "vitest";
import { createJsLpSolverBackend, type LpModel } from "@yishi/solver";
import { createHighsBackend } from "./highs-backend.js";

// Same answer from both back ends on a model small enough to check by hand.
const model: LpModel = {
  sense: "min",
  objective: [
    { variable: "x", coefficient: 3 },
    { variable: "y", coefficient: 2 },
  ],
  variables: [
    { name: "x", type: "integer", upper: 10 },
    { name: "y", type: "integer", upper: 10 },
  ],
  constraints: [
    { name: "cover", op: ">=", rhs: 7, terms: [{ variable: "x", coefficient: 2 }, { variable: "y", coefficient: 1 }] },
    { name: "mix", op: ">=", rhs: 1, terms: [{ variable: "x", coefficient: 1 }] },
  ],
};

describe("HiGHS back end", () => {
  it("agrees with javascript-lp-solver on a small integer program", async () => {
    const highs = await (await createHighsBackend()).solve(model);
    const js = await createJsLpSolverBackend().solve(model);
    expect(highs.status).toBe("optimal");
    expect(highs.objective).toBe(js.objective);
    // x=3,y=1 costs 11; x=1,y=5 costs 13; optimum 11.
    expect(highs.objective).toBe(11);
    expect(highs.values.get("x")).toBe(3);
  });
});
