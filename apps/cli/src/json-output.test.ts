import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Command } from "commander";
import { describe, expect, it } from "vitest";
import { parsePlan } from "@yishi/domain";
import { createProgram } from "./main.js";
import { runCaptured } from "./test-run.js";

/** `--json` (or `--format json`) on every command that prints a result: data on stdout that parses, messages on stderr. */
const EXAMPLE = resolve(import.meta.dirname, "../../../examples/zhongshan-2026q1.yaml");
const dir = mkdtempSync(join(tmpdir(), "yishi-json-"));

async function runJson(...argv: string[]): Promise<{ code: number; data: any; err: string }> {
  const r = await runCaptured(argv);
  return { code: r.code, data: JSON.parse(r.out), err: r.err };
}

function leaves(command: Command): Command[] {
  return command.commands.length === 0 ? [command] : command.commands.flatMap(leaves);
}

describe("--json", () => {
  it("is offered, with --format, by every command that prints a result", () => {
    const program = createProgram({ io: { out: () => {}, err: () => {}, isTty: false }, setExitCode: () => {} });
    // view serves a page, worker serves a queue, export writes files: none prints a result.
    const printing = leaves(program).filter((c) => !["view", "worker", "export"].includes(c.name()));
    const name = (c: Command): string => (c.parent?.parent ? `${name(c.parent)} ${c.name()}` : c.name());
    const missing = printing.filter((c) => !c.options.some((o) => o.long === "--json") || !c.options.some((o) => o.long === "--format")).map(name);
    expect(missing).toEqual([]);
  });

  it("validate: what the spec holds, and its notes in both languages", async () => {
    const { code, data } = await runJson("validate", EXAMPLE, "--json");
    expect(code).toBe(0);
    expect(data).toMatchObject({ valid: true, organization: { name: "六盘水市钟山区人民政府" }, profile: { id: "default" }, problems: [] });
    expect(data.notes).toContainEqual({ zh: expect.stringContaining("黄敏（huang-min）不是领导"), en: expect.stringContaining("黄敏 (huang-min) is not a leader") });
  });

  it("calendar: the period's days, each described", async () => {
    const { code, data } = await runJson("calendar", "2026-02", "--json");
    expect(code).toBe(0);
    expect(data.period).toEqual({ label: "2026-02", from: "2026-02-01", to: "2026-02-28" });
    expect(data.days).toHaveLength(28);
    expect(data.days.find((d: { date: string }) => d.date === "2026-02-14")).toMatchObject({ working: true, kind: "adjusted-workday", holiday: { zh: "春节" } });
    expect(data.workingDays).toBe(data.days.filter((d: { working: boolean }) => d.working).length);
  });

  it("workdays add, between and is", async () => {
    const add = await runJson("workdays", "add", "2026-02-13", "7", "--json");
    expect(add.data).toMatchObject({ date: "2026-02-13", n: 7, result: "2026-03-02", day: { weekday: 1, working: true }, adjustedWorkdays: ["2026-02-14", "2026-02-28"] });
    expect(add.data.skipped).toHaveLength(10);
    expect((await runJson("workdays", "between", "2026-02-13", "2026-03-02", "--json")).data).toEqual({ from: "2026-02-13", to: "2026-03-02", workingDays: 7 });
    expect((await runJson("workdays", "is", "2026-02-17", "--format", "json")).data).toMatchObject({ date: "2026-02-17", working: false, kind: "holiday", holiday: { en: "Spring Festival" } });
  });

  it("roster plan, swap and replace, people named with their ids", async () => {
    const plan = await runJson("roster", EXAMPLE, "--period", "2026Q1", "--out", dir, "--json");
    expect(plan.code).toBe(0);
    expect(plan.data.organization).toEqual({ id: "zhongshan", name: "六盘水市钟山区人民政府" });
    expect(plan.data.roster.length).toBeGreaterThan(90);
    expect(plan.data.roster[0]).toMatchObject({ date: "2026-01-01", person: expect.any(String), name: expect.any(String) });
    expect(plan.data.leftOut).toEqual([{ post: "leader", person: "huang-min", name: "黄敏", reason: "not-leader" }]);
    expect(plan.data.counts.length).toBeGreaterThan(10);

    const planFile = join(dir, "roster.plan.json");
    const roster = parsePlan(readFileSync(planFile, "utf8")).roster;
    const duty = roster.find((a) => a.post === "leader" && a.date === "2026-02-04")!;
    const other = roster.find((a) => a.post === "leader" && a.date === "2026-02-05")!;
    const swap = await runJson("roster", "swap", EXAMPLE, planFile, "--date", duty.date, "--post", "leader", "--from", duty.person, "--to", other.person, "--json");
    expect(typeof swap.data.ok).toBe("boolean");
    expect(swap.code).toBe(swap.data.ok ? 0 : 1);
    expect(swap.data.changes[0]).toEqual({ date: duty.date, post: "leader", from: { id: duty.person, name: expect.stringMatching(/^\p{Script=Han}+$/u) }, to: { id: other.person, name: expect.stringMatching(/^\p{Script=Han}+$/u) } });

    const spec = join(dir, "absent.yaml");
    writeFileSync(spec, readFileSync(EXAMPLE, "utf8").replace("absences:\n", `absences:\n  - { person: ${duty.person}, from: ${duty.date}, to: ${duty.date}, kind: session }\n`));
    const replace = await runJson("roster", "replace", spec, planFile, "--date", duty.date, "--post", "leader", "--person", duty.person, "--json");
    expect(replace.code).toBe(0);
    expect(replace.data.replacements.length).toBeGreaterThan(0);
    expect(replace.data.replacements[0]).toMatchObject({ kind: "exchange", changes: [{ date: duty.date, from: { id: duty.person } }, expect.anything()] });
  }, 60_000);

  it("is the short form of --format json on the commands that had it (check, agenda, profiles)", async () => {
    const { data } = await runJson("profiles", "list", "--json");
    expect(Array.isArray(data)).toBe(true);
    expect((await runJson("agenda", EXAMPLE, "--period", "2026Q1", "--json")).data.meetings.length).toBeGreaterThan(0);
  });
});
