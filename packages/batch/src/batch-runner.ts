import type { GovernmentJob, GovernmentResult } from "./government-job.js";

/**
 * Where governments are planned: a thread pool here, or workers anywhere
 * through a queue. The coordinator (runBatch) keeps at most `capacity` jobs
 * outstanding, so a province is streamed, never held in memory.
 */
export interface BatchRunner {
  /** Plans one government; resolves with its result (planGovernment never throws, so neither does this for a bad spec). */
  run(job: GovernmentJob): Promise<GovernmentResult>;
  readonly capacity: number;
  close(): Promise<void>;
}
