import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { PLAN_SCHEMA, Spec, type Plan } from "@yishi/domain";
import { runCaptured } from "../test-run.js";
import { describeUnproved, renderPlanSummary } from "./plan-summary.js";
import { createPlanProgress } from "./plan-progress.js";

const EXAMPLE = resolve(import.meta.dirname, "../../../../examples/zhongshan-2026q1.yaml");

describe("yishi plan on a terminal", () => {
  it("shows each step while it works (meetings with their search budget), and the same plan as when piped", async () => {
    const ttyOut = mkdtempSync(join(tmpdir(), "yishi-progress-"));
    const pipedOut = mkdtempSync(join(tmpdir(), "yishi-progress-"));
    const tty = await runCaptured(["plan", EXAMPLE, "--period", "2026Q1", "--out", ttyOut], { isTty: true });
    const piped = await runCaptured(["plan", EXAMPLE, "--period", "2026Q1", "--out", pipedOut]);
    expect(tty.code).toBe(piped.code);
    expect(tty.err).toContain("规划会议：第 1/");
    expect(tty.err).toContain("本组搜索预算已用");
    for (const step of ["安排议题…", "编排值班…", "按规则检查…"]) expect(tty.err).toContain(step);
    // Piped: nothing but what the command says anyway.
    expect(piped.err).not.toContain("规划会议");
    expect(readFileSync(join(ttyOut, "plan.json"), "utf8")).toBe(readFileSync(join(pipedOut, "plan.json"), "utf8"));
  });
});

describe("createPlanProgress", () => {
  it("names the second pass over groups whose series allow stand-ins, so the group count going back is explained", () => {
    for (const [lang, first, second] of [
      ["zh", "规划会议：第 2/3 组，本组搜索预算已用 50%", "规划会议：第 1/3 组（允许代会），本组搜索预算已用 25%"],
      ["en", "planning meetings: group 2 of 3, 50% of its search budget spent", "planning meetings: group 1 of 3 (with stand-ins), 25% of its search budget spent"],
    ] as const) {
      const lines: string[] = [];
      const display = createPlanProgress({ io: { out: () => {}, err: (t) => lines.push(t), isTty: true }, setExitCode: () => {} }, lang);
      display.onProgress({ step: "meetings", component: 1, components: 3, spent: 0.5 });
      display.onProgress({ step: "meetings", component: 0, components: 3, spent: 0.25, standIns: true });
      expect(lines.map((l) => l.replace(/\x1b\[[0-9;]*[A-Z]/g, ""))).toEqual([first, second]);
    }
  });
});

describe("describeUnproved: the summary says when an answer is not proved optimal, and by how much", () => {
  const plan = (solve: Plan["solve"]): Plan => ({ schema: PLAN_SCHEMA, organization: "o", profile: "p", period: { from: "2026-01-01", to: "2026-03-31", label: "2026Q1" }, meetings: [], roster: [], recurringDuties: [], unplacedItems: [], notices: [], changes: [], violations: [], solve });

  it("names the planner, its objective, its proved bound and the gap; a proved one is not mentioned", () => {
    const lines = describeUnproved(plan([
      { problem: "meetings", objective: 3108, bound: 3055, optimal: false, notes: ["work limit reached (1200000000 DP steps, a count, not a time): …"] },
      { problem: "roster", objective: 2002, bound: 2002, optimal: true, notes: [] },
    ]), "zh");
    expect(lines).toEqual(["", "会议日期：未证明最优（目标值 3108，已证界 3055，差距 53，约 1.7%）；搜索在工作量上限处停止（按计算量而非时间，结果可重复）"]);
    const en = describeUnproved(plan([{ problem: "agenda", objective: 22780, bound: 22784, optimal: false, notes: [] }]), "en");
    expect(en).toEqual(["", "Agenda placement: not proved optimal (objective 22780, proved bound 22784, gap 4, about 0.02%)"]);
  });

  it("says nothing when every answer is proved, or when the problem is infeasible (listed with its reasons instead)", () => {
    expect(describeUnproved(plan([{ problem: "meetings", objective: 46, bound: 46, optimal: true, notes: [] }]), "zh")).toEqual([]);
    expect(describeUnproved(plan([{ problem: "meetings", objective: 5e10, bound: 4e10, optimal: false, notes: [], infeasible: [{ zh: "x", en: "x" }], infeasibleProved: true }]), "zh")).toEqual([]);
  });
});

describe("renderPlanSummary: 'the fewest rules' only where every break is proved unavoidable", () => {
  const spec = Spec.parse({ organization: { id: "o", name: "测试县人民政府", jurisdiction: "测试县" }, people: [{ id: "a", name: "甲", roles: ["mayor"] }] });
  const plan = (solve: Plan["solve"]): Plan => ({ schema: PLAN_SCHEMA, organization: "o", profile: "p", period: { from: "2026-01-01", to: "2026-03-31", label: "2026Q1" }, meetings: [], roster: [], recurringDuties: [], unplacedItems: [], notices: [], changes: [], violations: [], solve });
  const roster = (proved: boolean): Plan["solve"][number] => ({ problem: "roster", objective: 1, optimal: false, notes: [], infeasible: [{ zh: "值班人员：缺2人次", en: "值班人员: 2 short" }], infeasibleProved: proved });

  it("says the plan breaks the fewest rules when each planner proved its breaks", () => {
    const en = renderPlanSummary(spec, plan([roster(true)]), "en", undefined, "spec.yaml");
    expect(en).toContain("No calendar keeps every hard rule (smallest set first):\n  - 值班人员: 2 short\n  The plan written breaks the fewest rules; see the violations below.");
    expect(renderPlanSummary(spec, plan([roster(true)]), "zh", undefined, "spec.yaml")).toContain("已给出违反最少的方案，违反之处见下。");
  });

  it("says only the fewest the planner found when one of them did not prove its breaks", () => {
    const meetings: Plan["solve"][number] = { problem: "meetings", objective: 1, bound: 1, optimal: true, notes: [], infeasible: [{ zh: "m", en: "m" }], infeasibleProved: true };
    const en = renderPlanSummary(spec, plan([meetings, roster(false)]), "en", undefined, "spec.yaml");
    expect(en).toContain("The plan written breaks the fewest rules the planner found; the parts not proved may still be avoidable by hand");
    expect(en).not.toContain("The plan written breaks the fewest rules;");
    expect(renderPlanSummary(spec, plan([meetings, roster(false)]), "zh", undefined, "spec.yaml")).toContain("已给出所能找到的违反最少的方案");
  });
});
