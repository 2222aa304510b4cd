import { describe, expect, it } from "vitest";
import { compareWithReferences } from "./compare-with-references.js";
import type { ReferenceSolve } from "./reference-solver.js";

const solve = (solver: string, status: ReferenceSolve["status"], objective: number, cpuMs: number | undefined): ReferenceSolve => ({ solver, status, objective, values: new Map(), wallMs: (cpuMs ?? 0) + 5, cpuMs });

describe("compareWithReferences", () => {
  it("gives the gap to a proved optimum and the fastest proof's CPU over ours", () => {
    const row = compareWithReferences({ sense: "min", objective: 46, cpuMs: 500, references: [solve("highs", "optimal", 46, 2400), solve("cbc", "optimal", 46, 1200)] });
    expect(row).toMatchObject({ highsStatus: "optimal", highsCpuMs: 2400, cbcObjective: 46, refOptimum: 46, minusRef: 0, refBest: "cbc", refOverOurs: 2.4 });
    expect(row.refIncumbent).toBeUndefined();
  });

  it("leaves the gap empty without a proof and shows the best incumbent in the model's sense", () => {
    const max = compareWithReferences({ sense: "max", objective: 22780, cpuMs: 400, references: [solve("highs", "timeout", 22700, 61_000), solve("cbc", "timeout", 22111, 60_000)] });
    expect(max).toMatchObject({ minusRef: "", refIncumbent: 22700, refBest: "cbc:timeout", refOverOurs: 150 });
    expect(max.refOptimum).toBeUndefined();
    const min = compareWithReferences({ sense: "min", objective: 12189, cpuMs: 400, references: [solve("highs", "timeout", 12300, 61_000), solve("cbc", "timeout", 12250, 60_000)] });
    expect(min.refIncumbent).toBe(12250);
  });

  it("takes one proof over the other's incumbent", () => {
    const row = compareWithReferences({ sense: "min", objective: 2902, cpuMs: 4000, references: [solve("highs", "timeout", 2950, 60_000), solve("cbc", "optimal", 2902, 48_000)] });
    expect(row).toMatchObject({ refOptimum: 2902, minusRef: 0, refBest: "cbc", refOverOurs: 12 });
    expect(row.refIncumbent).toBeUndefined();
  });

  it("gives no gap when two proofs disagree, and no ratio under a second of reference CPU or without a timing", () => {
    const row = compareWithReferences({ sense: "min", objective: 10, cpuMs: 100, references: [solve("highs", "optimal", 10, 900), solve("cbc", "optimal", 11, undefined)] });
    expect(row).toMatchObject({ refDisagree: "highs 10 ≠ cbc 11", minusRef: "", cbcCpuMs: "not measured" });
    expect(row.refOverOurs).toBeUndefined();
  });

  it("ignores a reference that failed", () => {
    const row = compareWithReferences({ sense: "min", objective: 5, cpuMs: 100, references: [solve("highs", "error", Number.NaN, 30_000)] });
    expect(row).toMatchObject({ highsStatus: "error", highsObjective: "", minusRef: "" });
    expect(row.refOverOurs).toBeUndefined();
  });
});
