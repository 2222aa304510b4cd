import { describe, expect, it } from "vitest";
import { parseCbcSolution } from "./parse-cbc-solution.js";

// Headers as CBC 2.10.8 writes them (CbcSolver.cpp, the `solu` command), with value lines in its layout.
describe("parseCbcSolution", () => {
  it("reads a proved optimum and the nonzero columns, an infeasible one's ** mark included", () => {
    const s = parseCbcSolution("Optimal - objective value 11.00000000\n      0 x0                     3                       3\n**    1 x1                     1                       2\n");
    expect([s.status, s.objective, [...s.values]]).toEqual(["optimal", 11, [["x0", 3], ["x1", 1]]]);
  });

  it("keeps a time limit's incumbent apart from a proof", () => {
    const s = parseCbcSolution("Stopped on time - objective value 22111.00000000\n      3 x3                     1                       0\n");
    expect([s.status, s.objective, s.values.get("x3")]).toEqual(["timeout", 22111, 1]);
  });

  it("reports no objective when the limit came before any integer solution", () => {
    const s = parseCbcSolution("Stopped on time (no integer solution - continuous used) - objective value 8566.10000000\n      0 x0                   0.5                       0\n");
    expect([s.status, s.objective, s.values.size]).toEqual(["timeout", Number.NaN, 0]);
  });

  it("reads infeasible, integer infeasible, unbounded and anything else as an error", () => {
    expect(parseCbcSolution("Infeasible - objective value 0.00000000\n").status).toBe("infeasible");
    expect(parseCbcSolution("Integer infeasible - objective value 0.00000000\n").status).toBe("infeasible");
    expect(parseCbcSolution("Unbounded - objective value 0.00000000\n").status).toBe("unbounded");
    const odd = parseCbcSolution("Stopped on difficulties - objective value 4.00000000\n");
    expect([odd.status, odd.objective]).toEqual(["error", Number.NaN]);
  });
});
