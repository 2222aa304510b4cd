// --- one government: the pure function every runner calls ---
export { planGovernment } from "./plan-government.js";
export { GOVERNMENT_STATUSES } from "./government-job.js";
export type { GovernmentJob, GovernmentResult, GovernmentStatus, SummaryRow, OutputFile, BatchError } from "./government-job.js";
export { renderBatchError } from "./render-batch-error.js";
export { computePlanKey } from "./plan-key.js";
export { YISHI_VERSION } from "./yishi-version.js";
// --- the coordinator: inputs in, folders and a summary out ---
export { listGovernments } from "./list-governments.js";
export type { GovernmentSource } from "./list-governments.js";
export { readGovernmentJob } from "./read-government-job.js";
export type { JobSettings } from "./read-government-job.js";
export { runBatch, SUMMARY_CSV, SUMMARY_JSON } from "./run-batch.js";
export type { BatchOptions, BatchProgress } from "./run-batch.js";
export { summarizeRows, formatSummaryCsv, formatSummaryJson } from "./batch-summary.js";
export type { BatchSummary } from "./batch-summary.js";
export { readManifest, writeGovernmentOutput, MANIFEST_FILE, MANIFEST_SCHEMA } from "./government-output.js";
export type { GovernmentManifest } from "./government-output.js";
// --- runners ---
export type { BatchRunner } from "./batch-runner.js";
export { createThreadPoolRunner, defaultWorkerCount } from "./thread-pool-runner.js";
export type { ThreadPoolOptions } from "./thread-pool-runner.js";
export { createQueueRunner } from "./queue-runner.js";
export type { QueueRunnerOptions } from "./queue-runner.js";
export { startQueueWorker, DEFAULT_LOCK_DURATION_MS } from "./queue-worker.js";
export type { QueueWorker, QueueWorkerOptions, WorkerEvent } from "./queue-worker.js";
export { DEFAULT_QUEUE_NAME, jobIdOf } from "./queue-codec.js";
export { parseRedisUrl, assertRedisReachable } from "./redis-connection.js";
export { startLocalRedis, findFreePort } from "./start-local-redis.js";
export type { LocalRedis } from "./start-local-redis.js";
