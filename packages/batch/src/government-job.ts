import type { ExportFormat } from "@yishi/export";

/**
 * Everything one government's plan depends on, as data: the spec's text and
 * the text of every holiday file it names, so a worker on another machine
 * (no shared disk) plans exactly what the coordinator read.
 */
export interface GovernmentJob {
  /** The government's name in the batch: its output folder (the spec file's name without extension). */
  government: string;
  /** The spec file as the coordinator was given it: errors name it, as `yishi plan` does. */
  specFile: string;
  /** The spec's text, or undefined when it could not be read (then `readError` says why). */
  specText?: string;
  /** The spec could not be read: the error `yishi plan` would give. */
  readError?: BatchError;
  /** Holiday files the spec names, by absolute path (as resolved against the spec's folder). */
  holidayFiles: Record<string, string>;
  period: string;
  exports: ExportFormat[];
  /** The plan key recorded in this government's output folder by an earlier run, if any. */
  previousKey?: string;
  /** Plan even when the key is unchanged. */
  force: boolean;
}

/** A YishiError as data (it crosses threads and Redis), rendered as `yishi plan` renders it. */
export interface BatchError {
  code: string;
  message: string;
  /** Each issue already formatted (`formatIssue`). */
  issues: string[];
}

export const GOVERNMENT_STATUSES = ["planned", "hard-violations", "infeasible", "bad-input", "internal-error"] as const;
/** What a government needs: nothing (planned), or attention for one of four reasons. */
export type GovernmentStatus = (typeof GOVERNMENT_STATUSES)[number];

/** One line of the batch's summary. */
export interface SummaryRow {
  government: string;
  specFile: string;
  status: GovernmentStatus;
  /** The exit code `yishi plan` gives this government (0, 1, 2, 3 or 70). */
  exitCode: number;
  /** Planning time in milliseconds (0 when skipped). */
  ms: number;
  /** Every solve the planner ran proved its answer optimal. */
  provedOptimal: boolean;
  hardViolations: number;
  softViolations: number;
  /** Unchanged since the last run: not planned again; the row is the stored one. */
  skipped: boolean;
  /** Bad input or internal error: the message `yishi plan` prints (without its "yishi: " prefix). */
  error?: string;
}

/** One output file of a government, named within its folder. */
export interface OutputFile {
  name: string;
  data: string | Uint8Array;
}

/** What planning one government gives: its summary row and the files of its folder (none when skipped). */
export interface GovernmentResult {
  row: SummaryRow;
  /** The plan key the files were made from; absent when the inputs could not be read. */
  key?: string;
  files: OutputFile[];
}
