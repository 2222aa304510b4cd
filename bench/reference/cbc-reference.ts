import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toCplexLp } from "@yishi/solver";
import { cpuSince, readCpu } from "../cpu-clock.js";
import { parseCbcSolution } from "./parse-cbc-solution.js";
import type { ReferenceSolve, ReferenceSolver } from "./reference-solver.js";

/**
 * CBC, the native binary (Debian's coinor-cbc), on the model written as CPLEX
 * LP text. Its CPU time is the kernel's count for the finished child process
 * (cutime + cstime of this process across a synchronous spawn, which waits for
 * it), or where /proc is missing, CBC's own "Total time (CPU seconds)" line.
 * Its `sec` limit counts CPU seconds (CBC's default timeMode); the process is
 * killed if it runs twice the limit plus 30 s of wall clock (CBC 2.10.8 was
 * seen to spin forever on a misread LP file).
 */
export function createCbcReference(cbc: string): ReferenceSolver {
  return {
    name: "cbc",
    limitKind: "cpu",
    async solve(model, limitMs) {
      const { text, names } = toCplexLp(model);
      const dir = mkdtempSync(join(tmpdir(), "yishi-bench-cbc-"));
      try {
        const lp = join(dir, "model.lp");
        const sol = join(dir, "solution.txt");
        const log = join(dir, "cbc.log");
        writeFileSync(lp, text);
        const logFd = openSync(log, "w");
        const cpu0 = readCpu();
        const t0 = performance.now();
        const run = spawnSync(cbc, [lp, "sec", String(limitMs / 1000), "ratioGap", "0", "solve", "solu", sol], {
          stdio: ["ignore", logFd, logFd],
          timeout: 2 * limitMs + 30_000,
          killSignal: "SIGKILL",
        });
        const wallMs = performance.now() - t0;
        const childMs = cpuSince(cpu0).childMs;
        closeSync(logFd);
        const logText = readFileSync(log, "utf8");
        const cpuMs = childMs ?? readCbcCpuMs(logText);
        const failed = (message: string): ReferenceSolve => ({ solver: "cbc", status: "error", objective: Number.NaN, values: new Map(), wallMs, cpuMs, message });
        if (run.error) return failed(run.signal === "SIGKILL" ? `killed after ${Math.round(wallMs / 1000)} s: CBC did not stop at its limit` : String(run.error));
        if (!existsSync(sol)) return failed(`no solution file (exit ${run.status}): ${lastLine(logText)}`);
        const parsed = parseCbcSolution(readFileSync(sol, "utf8"));
        // The LP file names columns x0, x1…, in the model's order.
        const values = new Map<string, number>();
        for (const [column, value] of parsed.values) {
          const name = names[Number(column.slice(1))];
          if (name !== undefined && value !== 0) values.set(name, value);
        }
        return { solver: "cbc", status: parsed.status, objective: parsed.objective, values, wallMs, cpuMs, ...(parsed.status === "error" ? { message: parsed.header } : {}) };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

function readCbcCpuMs(log: string): number | undefined {
  const m = /Total time \(CPU seconds\):\s+([\d.]+)/.exec(log);
  return m ? Number(m[1]) * 1000 : undefined;
}

function lastLine(log: string): string {
  return log.trim().split("\n").pop() ?? "";
}
