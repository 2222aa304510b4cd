/**
 * The benchmark table of bench/README.md and README.md (between
 * `<!-- bench-table:start -->` and `<!-- bench-table:end -->`), generated
 * from a bench run and stamped with its date and machine.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { RATIO_TARGET } from "./reference/compare-with-references.js";

/** What a bench run records about itself, beside its rows. */
export interface BenchRunInfo {
  /** ISO instant the run started. */
  startedAt: string;
  /** The calendar date in Asia/Shanghai. */
  date: string;
  node: string;
  cpu: string;
  cores: number;
  /** Load average (1 min) when the run started: how busy the machine was. */
  loadAverage: number;
  commit?: string;
  /** The command line's arguments: which cases ran, which references. */
  args: string[];
  references: string[];
}

export type BenchRow = Record<string, string | number | boolean>;

export interface BenchResult {
  run: BenchRunInfo;
  rows: BenchRow[];
}

const START = "<!-- bench-table:start -->";
const END = "<!-- bench-table:end -->";
const ROOT = resolve(import.meta.dirname, "..");
export const README_FILES = [resolve(ROOT, "bench/README.md"), resolve(ROOT, "README.md")];

/** Replaces the marked table in each file that has the markers with the rows of these runs; returns the files changed. */
export function writeReadmeTables(results: readonly BenchResult[], files: readonly string[] = README_FILES): string[] {
  const table = renderBenchTable(results);
  const changed: string[] = [];
  for (const file of files) {
    const content = readFileSync(file, "utf8");
    // The markers on lines of their own (prose may quote them).
    const lines = content.split("\n");
    const start = lines.indexOf(START);
    const end = lines.indexOf(END, start);
    if (start < 0 || end < 0) continue;
    const next = [...lines.slice(0, start + 1), table, ...lines.slice(end)].join("\n");
    if (next !== content) {
      writeFileSync(file, next);
      changed.push(file);
    }
  }
  return changed;
}

/** The table, a stamp per run and the command that regenerates it, as Markdown. */
export function renderBenchTable(results: readonly BenchResult[]): string {
  const stamps = results.map(({ run }) => {
    const command = run.args.map((a) => (/\s/.test(a) ? `"${a}"` : a)).join(" ");
    const filter = run.args.filter((a, i) => !a.startsWith("--") && !["--json", "--reference"].includes(run.args[i - 1] ?? ""));
    const subset = filter.length > 0 ? ` Only the cases matching \`${filter.join(" ")}\` ran: \`pnpm bench --json bench.json --readme\` regenerates the full table.` : "";
    return `Generated from \`pnpm bench ${command}\` on ${run.date} (Asia/Shanghai), ${run.cpu}, ${run.cores} cores, load average ${run.loadAverage} at the start, Node ${run.node}${run.commit ? `, commit ${run.commit}` : ""}; references: ${run.references.length > 0 ? run.references.join(", ") : "none"}.${subset}`;
  });
  const rows = results.flatMap((r) => r.rows);
  const head = ["case", "wall", "CPU", "target (wall)", "objective", "bound", "proved", "hard", "HiGHS", "CBC", "minusRef", `refOverOurs (≥ ${RATIO_TARGET})`];
  const lines = [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`];
  for (const r of rows) {
    const cells = [
      String(r.case),
      duration(r.ms),
      duration(r.cpuMs) + (r.childCpuMs !== undefined ? ` (children ${duration(r.childCpuMs)})` : "") + (typeof r.childCpu === "string" ? ` (${r.childCpu})` : ""),
      duration(r.target) + (r.met === false ? " **missed**" : ""),
      text(r.objective),
      text(r.bound),
      r.proved === true ? "yes" : "no",
      text(r.hard),
      reference(r, "highs"),
      reference(r, "cbc"),
      r.refDisagree !== undefined ? `references disagree: ${r.refDisagree}` : r.minusRef !== undefined && r.minusRef !== "" ? text(r.minusRef) : r.refIncumbent !== undefined ? `— (no proved optimum; best incumbent ${text(r.refIncumbent)})` : "—",
      r.refOverOurs === undefined ? "—" : `${r.refOverOurs}${String(r.refBest).includes(":") ? " (floor: no reference proved)" : ""}${r.refComparedCpuMs !== undefined ? ` (over the referenced instance's ${duration(r.refComparedCpuMs)} CPU)` : ""}${Number(r.refOverOurs) < RATIO_TARGET ? " **under**" : ""}`,
    ];
    lines.push(`| ${cells.map((c) => c.replaceAll("|", "\\|")).join(" | ")} |`);
  }
  const regenerate = "`pnpm bench --json bench.json --readme` (every case; or `pnpm exec tsx bench/write-readme-table.ts FILE…` on saved runs, their rows in order)";
  return [...stamps.flatMap((stamp) => [stamp, ""]), ...lines, "", `Regenerate with ${regenerate}. Times are the planner's alone (setup not timed); CPU counts every thread of the bench process and what its child processes used during the case; "—" under HiGHS/CBC: the case has no reference model or the reference was not run.`].join("\n");
}

function reference(r: BenchRow, solver: string): string {
  const status = r[`${solver}Status`];
  if (status === undefined) return "—";
  const objective = r[`${solver}Objective`];
  const cpu = r[`${solver}CpuMs`];
  return `${status}${objective !== undefined && objective !== "" ? ` ${objective}` : ""}, ${typeof cpu === "number" ? duration(cpu) : String(cpu)} CPU`;
}

function duration(value: unknown): string {
  if (typeof value !== "number") return value === undefined ? "—" : String(value);
  if (value < 1000) return `${Math.round(value)} ms`;
  return `${(value / 1000).toFixed(value < 10_000 ? 2 : 1)} s`;
}

function text(value: unknown): string {
  return value === undefined || value === "" ? "—" : String(value);
}
