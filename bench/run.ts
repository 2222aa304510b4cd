/**
 * `pnpm bench`: runs every case, times the product's planner, and solves the
 * same model with HiGHS as the reference: `minusRef` is the planner's objective minus the
 * reference's (its best within the time limit when `refStatus` is timeout).
 * Usage: pnpm bench [filter] [--no-reference] [--json FILE]
 */
import { writeFileSync } from "node:fs";
import { createHighsBackend } from "@yishi/solver-highs";
import type { BenchCase } from "./bench-case.js";
import { cases as meetingCases } from "./cases/meetings.js";
import { cases as rosterCases } from "./cases/roster.js";
import { cases as agendaCases } from "./cases/agenda.js";
import { cases as batchCases } from "./cases/batch.js";
import { cases as reliabilityCases } from "./cases/reliability.js";
import { cases as workbenchCases } from "./cases/workbench.js";

const args = process.argv.slice(2);
const jsonOut = args.includes("--json") ? args[args.indexOf("--json") + 1] : undefined;
const filter = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--json");
const withReference = !args.includes("--no-reference");
const REFERENCE_LIMIT_S = 60;

const all: BenchCase[] = [...meetingCases, ...rosterCases, ...agendaCases, ...reliabilityCases, ...batchCases, ...workbenchCases].filter((c) => !filter || c.name.includes(filter) || c.problem === filter);
const highs = withReference ? await createHighsBackend() : undefined;
const rows: Record<string, string | number | boolean>[] = [];

for (const bench of all) {
  const input = await bench.setup();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const outcome = await bench.run(input);
  const wallMs = performance.now() - t0;
  const ms = outcome.measuredMs ?? wallMs;
  const heapMb = Math.max(0, (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20);
  const row: Record<string, string | number | boolean> = {
    case: bench.name,
    ms: Math.round(ms),
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
  if (highs && bench.referenceModel) {
    const model = bench.referenceModel(input);
    const r0 = performance.now();
    const ref = await highs.solve(model, { timeLimitMs: REFERENCE_LIMIT_S * 1000 });
    row.refMs = Math.round(performance.now() - r0);
    row.refStatus = ref.status;
    row.refObjective = Number.isFinite(ref.objective) ? round(ref.objective) : "";
    // Same sense as the model: negative is better for a minimisation, positive for a maximisation.
    row.minusRef = Number.isFinite(ref.objective) ? round(outcome.objective - ref.objective) : "";
  }
  rows.push(row);
  process.stdout.write(`${Object.entries(row).map(([k, v]) => `${k}=${v}`).join("  ")}\n`);
}

if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(rows, null, 2)}\n`);
const missed = rows.filter((r) => r.met === false || (r.hard !== "" && r.hard !== 0));
process.stdout.write(`\n${rows.length} cases; ${missed.length} missed a time target or had hard violations\n`);

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
