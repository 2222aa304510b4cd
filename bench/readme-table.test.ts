import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { renderBenchTable, writeReadmeTables, type BenchResult } from "./readme-table.js";

const result: BenchResult = {
  run: { startedAt: "2026-12-05T01:00:00.000Z", date: "2026-12-05", node: "v20.20.2", cpu: "Test CPU", cores: 2, loadAverage: 1.5, commit: "abc1234", args: ["5 series", "--json", "bench.json"], references: ["highs (60 s of wall clock)", "cbc (60 s of CPU)"] },
  rows: [
    { case: "meetings: one government, 5 series, one quarter", ms: 39, cpuMs: 41, target: 1000, met: true, objective: 46, bound: 46, proved: true, hard: 0, highsMs: 900, highsCpuMs: 880, highsStatus: "optimal", highsObjective: 46, cbcMs: 300, cbcCpuMs: 290, cbcStatus: "optimal", cbcObjective: 46, refOptimum: 46, minusRef: 0 },
    { case: "agenda: 1000 items", ms: 445, cpuMs: 2500, childCpuMs: 20, target: 1000, met: true, objective: 22780, bound: 22780, proved: true, hard: 0, highsStatus: "timeout", highsObjective: 22700, highsCpuMs: 61_000, minusRef: "", refIncumbent: 22700, refBest: "highs:timeout", refOverOurs: 3.2 },
  ],
};

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

describe("the README's bench table", () => {
  it("stamps the run and shows CPU, each reference, and the gap only against a proof", () => {
    const table = renderBenchTable([result]);
    expect(table).toContain("on 2026-12-05 (Asia/Shanghai), Test CPU, 2 cores, load average 1.5 at the start, Node v20.20.2, commit abc1234");
    expect(table).toContain("Only the cases matching `5 series` ran");
    expect(table).toContain("| meetings: one government, 5 series, one quarter | 39 ms | 41 ms | 1.00 s | 46 | 46 | yes | 0 | optimal 46, 880 ms CPU | optimal 46, 290 ms CPU | 0 | — |");
    expect(table).toContain("| 445 ms | 2.50 s (children 20 ms) |");
    expect(table).toContain("— (no proved optimum; best incumbent 22700) | 3.2 (floor: no reference proved) **under** |");
  });

  it("says which instance a several-instance row's ratio is over", () => {
    const seeds = { case: "agenda: ten seeds", ms: 9000, cpuMs: 9700, target: 10000, met: true, objective: 12380, bound: 12392, proved: false, hard: 0, cbcStatus: "optimal", cbcObjective: 12380, cbcCpuMs: 17_580, refOptimum: 12380, minusRef: 0, refBest: "cbc", refOverOurs: 10.85, refComparedCpuMs: 1620 };
    expect(renderBenchTable([{ ...result, rows: [seeds] }])).toContain("| 0 | 10.85 (over the referenced instance's 1.62 s CPU) |");
  });

  it("puts several runs in one table: a stamp each, their rows in order", () => {
    const roster: BenchResult = { run: { ...result.run, args: ["roster"], references: [] }, rows: [{ case: "roster: 20 staff", ms: 15, cpuMs: 16, target: 1000, met: false, objective: 1, bound: 1, proved: true, hard: 0 }] };
    const table = renderBenchTable([result, roster]);
    expect(table).toContain("Generated from `pnpm bench roster` on 2026-12-05 (Asia/Shanghai), Test CPU, 2 cores, load average 1.5 at the start, Node v20.20.2, commit abc1234; references: none. Only the cases matching `roster` ran: `pnpm bench --json bench.json --readme` regenerates the full table.");
    expect(table.indexOf("| agenda: 1000 items |")).toBeLessThan(table.indexOf("| roster: 20 staff | 15 ms | 16 ms | 1.00 s **missed** |"));
  });

  it("replaces only what lies between the markers, in the files that have them", () => {
    dir = mkdtempSync(join(tmpdir(), "yishi-readme-table-"));
    const marked = join(dir, "a.md");
    const plain = join(dir, "b.md");
    writeFileSync(marked, "before, quoting `<!-- bench-table:start -->`\n<!-- bench-table:start -->\nold table\n<!-- bench-table:end -->\nafter\n");
    writeFileSync(plain, "no markers\n");
    expect(writeReadmeTables([result], [marked, plain])).toEqual([marked]);
    const text = readFileSync(marked, "utf8");
    expect(text.startsWith("before, quoting `<!-- bench-table:start -->`\n<!-- bench-table:start -->\nGenerated from `pnpm bench \"5 series\" --json bench.json`")).toBe(true);
    expect(text).not.toContain("old table");
    expect(text.endsWith("<!-- bench-table:end -->\nafter\n")).toBe(true);
    expect(readFileSync(plain, "utf8")).toBe("no markers\n");
    expect(writeReadmeTables([result], [marked])).toEqual([]);
  });
});
