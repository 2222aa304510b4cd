import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createQueueRunner, startLocalRedis, createThreadPoolRunner, defaultWorkerCount, listGovernments, runBatch, type BatchRunner, type BatchSummary } from "@yishi/batch";
import type { BenchCase, CaseOutcome } from "../bench-case.js";
import { generateProvince } from "../province.js";

/**
 * A province's planning run: N governments (YISHI_BENCH_GOVERNMENTS, default
 * 1,000), a quarter each, every part of the plan, through the batch with one
 * worker thread, the default pool, and BullMQ with two `yishi worker`
 * processes on a local redis-server (skipped, and said, when none is
 * installed). Times, speed-ups and the coordinator's peak heap are figures.
 */
const COUNT = Number(process.env.YISHI_BENCH_GOVERNMENTS ?? 1000);
const REDIS = process.env.YISHI_REDIS_SERVER ?? "/usr/bin/redis-server";
const ROOT = resolve(import.meta.dirname, "../..");

interface BatchBenchInput {
  dir: string;
}

async function timeBatch(dir: string, runner: BatchRunner, period = "2026Q1"): Promise<{ ms: number; heapPeakMb: number; summary: BatchSummary }> {
  const out = mkdtempSync(join(tmpdir(), "yishi-bench-batch-out-"));
  let peak = 0;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 100);
  const t0 = performance.now();
  try {
    const summary = await runBatch({ governments: listGovernments([dir]), period, outDir: out, runner });
    return { ms: performance.now() - t0, heapPeakMb: Math.round(peak / 2 ** 20), summary };
  } finally {
    clearInterval(sample);
    await runner.close();
    rmSync(out, { recursive: true, force: true });
  }
}

async function timeQueue(dir: string): Promise<{ ms: number; heapPeakMb: number } | undefined> {
  const { existsSync } = await import("node:fs");
  if (!existsSync(REDIS)) {
    process.stderr.write(`batch bench: ${REDIS} not found, BullMQ run skipped (.ci/install-redis.sh installs it)\n`);
    return undefined;
  }
  const redis = await startLocalRedis(REDIS);
  const url = redis.url;
  const children: ChildProcess[] = [redis.child];
  try {
    // The built CLI, as the pool's threads run the built packages (`pnpm bench` builds first).
    for (let w = 0; w < 2; w++) children.push(spawn(process.execPath, [join(ROOT, "apps/cli/bin/yishi.js"), "worker", "--queue", url], { cwd: ROOT, stdio: "ignore" }));
    const result = await timeBatch(dir, await createQueueRunner({ url }));
    return { ms: result.ms, heapPeakMb: result.heapPeakMb };
  } finally {
    // Waited for, so their CPU time is counted in the case's (the bench reads its ended children's).
    await Promise.all(children.map((c) => stopChild(c)));
  }
}

/** SIGTERM, then SIGKILL after 10 s; resolves once the process has exited. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/** The first governments of the province (YISHI_BENCH_YEAR_GOVERNMENTS, default 100), each planned for a year. */
const YEAR_COUNT = Number(process.env.YISHI_BENCH_YEAR_GOVERNMENTS ?? 100);

function writeProvince(count: number): BatchBenchInput {
  const dir = mkdtempSync(join(tmpdir(), "yishi-bench-province-"));
  mkdirSync(dir, { recursive: true });
  for (const g of generateProvince(count)) writeFileSync(join(dir, `${g.name}.json`), JSON.stringify(g.spec));
  return { dir };
}

/** What a batch's pool run says of its plans: proved, hard breaks, and the governments proved or needing attention. */
function judgeBatch(summary: BatchSummary): Pick<CaseOutcome, "provedOptimal" | "hardViolations"> & { provedGovernments: number; needAttention: number; internalErrors: number } {
  const c = summary.counts;
  return {
    provedOptimal: summary.rows.every((r) => r.provedOptimal),
    hardViolations: c["hard-violations"] + c.infeasible,
    provedGovernments: summary.rows.filter((r) => r.provedOptimal).length,
    needAttention: summary.rows.filter((r) => r.status !== "planned").length,
    // A bug, not a plan: named in the run's last line (run.ts).
    internalErrors: c["internal-error"],
  };
}

export const cases: BenchCase[] = [
  {
    name: `batch: ${COUNT} governments, a quarter each: 1 worker, the default pool, BullMQ with 2 workers`,
    problem: "batch",
    // The limit for the whole run (all three ways), scaled to the count.
    targetMs: 300_000 * (COUNT / 1000),
    setup: () => writeProvince(COUNT),
    async run(input): Promise<CaseOutcome> {
      const { dir } = input as BatchBenchInput;
      const one = await timeBatch(dir, createThreadPoolRunner({ workers: 1 }));
      const pool = await timeBatch(dir, createThreadPoolRunner());
      const queue = await timeQueue(dir);
      const { provedOptimal, hardViolations, provedGovernments, needAttention, internalErrors } = judgeBatch(pool.summary);
      return {
        objective: 0,
        provedOptimal,
        hardViolations,
        figures: {
          governments: COUNT,
          poolWorkers: defaultWorkerCount(),
          oneWorkerMs: Math.round(one.ms),
          poolMs: Math.round(pool.ms),
          speedup: Math.round((one.ms / pool.ms) * 100) / 100,
          queueMs: queue ? Math.round(queue.ms) : "skipped",
          queueOverPool: queue ? Math.round((queue.ms / pool.ms) * 100) / 100 : "skipped",
          heapPeakMbOne: one.heapPeakMb,
          heapPeakMbPool: pool.heapPeakMb,
          heapPeakMbQueue: queue ? queue.heapPeakMb : "skipped",
          provedGovernments,
          needAttention,
          internalErrors,
        },
      };
    },
  },
  {
    name: `batch: ${YEAR_COUNT} governments, a year each, the default pool`,
    problem: "batch",
    // The bench's own reading (the issue sets none for a year): a second a government. A quarter's share of the issue's limit is 0.1 s, and a year plans four quarters' agendas and a year of meetings and duties.
    targetMs: 1000 * YEAR_COUNT,
    setup: () => writeProvince(YEAR_COUNT),
    async run(input): Promise<CaseOutcome> {
      const { dir } = input as BatchBenchInput;
      const pool = await timeBatch(dir, createThreadPoolRunner(), "2026");
      const { provedOptimal, hardViolations, provedGovernments, needAttention, internalErrors } = judgeBatch(pool.summary);
      return {
        objective: 0,
        provedOptimal,
        hardViolations,
        figures: { governments: YEAR_COUNT, poolWorkers: defaultWorkerCount(), poolMs: Math.round(pool.ms), heapPeakMbPool: pool.heapPeakMb, provedGovernments, needAttention, internalErrors },
      };
    },
  },
];
