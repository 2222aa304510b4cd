import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createQueueRunner, findFreePort, readGovernmentJob, startLocalRedis, type LocalRedis } from "@yishi/batch";
import { runCaptured } from "../test-run.js";
import { writeTestProvince } from "./test-batch-specs.js";

/**
 * `yishi batch --queue` against a real Redis (Debian's redis-server on a free
 * localhost port) and `yishi worker` processes. In CI (CI=true) a missing
 * redis-server fails the test; locally it is skipped with a message saying
 * how to install it.
 */
const REDIS = process.env.YISHI_REDIS_SERVER ?? "/usr/bin/redis-server";
const haveRedis = existsSync(REDIS);
const inCi = process.env.CI === "true" || process.env.CI === "1";
const ROOT = resolve(import.meta.dirname, "../../../..");
const BIN = join(ROOT, "apps/cli/src/bin.ts");
const TSX = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
// Short locks so a killed worker's job comes back within seconds (the default is a minute).
const WORKER_FLAGS = ["--lock-duration", "3000", "--stalled-interval", "1000"];

if (!haveRedis && !inCi) console.warn(`worker.test: skipped, ${REDIS} not found. Install it with .ci/install-redis.sh (apt-get install redis-server).`);

const tmp = () => mkdtempSync(join(tmpdir(), "yishi-queue-"));
const read = (...parts: string[]) => readFileSync(join(...parts), "utf8");


interface WorkerProcess {
  child: ChildProcess;
  lines: string[];
  /** Resolves on the first line matching. */
  waitFor(pattern: RegExp): Promise<string>;
}

function startWorker(url: string, queue: string): WorkerProcess {
  const child = spawn(process.execPath, ["--import", TSX, "--conditions=source", BIN, "worker", "--queue", url, "--queue-name", queue, ...WORKER_FLAGS], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  const lines: string[] = [];
  const watchers: { pattern: RegExp; done(line: string): void }[] = [];
  let buffer = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    buffer += chunk.toString("utf8");
    const parts = buffer.split("\n");
    buffer = parts.pop()!;
    for (const line of parts) {
      lines.push(line);
      for (const w of watchers.filter((x) => x.pattern.test(line))) {
        watchers.splice(watchers.indexOf(w), 1);
        w.done(line);
      }
    }
  });
  return { child, lines, waitFor: (pattern) => new Promise((done) => watchers.push({ pattern, done })) };
}

/** Government names of the jobs a worker finished (job ids start with the government). */
const finished = (w: WorkerProcess) => w.lines.filter((l) => l.startsWith("done ")).map((l) => l.slice(5).split("|")[0]!);

/**
 * A worker's "done" line can reach us after the coordinator already has the
 * result from Redis (two processes, two pipes): wait until it has said `count`
 * of them, or a few seconds, before reading what it finished.
 */
async function settle(w: WorkerProcess, count: number): Promise<void> {
  for (let i = 0; i < 100 && finished(w).length < count; i++) await new Promise((r) => setTimeout(r, 50));
}

