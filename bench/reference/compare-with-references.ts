import type { ReferenceSolve } from "./reference-solver.js";

/** Below this much CPU a reference's time says little; the issue asks for the ratio only above it. */
export const RATIO_FROM_REFERENCE_CPU_MS = 1000;
/** The target for the best reference's CPU time over ours. */
export const RATIO_TARGET = 4;

export type RowFields = Record<string, string | number | boolean>;

/**
 * The reference columns of one row. The gap (`minusRef`) is reported only
 * against an optimum a reference proved; without one the best incumbent is
 * shown apart (`refIncumbent`) and the gap left empty. Two proved optima that
 * differ are reported (`refDisagree`) and give no gap. Where the best
 * reference (the fastest to prove optimality; without a proof, the fastest to
 * stop, and the ratio is then only a floor) used over a second of CPU,
 * `refOverOurs` is its CPU time over ours.
 */
export function compareWithReferences(input: { sense: "min" | "max"; objective: number; cpuMs: number; references: readonly ReferenceSolve[] }): RowFields {
  const row: RowFields = {};
  for (const r of input.references) {
    row[`${r.solver}Ms`] = Math.round(r.wallMs);
    row[`${r.solver}CpuMs`] = r.cpuMs === undefined ? "not measured" : Math.round(r.cpuMs);
    row[`${r.solver}Status`] = r.status;
    row[`${r.solver}Objective`] = Number.isFinite(r.objective) ? round(r.objective) : "";
  }
  const proved = input.references.filter((r) => r.status === "optimal" && Number.isFinite(r.objective));
  const optimum = proved[0]?.objective;
  const disagree = proved.some((r) => !same(r.objective, optimum!));
  if (disagree) row.refDisagree = proved.map((r) => `${r.solver} ${round(r.objective)}`).join(" ≠ ");
  if (optimum !== undefined && !disagree) {
    row.refOptimum = round(optimum);
    // Same sense as the model: negative is better for a minimisation, positive for a maximisation.
    row.minusRef = round(input.objective - optimum);
  } else {
    const incumbents = input.references.filter((r) => r.status !== "optimal" && Number.isFinite(r.objective)).map((r) => r.objective);
    if (incumbents.length > 0) row.refIncumbent = round(input.sense === "min" ? Math.min(...incumbents) : Math.max(...incumbents));
    row.minusRef = "";
  }
  const timed = (list: readonly ReferenceSolve[]) => list.filter((r) => r.cpuMs !== undefined).sort((a, b) => a.cpuMs! - b.cpuMs!);
  const best = timed(proved)[0] ?? timed(input.references.filter((r) => r.status === "timeout"))[0];
  if (best && best.cpuMs! > RATIO_FROM_REFERENCE_CPU_MS && input.cpuMs > 0) {
    row.refBest = best.status === "optimal" ? best.solver : `${best.solver}:${best.status}`;
    row.refOverOurs = Math.round((best.cpuMs! / input.cpuMs) * 100) / 100;
  }
  return row;
}

function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
