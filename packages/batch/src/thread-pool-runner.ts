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
  if (!onSource) return { filename };
  const execArgv = [...process.execArgv];
  if (!execArgv.some((a) => /[\\/]tsx[\\/]dist[\\/]/.test(a))) execArgv.push("--import", pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href);
  if (!execArgv.some((a, i) => a === "--conditions=source" || (a === "--conditions" && execArgv[i + 1] === "source"))) execArgv.push("--conditions=source");
  return { filename, execArgv };
}
