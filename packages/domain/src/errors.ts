/**
 * One error class for every package, with a code from a fixed union, so that
 * apps can map errors to exit codes and messages without parsing text.
 * User mistakes (bad spec, unknown year, infeasible request) are YishiErrors;
 * anything else reaching the CLI is a bug and may show a stack trace.
 */
export const YISHI_ERROR_CODES = [
  "SPEC_INVALID",
  "SPEC_PARSE",
  "FILE_NOT_FOUND",
  "FILE_UNREADABLE",
  "FILE_ENCODING",
  "OUTPUT_UNWRITABLE",
  "UNKNOWN_HOLIDAY_YEAR",
  "HOLIDAY_DATA_INVALID",
  "DATE_INVALID",
  "PERIOD_INVALID",
  "PROFILE_UNKNOWN",
  "PROFILE_INVALID",
  "PROFILE_CONFLICT",
  "PLAN_INVALID",
  "CHANGE_INVALID",
  "INFEASIBLE",
  "SOLVER_FAILED",
  /** Redis (the batch queue) cannot be reached, or was lost mid-run: try again later, nothing is wrong with the input. */
  "QUEUE_UNREACHABLE",
  "USAGE",
] as const;

export type YishiErrorCode = (typeof YISHI_ERROR_CODES)[number];

/** One problem found in an input: where it is and what was wrong. */
export interface Issue {
  /** File the problem is in, when it came from a file. */
  file?: string | undefined;
  /** 1-based line and column in that file, where the format allows. */
  line?: number | undefined;
  column?: number | undefined;
  /** Path of the field inside the input, e.g. ["people", 3, "roles", 0]. */
  path: (string | number)[];
  /** What was expected there. */
  expected?: string | undefined;
  /** What was found instead (a short rendering). */
  found?: string | undefined;
  message: string;
}

export interface YishiErrorOptions {
  /** The file the error concerns. */
  file?: string | undefined;
  /** The input path the error concerns. */
  path?: (string | number)[] | undefined;
  /** Every problem found, for errors that collect many (SPEC_INVALID). */
  issues?: Issue[] | undefined;
  cause?: unknown;
}

export class YishiError extends Error {
  override readonly name = "YishiError";
  readonly code: YishiErrorCode;
  readonly file: string | undefined;
  readonly path: (string | number)[];
  readonly issues: Issue[];

  constructor(code: YishiErrorCode, message: string, options: YishiErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.file = options.file;
    this.path = options.path ?? [];
    this.issues = options.issues ?? [];
  }
}

export function isYishiError(value: unknown): value is YishiError {
  return value instanceof YishiError;
}

/** Renders a field path as `people[3].roles[0]`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? part : `.${part}`;
  }
  return out === "" ? "(root)" : out;
}

/** One line per issue: `file:line:col: path: message (expected X, found Y)`. */
export function formatIssue(issue: Issue): string {
  const where = [issue.file, issue.line, issue.column].filter((p) => p !== undefined).join(":");
  const detail: string[] = [];
  if (issue.expected !== undefined) detail.push(`expected ${issue.expected}`);
  if (issue.found !== undefined) detail.push(`found ${issue.found}`);
  const tail = detail.length > 0 ? ` (${detail.join(", ")})` : "";
  return `${where ? `${where}: ` : ""}${formatPath(issue.path)}: ${issue.message}${tail}`;
}
