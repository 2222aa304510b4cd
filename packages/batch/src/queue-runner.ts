import { Job, Queue, QueueEvents } from "bullmq";
import type { BatchRunner } from "./batch-runner.js";
import type { GovernmentJob, GovernmentResult } from "./government-job.js";
import { DEFAULT_QUEUE_NAME, decodeResult, jobIdOf, type EncodedResult } from "./queue-codec.js";
import { Redis } from "ioredis";
import { YishiError } from "@yishi/domain";
import { assertRedisReachable, bullConnection, parseRedisUrl } from "./redis-connection.js";
import { readFinishedJob } from "./read-finished-job.js";

export interface QueueRunnerOptions {
  /** redis://HOST:PORT */
  url: string;
  queueName?: string;
  /** Jobs on the queue at once; enough to keep every remote worker busy, few enough to keep Redis small. */
  capacity?: number;
  /** How often outstanding jobs are looked up, for any completion whose event was missed. */
  sweepMs?: number;
  /**
   * How long Redis may be gone mid-run before the batch stops with
   * QUEUE_UNREACHABLE (default 30 s): a restart is ridden out, a Redis that
   * stays down is said, not waited on for ever.
   */
  lostAfterMs?: number;
}

/** Default of QueueRunnerOptions.lostAfterMs. */
export const LOST_AFTER_MS = 30_000;

/**
 * The coordinator's side of the queue: one BullMQ job per government, with
 * an id from its inputs (jobIdOf), so enqueuing twice plans once; results
 * are collected from completion events, and a periodic look-up catches any
 * event missed. Workers (startQueueWorker) run anywhere that reaches Redis.
 * A worker killed mid-job loses nothing: BullMQ's stalled-job check hands
 * the job to another worker when its lock lapses, and a late finisher
 * without the lock cannot complete it, so each government is planned, and
 * written, once.
 */
export async function createQueueRunner(options: QueueRunnerOptions): Promise<BatchRunner> {
  const redis = parseRedisUrl(options.url);
  await assertRedisReachable(options.url, redis);
  const name = options.queueName ?? DEFAULT_QUEUE_NAME;
  const connection = bullConnection(redis);
  const queue = new Queue(name, { connection });
  const events = new QueueEvents(name, { connection });
  await Promise.all([queue.waitUntilReady(), events.waitUntilReady()]);
  // Connection errors while Redis is away are the probe's to judge (below), not noise on stderr.
  queue.on("error", () => {});
  events.on("error", () => {});

  // Every caller waiting on an id: the same job run twice is added once and answers both.
  const pending = new Map<string, { waiters: { resolve(result: GovernmentResult): void; reject(error: unknown): void }[]; job: GovernmentJob }>();
  const looking = new Set<string>();
  const settle = async (id: string) => {
    if (!pending.has(id) || looking.has(id)) return;
    looking.add(id);
    try {
      const entry = pending.get(id);
      if (!entry) return;
      const finished = await readFinishedJob(() => Job.fromId(queue, id) as Promise<Job<GovernmentJob, EncodedResult> | undefined>);
      if (!finished) return;
      const { state, job } = finished;
      const result = state === "completed" ? decodeResult(job.returnvalue) : lostJob(entry.job, job.failedReason);
      pending.delete(id);
      for (const w of entry.waiters) w.resolve(result);
      // Removed after the coordinator has written it (its write runs before this callback): Redis keeps no plans.
      setImmediate(() => void job.remove().catch(() => {}));
    } catch (error) {
      for (const w of pending.get(id)?.waiters ?? []) w.reject(error);
      pending.delete(id);
    } finally {
      looking.delete(id);
    }
  };
  events.on("completed", ({ jobId }) => void settle(jobId));
  events.on("failed", ({ jobId }) => void settle(jobId));
  // BullMQ's own connections wait for Redis without end (workers must ride out a restart); this probe,
  // which never queues a command, notices when Redis has been gone too long and fails what waits on it.
  const probe = new Redis({ ...redis, connectTimeout: 1_000, maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => 500 });
  probe.on("error", () => {});
  const lostAfter = options.lostAfterMs ?? LOST_AFTER_MS;
  let lastSeen = Date.now();
  let lost: YishiError | undefined;
  const checkAlive = () => {
    probe.ping().then(
      () => (lastSeen = Date.now()),
      () => {
        if (lost || Date.now() - lastSeen < lostAfter) return;
        lost = new YishiError(
          "QUEUE_UNREACHABLE",
          `--queue: lost Redis at ${options.url} mid-run (no answer for ${Math.round(lostAfter / 1000)} s); the governments finished before are written: run the same command again once Redis is back, and it resumes from there`,
        );
        for (const entry of pending.values()) for (const w of entry.waiters) w.reject(lost);
        pending.clear();
      },
    );
  };
  const sweep = setInterval(() => {
    checkAlive();
    for (const id of pending.keys()) void settle(id);
  }, options.sweepMs ?? 2_000);

  return {
    capacity: options.capacity ?? 64,
    async run(job) {
      if (lost) throw lost;
      const id = jobIdOf(job);
      const result = new Promise<GovernmentResult>((resolve, reject) => {
        const entry = pending.get(id) ?? { waiters: [], job };
        entry.waiters.push({ resolve, reject });
        pending.set(id, entry);
      });
      // An id already on the queue (waiting, active or done) is not added again. While Redis is away the add
      // waits (BullMQ retries): the run is answered through `pending`, which the probe fails when Redis stays away.
      queue.add("plan", job, { jobId: id, attempts: 2, removeOnComplete: false, removeOnFail: false }).then(
        () => void settle(id),
        (error: unknown) => {
          if (lost) return;
          for (const w of pending.get(id)?.waiters ?? []) w.reject(error);
          pending.delete(id);
        },
      );
      return result;
    },
    async close() {
      clearInterval(sweep);
      probe.disconnect();
      // Closing waits for Redis to take the last commands: with Redis lost it would wait for ever.
      if (lost) {
        void events.close().catch(() => {});
        void queue.close().catch(() => {});
        await events.disconnect().catch(() => {});
        await queue.disconnect().catch(() => {});
        return;
      }
      await events.close();
      await queue.close();
    },
  };
}

/** A job BullMQ gave up on (its workers died twice, or it threw): an internal error row, never a silent gap. */
function lostJob(job: GovernmentJob, reason: string | undefined): GovernmentResult {
  return {
    row: { government: job.government, specFile: job.specFile, status: "internal-error", exitCode: 70, ms: 0, provedOptimal: false, hardViolations: 0, softViolations: 0, skipped: false, error: `internal error (a bug; please report it): the queue gave up on this government: ${reason ?? "no reason given"}` },
    files: [],
  };
}
