import { quoteCsvField } from "@yishi/export";
import type { GovernmentStatus, SummaryRow } from "./government-job.js";

/** Counts by status, and the exit code for the whole batch. */
export interface BatchSummary {
  rows: SummaryRow[];
  counts: Record<GovernmentStatus, number>;
  skipped: number;
  /** 0 when no government needs attention; else the most serious code among them: 70, then 2, 3, 1. */
  exitCode: number;
}

const SEVERITY = [70, 2, 3, 1] as const;

export function summarizeRows(rows: SummaryRow[]): BatchSummary {
  const counts: Record<GovernmentStatus, number> = { planned: 0, "hard-violations": 0, infeasible: 0, "bad-input": 0, "internal-error": 0 };
  for (const row of rows) counts[row.status]++;
  const codes = new Set(rows.map((r) => r.exitCode));
  return { rows, counts, skipped: rows.filter((r) => r.skipped).length, exitCode: SEVERITY.find((c) => codes.has(c)) ?? 0 };
}

const CSV_HEADERS = ["government", "spec", "status", "exit", "ms", "proved_optimal", "hard", "soft", "skipped", "error"];

/** The summary as CSV (UTF-8 with BOM and CRLF, like the plan's own CSV exports, so Excel opens it in Chinese). */
export function formatSummaryCsv(rows: readonly SummaryRow[]): string {
  const lines = [CSV_HEADERS, ...rows.map((r) => [r.government, r.specFile, r.status, String(r.exitCode), String(r.ms), String(r.provedOptimal), String(r.hardViolations), String(r.softViolations), String(r.skipped), r.error ?? ""])];
  return `\uFEFF${lines.map((line) => line.map(quoteCsvField).join(",")).join("\r\n")}\r\n`;
}

export function formatSummaryJson(summary: BatchSummary, period: string): string {
  return `${JSON.stringify({ schema: "yishi.batch-summary/v1", period, exitCode: summary.exitCode, counts: summary.counts, skipped: summary.skipped, governments: summary.rows }, null, 2)}\n`;
}
