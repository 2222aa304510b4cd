import { createHighsBackend } from "@yishi/solver-highs";
import { readMainThreadCpuMs } from "../cpu-clock.js";
import type { ReferenceSolver } from "./reference-solver.js";

/**
 * HiGHS (WebAssembly, single-threaded, on this process's main thread): its CPU
 * time is the main thread's over the solve (the engine's compiler and
 * collector threads left out, so the reference is not made to look slower).
 */
export async function createHighsReference(): Promise<ReferenceSolver> {
  const highs = await createHighsBackend();
  return {
    name: "highs",
    limitKind: "wall",
    async solve(model, limitMs) {
      const cpu0 = readMainThreadCpuMs();
      const t0 = performance.now();
      const result = await highs.solve(model, { timeLimitMs: limitMs });
      const wallMs = performance.now() - t0;
      return {
        solver: "highs",
        status: result.status,
        objective: Number.isFinite(result.objective) ? result.objective : Number.NaN,
        values: result.values,
        wallMs,
        cpuMs: readMainThreadCpuMs() - cpu0,
        ...(result.message !== undefined ? { message: result.message } : {}),
      };
    },
  };
}
