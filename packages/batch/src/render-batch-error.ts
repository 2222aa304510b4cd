import { formatIssue, isYishiError } from "@yishi/domain";
import type { BatchError } from "./government-job.js";

/** A thrown YishiError as data; undefined for anything else (a bug, reported as such). */
export function toBatchError(error: unknown): BatchError | undefined {
  if (!isYishiError(error)) return undefined;
  return { code: error.code, message: error.message, issues: error.issues.map((issue) => formatIssue(issue)) };
}

/**
 * The text `yishi plan` prints for the error, less its "yishi: " prefix
 * (the CLI's renderYishiError: code, message, one line per issue).
 */
export function renderBatchError(error: BatchError): string {
  return [`${error.code}: ${error.message}`, ...error.issues.map((issue) => `  - ${issue}`)].join("\n");
}
