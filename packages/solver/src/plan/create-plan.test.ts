import { describe, expect, it } from "vitest";
import { PLAN_SCHEMA, type Plan, type SolveReport } from "@yishi/domain";
import { isInfeasiblePlan } from "./create-plan.js";

const planWith = (solve: SolveReport[]): Plan => ({
  schema: PLAN_SCHEMA, organization: "o", profile: "default", period: { from: "2026-01-01", to: "2026-03-31", label: "2026Q1" },
  meetings: [], roster: [], recurringDuties: [], unplacedItems: [], notices: [], changes: [], violations: [], solve,
});
const reasons = [{ zh: "原因", en: "reason" }];

describe("isInfeasiblePlan", () => {
  it("is true only when a planner reports reasons it has proved", () => {
    expect(isInfeasiblePlan(planWith([{ problem: "meetings", objective: 0, optimal: true, notes: [] }]))).toBe(false);
    expect(isInfeasiblePlan(planWith([{ problem: "meetings", objective: 1e6, optimal: true, notes: [], infeasible: reasons, infeasibleProved: true }]))).toBe(true);
    // Reports written before the flag existed were always proved.
    expect(isInfeasiblePlan(planWith([{ problem: "meetings", objective: 1e6, optimal: true, notes: [], infeasible: reasons }]))).toBe(true);
    // A search that ran out of budget is not a proof: the CLI exits 1 on its breaks, not 3.
    expect(isInfeasiblePlan(planWith([{ problem: "meetings", objective: 1e6, optimal: false, notes: [], infeasible: reasons, infeasibleProved: false }]))).toBe(false);
  });
});
