import { availableParallelism } from "node:os";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Piscina } from "piscina";
import type { BatchRunner } from "./batch-runner.js";
import type { GovernmentJob, GovernmentResult } from "./government-job.js";

export interface ThreadPoolOptions {
  /** Worker threads; default one per core. */
  workers?: number;
}

/** One thread per core unless told otherwise. */
export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism());
}

/**
 * A pool of worker threads (piscina) each running planGovernment. Planning
 * is CPU-bound JavaScript, so threads, not async, give the speed-up.
 */
export function createThreadPoolRunner(options: ThreadPoolOptions = {}): BatchRunner {
  const workers = options.workers ?? defaultWorkerCount();
  const pool = new Piscina<GovernmentJob, GovernmentResult>({ ...workerFile(), minThreads: workers, maxThreads: workers, idleTimeout: 60_000 });
  return {
    capacity: workers * 2,
    run: (job) => pool.run(job),
    close: () => pool.destroy(),
  };
}

/**
 * The processor file beside this one: plan-worker.js when built; on source
 * (tests, `pnpm yishi`) plan-worker.ts, which a thread can load only with
 * tsx's loader and the `source` condition. Under `tsx` the process already
 * has both and threads inherit them; under vitest they are added here.
 */
function workerFile(): { filename: string; execArgv?: string[] } {
  const onSource = import.meta.url.endsWith(".ts");
  const filename = new URL(onSource ? "./plan-worker.ts" : "./plan-worker.js", import.meta.url).href;
  if (!onSource) return { filename, execArgv: withoutTsx(process.execArgv) };
  const execArgv = [...process.execArgv];
  if (!execArgv.some(namesTsx)) execArgv.push("--import", pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href);
  if (!hasSourceCondition(execArgv)) execArgv.push("--conditions=source");
  return { filename, execArgv };
}

/** A Node option naming one of tsx's own files (its loader or preflight). */
const namesTsx = (arg: string | undefined) => arg !== undefined && /[\\/]tsx[\\/]dist[\\/]/.test(arg);

/** Whether the options set the `source` export condition (the packages then resolve to TypeScript). */
function hasSourceCondition(execArgv: readonly string[]): boolean {
  return execArgv.some((a, i) => a === "--conditions=source" || ((a === "--conditions" || a === "-C") && execArgv[i + 1] === "source"));
}

/**
 * The parent's Node options for threads running the built worker, without
 * tsx's loader: the built JavaScript needs none, and a thread that inherits
 * it runs slower (the province's first 100 governments, a quarter each, one
 * thread: 10.9 s from a process started by tsx, 6.3 s from plain node; the
 * bench's batch rows were timed that way). Kept when the `source` condition
 * is set, as the packages the worker imports are then TypeScript.
 */
export function withoutTsx(execArgv: readonly string[]): string[] {
  if (hasSourceCondition(execArgv)) return [...execArgv];
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const a = execArgv[i]!;
    // --import URL, --require PATH, --loader URL (and their -r and =value forms) naming tsx's own files.
    if (["--import", "--require", "-r", "--loader", "--experimental-loader"].includes(a) && namesTsx(execArgv[i + 1])) {
      i++;
      continue;
    }
    if (/^--(import|require|loader|experimental-loader)=/.test(a) && namesTsx(a)) continue;
    kept.push(a);
  }
  return kept;
}
