import { Worker } from "bullmq";
import type { GovernmentJob, GovernmentStatus } from "./government-job.js";
import { planGovernment } from "./plan-government.js";
import { DEFAULT_QUEUE_NAME, encodeResult, type EncodedResult } from "./queue-codec.js";
import { assertRedisReachable, bullConnection, parseRedisUrl } from "./redis-connection.js";

export interface QueueWorkerOptions {
  url: string;
  queueName?: string;
  /**
   * How long a job's lock lasts without renewal: a worker that dies (kill -9)
   * gives its job back after about this long. Planning blocks the event loop,
   * so it must exceed the longest single government's planning time.
   */
  lockDurationMs?: number;
  /** How often this worker looks for stalled jobs (a dead worker's); default half the lock. */
  stalledIntervalMs?: number;
  onEvent?(event: WorkerEvent): void;
  /** Redis went away or a job could not be finished (e.g. its lock lapsed). */
  onError?(error: Error): void;
}

export interface WorkerEvent {
  kind: "active" | "completed" | "failed";
  jobId: string;
  government: string;
  status?: GovernmentStatus;
  reason?: string;
}

export interface QueueWorker {
  close(): Promise<void>;
}

/** Default lock: well above any one government's planning (a fraction of a second to seconds). */
export const DEFAULT_LOCK_DURATION_MS = 60_000;

/**
 * A BullMQ worker planning one government at a time (run one per core, on
 * as many machines as reach Redis). `completed` is reported only once BullMQ
 * has recorded the completion, so a job it took back is never counted twice.
 */
export async function startQueueWorker(options: QueueWorkerOptions): Promise<QueueWorker> {
  const redis = parseRedisUrl(options.url);
  await assertRedisReachable(options.url, redis);
  const lockDuration = options.lockDurationMs ?? DEFAULT_LOCK_DURATION_MS;
  const worker = new Worker<GovernmentJob, EncodedResult>(options.queueName ?? DEFAULT_QUEUE_NAME, async (job) => encodeResult(await planGovernment(job.data)), {
    connection: bullConnection(redis),
    concurrency: 1,
    lockDuration,
    stalledInterval: options.stalledIntervalMs ?? Math.max(1_000, Math.floor(lockDuration / 2)),
    // A job whose worker dies twice is given up on (the coordinator reports it) rather than retried for ever.
    maxStalledCount: 2,
  });
  const report = (kind: WorkerEvent["kind"], job: { id?: string | undefined; data: GovernmentJob } | undefined, extra: Partial<WorkerEvent> = {}) => {
    if (job?.id !== undefined) options.onEvent?.({ kind, jobId: job.id, government: job.data.government, ...extra });
  };
  worker.on("active", (job) => report("active", job));
  worker.on("completed", (job, result) => report("completed", job, { status: result.row.status }));
  worker.on("failed", (job, error) => report("failed", job, { reason: error.message }));
  worker.on("error", (error) => options.onError?.(error));
  await worker.waitUntilReady();
  return { close: () => worker.close() };
}
