/**
 * `pnpm bench`: runs every case, times the product's planner (wall and CPU
 * time), and solves the same model with HiGHS and CBC as references:
 * `minusRef` is the planner's objective minus an optimum a reference proved
 * (left empty, with `refIncumbent` beside it, when none did), `refOverOurs`
 * the best reference's CPU time over ours where that reference took over a second.
 * Usage: pnpm bench [filter] [--no-reference | --reference highs,cbc] [--json FILE] [--readme]
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg } from "node:os";
import type { BenchCase, CaseOutcome } from "./bench-case.js";
import { cpuSince, readCpu, type CpuReading } from "./cpu-clock.js";
import { writeReadmeTables, type BenchResult, type BenchRow } from "./readme-table.js";
import { compareWithReferences, RATIO_TARGET } from "./reference/compare-with-references.js";
import { createReferenceSolvers, REFERENCE_NAMES } from "./reference/create-reference-solvers.js";
import { cases as meetingCases } from "./cases/meetings.js";
import { cases as rosterCases } from "./cases/roster.js";
import { cases as agendaCases } from "./cases/agenda.js";
import { cases as batchCases } from "./cases/batch.js";
import { cases as reliabilityCases } from "./cases/reliability.js";
import { cases as workbenchCases } from "./cases/workbench.js";

const args = process.argv.slice(2);
const valueOf = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const jsonOut = valueOf("--json");
const filter = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--json" && args[i - 1] !== "--reference");
const referenceNames = args.includes("--no-reference") ? [] : (valueOf("--reference") ?? REFERENCE_NAMES.join(",")).split(",").filter(Boolean);
const unknownReference = referenceNames.find((n) => !(REFERENCE_NAMES as readonly string[]).includes(n));
if (unknownReference !== undefined || (args.includes("--readme") && !jsonOut)) {
  process.stderr.write(unknownReference !== undefined ? `--reference ${unknownReference}: expected a list of ${REFERENCE_NAMES.join(", ")}\n` : "--readme needs --json FILE (the table is generated from that file)\n");
  process.exit(2);
}
// HiGHS stops at 60 s of wall clock, CBC at 60 s of its own CPU time.
const REFERENCE_LIMIT_S = 60;

const all: BenchCase[] = [...meetingCases, ...rosterCases, ...agendaCases, ...reliabilityCases, ...batchCases, ...workbenchCases].filter((c) => !filter || c.name.includes(filter) || c.problem === filter);
const references = await createReferenceSolvers(referenceNames);
const runInfo = describeRun();
const rows: BenchRow[] = [];

for (const bench of all) {
  const input = await bench.setup();
  const heapBefore = process.memoryUsage().heapUsed;
  const cpu0 = readCpu();
  const t0 = performance.now();
  let measured: { outcome: CaseOutcome; wallMs: number; cpu: CpuReading };
  try {
    const outcome = await bench.run(input);
    measured = { outcome, wallMs: performance.now() - t0, cpu: cpuSince(cpu0) };
  } finally {
    await bench.teardown?.(input);
  }
  const { outcome, wallMs, cpu } = measured;
  const cpuMs = cpu.ownMs + (cpu.childMs ?? 0);
  const ms = outcome.measuredMs ?? wallMs;
  const heapMb = Math.max(0, (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20);
  const row: BenchRow = {
    case: bench.name,
    ms: Math.round(ms),
    cpuMs: Math.round(cpuMs),
    // Child processes (the batch's queue workers and redis, a browser) count for the CPU they used during the case, ended or still running.
    ...(cpu.childMs === undefined ? { childCpu: "not included (no /proc)" } : cpu.childMs > 0 ? { childCpuMs: Math.round(cpu.childMs) } : {}),
    target: bench.targetMs,
    met: ms <= bench.targetMs,
    objective: outcome.objective,
    bound: outcome.bound ?? "",
    proved: outcome.provedOptimal,
    hard: outcome.hardViolations ?? "",
    heapMB: Math.round(heapMb),
    ...(outcome.measuredMs !== undefined ? { harnessMs: Math.round(wallMs) } : {}),
    ...(outcome.figures ?? {}),
  };
  if (references.length > 0 && bench.referenceModel) {
    const model = bench.referenceModel(input);
    const solves = [];
    for (const reference of references) solves.push(await reference.solve(model, REFERENCE_LIMIT_S * 1000));
    Object.assign(row, compareWithReferences({ sense: model.sense, objective: outcome.objective, cpuMs: outcome.referenceCpuMs ?? cpuMs, references: solves }));
    if (outcome.referenceCpuMs !== undefined) row.refComparedCpuMs = Math.round(outcome.referenceCpuMs);
  }
  rows.push(row);
  process.stdout.write(`${Object.entries(row).map(([k, v]) => `${k}=${v}`).join("  ")}\n`);
}

const result: BenchResult = { run: runInfo, rows };
if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(result, null, 2)}\n`);
if (jsonOut && args.includes("--readme")) for (const file of writeReadmeTables([result])) process.stdout.write(`table regenerated in ${file}\n`);
const missed = rows.filter((r) => r.met === false || (r.hard !== "" && r.hard !== 0));
// Flagged, not failed: the issue's target for the ratio, and proofs a reference contradicts.
const slow = rows.filter((r) => typeof r.refOverOurs === "number" && r.refOverOurs < RATIO_TARGET);
const contradicted = rows.filter((r) => r.proved === true && typeof r.minusRef === "number" && r.minusRef !== 0);
const disagreeing = rows.filter((r) => r.refDisagree !== undefined);
// A batch's governments that ended in an internal error: a bug, whatever the times.
const broken = rows.filter((r) => typeof r.internalErrors === "number" && r.internalErrors > 0);
process.stdout.write(
  `\n${rows.length} cases; ${missed.length} missed a time target or had hard violations; ` +
    `${slow.length} with refOverOurs under ${RATIO_TARGET}${slow.length > 0 ? ` (${slow.map((r) => `${r.case}: ${r.refOverOurs}`).join("; ")})` : ""}` +
    `${contradicted.length > 0 ? `; ${contradicted.length} proved optimal but off the reference optimum (${contradicted.map((r) => r.case).join("; ")})` : ""}` +
    `${disagreeing.length > 0 ? `; ${disagreeing.length} where the references disagree` : ""}` +
    `${broken.length > 0 ? `; ${broken.length} with internal errors (${broken.map((r) => `${r.case}: ${r.internalErrors}`).join("; ")})` : ""}\n`,
);

/** When, on what and how the run was made, for the table's stamp (read before any case is timed). */
function describeRun(): BenchResult["run"] {
  const now = new Date();
  let commit: string | undefined;
  try {
    const git = (...gitArgs: string[]) => execFileSync("git", gitArgs, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    commit = git("rev-parse", "--short", "HEAD") + (git("status", "--porcelain", "--untracked-files=no") !== "" ? " with uncommitted changes" : "");
  } catch {
    commit = undefined;
  }
  return {
    startedAt: now.toISOString(),
    date: new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(now),
    node: process.version,
    cpu: cpus()[0]?.model.trim() ?? "unknown CPU",
    cores: availableParallelism(),
    loadAverage: Math.round(loadavg()[0]! * 100) / 100,
    ...(commit ? { commit } : {}),
    args,
    references: references.map((r) => `${r.name} (${REFERENCE_LIMIT_S} s of ${r.limitKind === "cpu" ? "CPU" : "wall clock"})`),
  };
}
