import { maxOf } from "@yishi/domain";
import { join } from "node:path";
import { InvalidArgumentError, type Command } from "commander";
import { createQueueRunner, createThreadPoolRunner, formatSummaryJson, listGovernments, runBatch, SUMMARY_CSV, type BatchProgress, type BatchRunner, type BatchSummary } from "@yishi/batch";
import type { CommandContext } from "../context.js";
import { createProgress } from "../progress.js";
import { onlyOnce } from "./only-once.js";
import { addPlanOutputOptions, type Lang, type PlanCliOptions } from "./plan-summary.js";

interface BatchCliOptions extends PlanCliOptions {
  period: string;
  workers?: number;
  queue?: string;
  queueName?: string;
  force?: boolean;
}

/** `--workers N`: a whole number of threads, at least 1. */
export function parseWorkerCount(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`expected a whole number of at least 1, found "${text}"`);
  return n;
}

export function registerBatchCommand(program: Command, ctx: CommandContext): void {
  addPlanOutputOptions(
    program
      .command("batch")
      .description("plan many governments: each spec into its own folder of DIR, with a summary (summary.csv, summary.json)")
      .argument("<specs...>", "spec files, or folders of them (.yaml, .yml, .json)")
      .requiredOption("--period <period>", "2026Q1, 2026H1, 2026, 2026-03 or 2026-01-05..2026-02-20", onlyOnce)
      .option("--workers <n>", "worker threads (default: one per core)", parseWorkerCount)
      .option("--queue <url>", "plan through a BullMQ queue in Redis (redis://HOST:PORT); start `yishi worker` processes anywhere")
      .option("--queue-name <name>", "the queue's name (default yishi-batch)")
      .option("--force", "plan every government, even those unchanged since their folder was written"),
  ).action(async (specs: string[], options: BatchCliOptions) => {
    const governments = listGovernments(specs);
    const runner: BatchRunner = options.queue
      ? await createQueueRunner({ url: options.queue, ...(options.queueName ? { queueName: options.queueName } : {}) })
      : createThreadPoolRunner(options.workers ? { workers: options.workers } : {});
    const progress = createProgress(ctx.io);
    let summary: BatchSummary;
    try {
      summary = await runBatch({ governments, period: options.period, outDir: options.out, exports: options.export ?? [], force: options.force ?? false, runner, onProgress: (p) => progress.update(describeProgress(p, options.lang), p.done, p.total) });
    } finally {
      progress.done();
      await runner.close();
    }
    ctx.io.out(options.format === "json" ? formatSummaryJson(summary, options.period) : renderBatchSummary(summary, options.out, options.lang));
    ctx.setExitCode(summary.exitCode);
  });
}

/** The progress line: failures so far and the time left at the pace so far. */
function describeProgress(p: BatchProgress, lang: Lang): string {
  const left = p.done === 0 ? 0 : ((p.total - p.done) * p.elapsedMs) / p.done / 1000;
  const time = left >= 60 ? `${Math.round(left / 60)}m` : `${Math.round(left)}s`;
  return lang === "zh" ? `批量计划：需关注 ${p.needAttention}，约剩 ${time}` : `batch: ${p.needAttention} need attention, about ${time} left`;
}

const STATUS_LABELS: Record<string, Record<Lang, string>> = {
  planned: { zh: "已计划", en: "planned" },
  "hard-violations": { zh: "违反硬性规则", en: "hard violations" },
  infeasible: { zh: "无可行方案", en: "infeasible" },
  "bad-input": { zh: "输入有误", en: "bad input" },
  "internal-error": { zh: "内部错误", en: "internal error" },
};

/** One line per government (status, time, proved optimal), then each error in `yishi plan`'s words, then the totals. */
export function renderBatchSummary(summary: BatchSummary, outDir: string, lang: Lang): string {
  const zh = lang === "zh";
  const width = maxOf(summary.rows.map((r) => r.government.length), 4);
  const lines = summary.rows.map((r) => {
    const proved = r.status === "bad-input" || r.status === "internal-error" ? "" : r.provedOptimal ? (zh ? "已证最优" : "proved optimal") : zh ? "未证最优" : "not proved optimal";
    const skipped = r.skipped ? (zh ? "（未变，跳过）" : " (unchanged, skipped)") : "";
    return `${r.government.padEnd(width)}  ${STATUS_LABELS[r.status]![lang].padEnd(zh ? 6 : 15)}  ${`${r.ms}ms`.padStart(8)}  ${proved}${skipped}`;
  });
  const errors = summary.rows.filter((r) => r.error !== undefined);
  if (errors.length > 0) lines.push("", zh ? "错误：" : "Errors:", ...errors.map((r) => `${r.government}: yishi: ${r.error}`));
  const c = summary.counts;
  lines.push(
    "",
    zh
      ? `共 ${summary.rows.length} 个：已计划 ${c.planned}，违反硬性规则 ${c["hard-violations"]}，无可行方案 ${c.infeasible}，输入有误 ${c["bad-input"]}，内部错误 ${c["internal-error"]}（未变跳过 ${summary.skipped}）`
      : `${summary.rows.length} governments: ${c.planned} planned, ${c["hard-violations"]} with hard violations, ${c.infeasible} infeasible, ${c["bad-input"]} bad input, ${c["internal-error"]} internal errors (${summary.skipped} unchanged, skipped)`,
    zh ? `汇总已写入 ${join(outDir, SUMMARY_CSV)}` : `summary written to ${join(outDir, SUMMARY_CSV)}`,
  );
  return lines.join("\n");
}
