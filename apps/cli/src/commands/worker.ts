import { InvalidArgumentError, type Command } from "commander";
import { startQueueWorker } from "@yishi/batch";
import type { CommandContext } from "../context.js";

interface WorkerCliOptions {
  queue: string;
  queueName?: string;
  lockDuration?: number;
  stalledInterval?: number;
}

function parseMilliseconds(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 100) throw new InvalidArgumentError(`expected milliseconds (a whole number, at least 100), found "${text}"`);
  return n;
}

/**
 * `yishi worker --queue redis://HOST:PORT`: plans governments from the queue
 * until stopped (SIGINT or SIGTERM finish the job in hand, then exit). One
 * line per job on stdout, for the operator's log.
 */
export function registerWorkerCommand(program: Command, ctx: CommandContext, stopped: () => Promise<void> = waitForStopSignal): void {
  program
    .command("worker")
    .description("plan governments from a `yishi batch --queue` queue until stopped (run one per core, on any machine that reaches Redis)")
    .requiredOption("--queue <url>", "the Redis of the queue (redis://HOST:PORT)")
    .option("--queue-name <name>", "the queue's name (default yishi-batch)")
    .option("--lock-duration <ms>", "how long a job stays locked to this worker without renewal; a killed worker's job is retried after about this long (default 60000)", parseMilliseconds)
    .option("--stalled-interval <ms>", "how often to look for jobs of dead workers (default half the lock duration)", parseMilliseconds)
    .action(async (options: WorkerCliOptions) => {
      const worker = await startQueueWorker({
        url: options.queue,
        ...(options.queueName ? { queueName: options.queueName } : {}),
        ...(options.lockDuration ? { lockDurationMs: options.lockDuration } : {}),
        ...(options.stalledInterval ? { stalledIntervalMs: options.stalledInterval } : {}),
        onEvent: (e) => {
          if (e.kind === "active") ctx.io.out(`start ${e.jobId}`);
          else if (e.kind === "completed") ctx.io.out(`done ${e.jobId} ${e.status ?? ""}`.trimEnd());
          else ctx.io.err(`failed ${e.jobId}: ${e.reason ?? ""}`);
        },
        onError: (error) => ctx.io.err(`yishi worker: ${error.message}`),
      });
      ctx.io.err(`yishi worker: waiting for jobs on ${options.queue}`);
      await stopped();
      await worker.close();
    });
}

function waitForStopSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });
}