describe.skipIf(!haveRedis && !inCi)("yishi batch --queue and yishi worker, on a real Redis", () => {
  let redis: LocalRedis | undefined;
  let url = "";
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    if (!haveRedis) throw new Error(`redis-server not found at ${REDIS}: run .ci/install-redis.sh before the tests`);
    redis = await startLocalRedis(REDIS);
    url = redis.url;
  }, 20_000);

  afterAll(() => {
    for (const w of workers) w.child.kill("SIGKILL");
    redis?.stop();
  });

  it("plans every government exactly once with the thread pool's bytes, though a worker is killed mid-job; a re-run skips what is unchanged", async () => {
    const province = writeTestProvince(5);
    const pool = tmp();
    await runCaptured(["batch", province.dir, "--period", "2026Q1", "--out", pool, "--export", "ics,csv", "--workers", "2"]);

    const queue = "kill-test";
    const [a, b] = [startWorker(url, queue), startWorker(url, queue)];
    workers.push(a, b);
    // Whichever worker takes a job first is killed as soon as it says so: mid-job, holding its lock.
    let killed: WorkerProcess | undefined;
    const firstStart = Promise.race([a, b].map((w) => w.waitFor(/^start /).then(() => w)));
    void firstStart.then((w) => {
      killed = w;
      w.child.kill("SIGKILL");
    });

    const out = tmp();
    const args = ["batch", province.dir, "--period", "2026Q1", "--out", out, "--export", "ics,csv", "--queue", url, "--queue-name", queue, "--format", "json"];
    const r = await runCaptured(args);
    expect(r.code).toBe(2);
    expect(killed).toBeDefined();
    const survivor = killed === a ? b : a;
    await settle(survivor, 1 + province.good.length);
    expect(finished(killed!)).toEqual([]);
    // Every government planned exactly once: the killed worker's job was finished by the survivor, once.
    expect(finished(survivor).sort()).toEqual([province.bad, ...province.good].sort());
    const killedJob = killed!.lines.find((l) => l.startsWith("start "))!.slice(6);
    expect(survivor.lines).toContain(`start ${killedJob}`);

    const summary = JSON.parse(r.out) as { governments: { government: string; status: string; error?: string; skipped: boolean }[] };
    expect(summary.governments.map((g) => g.government)).toEqual([province.bad, ...province.good].sort());
    const poolSummary = JSON.parse(read(pool, "summary.json")) as typeof summary;
    expect(summary.governments.map((g) => [g.government, g.status, g.error])).toEqual(poolSummary.governments.map((g) => [g.government, g.status, g.error]));
    for (const name of province.good) for (const file of ["plan.json", "plan.ics", "roster.csv", "meetings.csv"]) expect(read(out, name, file)).toBe(read(pool, name, file));

    // A re-run skips every government whose inputs are unchanged (the bad spec is reported again).
    const again = JSON.parse((await runCaptured(args)).out) as typeof summary;
    expect(again.governments.filter((g) => g.skipped).map((g) => g.government)).toEqual(province.good);
    expect(again.governments.find((g) => g.government === province.bad)).toMatchObject({ skipped: false, status: "bad-input" });
  }, 60_000);

  it("plans a job enqueued twice once", async () => {
    const province = writeTestProvince(1);
    const queue = "twice-test";
    const worker = startWorker(url, queue);
    workers.push(worker);
    const runner = await createQueueRunner({ url, queueName: queue });
    try {
      const job = await readGovernmentJob({ government: province.good[0]!, specFile: join(province.dir, `${province.good[0]}.yaml`) }, { period: "2026Q1", exports: [], force: false }, undefined);
      const [first, second] = await Promise.all([runner.run(job), runner.run(job)]);
      expect(first.row.status).toBe("planned");
      expect(second).toEqual(first);
      await settle(worker, 1);
      // Give a second (wrong) plan of the same job time to show before saying it did not happen.
      await new Promise((r) => setTimeout(r, 300));
      expect(finished(worker)).toEqual([province.good[0]]);
    } finally {
      await runner.close();
    }
  }, 30_000);

  it("says at once that a Redis nobody listens on cannot be reached, for the coordinator and the worker", async () => {
    const port = await findFreePort();
    const province = writeTestProvince(1);
    const batch = await runCaptured(["batch", province.dir, "--period", "2026Q1", "--out", tmp(), "--queue", `redis://127.0.0.1:${port}`]);
    // 69 (unavailable: try again later), not 2: nothing is wrong with the specs.
    expect(batch.code).toBe(69);
    expect(batch.err).toContain("QUEUE_UNREACHABLE");
    expect(batch.err).toContain(`cannot reach Redis at redis://127.0.0.1:${port} (ECONNREFUSED)`);
    const worker = await runCaptured(["worker", "--queue", `redis://127.0.0.1:${port}`]);
    expect(worker.code).toBe(69);
    expect(worker.err).toContain("cannot reach Redis");
    const bad = await runCaptured(["worker", "--queue", "http://127.0.0.1:1"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("is not a Redis address");
  }, 20_000);

  it("a Redis lost mid-run fails what waits on it with QUEUE_UNREACHABLE once it stays away (not a hang), and refuses what comes after", async () => {
    // A Redis of its own, so stopping it leaves the other tests' one alone.
    const own = await startLocalRedis(REDIS);
    const province = writeTestProvince(1);
    const queue = "lost-test";
    const worker = startWorker(own.url, queue);
    workers.push(worker);
    const runner = await createQueueRunner({ url: own.url, queueName: queue, sweepMs: 100, lostAfterMs: 1_000 });
    try {
      const job = async (name: string) => readGovernmentJob({ government: name, specFile: join(province.dir, `${name}.yaml`) }, { period: "2026Q1", exports: [], force: false }, undefined);
      expect((await runner.run(await job(province.good[0]!))).row.status).toBe("planned");
      own.stop();
      worker.child.kill("SIGKILL");
      const started = Date.now();
      const error = await runner.run(await job(province.bad)).then(() => undefined, (e: unknown) => e as { code?: string; message?: string });
      expect(error?.code).toBe("QUEUE_UNREACHABLE");
      expect(error?.message).toContain("run the same command again");
      // Said within the grace period and a few sweeps, not after BullMQ's endless retries.
      expect(Date.now() - started).toBeLessThan(10_000);
      // Any later government is refused at once with the same error.
      const late = await job(province.good[0]!);
      await expect(runner.run(late)).rejects.toMatchObject({ code: "QUEUE_UNREACHABLE" });
    } finally {
      await runner.close();
      own.stop();
    }
  }, 30_000);
});
