import { join } from "node:path";
import { parsePeriod } from "@yishi/calendar";
import type { ExportFormat } from "@yishi/export";
import type { BatchRunner } from "./batch-runner.js";
import type { GovernmentResult, SummaryRow } from "./government-job.js";
import { readManifest, writeGovernmentOutput } from "./government-output.js";
import type { GovernmentSource } from "./list-governments.js";
import { readGovernmentJob } from "./read-government-job.js";
import { formatSummaryCsv, formatSummaryJson, summarizeRows, type BatchSummary } from "./batch-summary.js";
import { writeFileAtomic } from "./write-atomic.js";

export interface BatchOptions {
  governments: readonly GovernmentSource[];
  period: string;
  outDir: string;
  exports?: ExportFormat[];
  /** Plan every government, even those unchanged since their output was written. */
  force?: boolean;
  runner: BatchRunner;
  /** Called after each government (for a progress display). */
  onProgress?(progress: BatchProgress): void;
}

export interface BatchProgress {
  done: number;
  total: number;
  /** Governments so far that need attention (any status but planned). */
  needAttention: number;
  elapsedMs: number;
  /** The row just finished. */
  row: SummaryRow;
}

export const SUMMARY_CSV = "summary.csv";
export const SUMMARY_JSON = "summary.json";

/**
 * The coordinator: reads each government's inputs, hands them to the runner
 * (at most `runner.capacity` outstanding), writes each result into its own
 * folder as it arrives and drops it, so memory stays flat however many
 * governments there are. One government's failure is its row, never the
 * batch's. Ends by writing summary.csv and summary.json into `outDir`.
 */
export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const { governments, outDir, runner } = options;
  parsePeriod(options.period); // a bad period is the whole batch's bad input, said before anything runs
  const settings = { period: options.period, exports: options.exports ?? [], force: options.force ?? false };
  const rows: SummaryRow[] = new Array(governments.length);
  const started = performance.now();
  let next = 0;
  let done = 0;
  let needAttention = 0;

  const finish = (index: number, result: GovernmentResult, stored: SummaryRow | undefined) => {
    let row = result.row;
    if (row.skipped && stored) row = { ...stored, ms: 0, skipped: true };
    else writeGovernmentOutput(outDir, settings.period, result);
    rows[index] = row;
    done++;
    if (row.status !== "planned") needAttention++;
    options.onProgress?.({ done, total: governments.length, needAttention, elapsedMs: performance.now() - started, row });
  };

  const lane = async () => {
    while (next < governments.length) {
      const index = next++;
      const source = governments[index]!;
      const manifest = readManifest(outDir, source.government);
      // Skip only over a stored outcome: without one there is no row to report.
      const job = await readGovernmentJob(source, settings, manifest?.key);
      finish(index, await runner.run(job), manifest?.row);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(runner.capacity, governments.length)) }, lane));

  const summary = summarizeRows(rows);
  writeFileAtomic(join(outDir, SUMMARY_CSV), formatSummaryCsv(rows));
  writeFileAtomic(join(outDir, SUMMARY_JSON), formatSummaryJson(summary, settings.period));
  return summary;
}
