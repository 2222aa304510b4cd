import type { z } from "zod";
import { YishiError, type Issue, type YishiErrorCode } from "./errors.js";
import { parseDocumentText, type ParsedDocument } from "./parse-document.js";
import { findCloseSpelling, findKnownFields } from "./find-known-fields.js";

/**
 * Validates a parsed document against a schema and returns every problem at
 * once, each with file, line, field path, what was expected and what was found.
 */
export function collectSchemaIssues(
  schema: z.ZodType,
  doc: ParsedDocument,
  file: string | undefined,
): { data: unknown; issues: Issue[]; faulted: (string | number)[][] } {
  const result = schema.safeParse(doc.value);
  if (result.success) return { data: result.data, issues: [], faulted: [] };
  const issues = result.error.issues.map((issue) => toIssue(issue, doc, file, schema));
  // The fields at fault: an unknown key is its own field, not the object holding it (a typo at the top must not hide the rest).
  const faulted = result.error.issues.flatMap((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    return issue.code === "unrecognized_keys" ? issue.keys.map((key) => [...path, key]) : [path];
  });
  return { data: undefined, issues: sortIssues(issues), faulted };
}

export interface ValidateOptions<T extends z.ZodType> {
  file?: string;
  /** What is being loaded, for messages: "the spec", "the plan". */
  what: string;
  code?: YishiErrorCode;
  /** Checks the schema cannot express (references), on valid data. */
  extraChecks?: (data: z.infer<T>, doc: ParsedDocument) => Issue[];
  /**
   * The same checks on a document that failed the schema, reading its raw
   * value defensively, so one run lists the problems of every stage. Their
   * issues at, inside or around a field the schema already faulted are left
   * out: they would restate it.
   */
  looseChecks?: (value: unknown, doc: ParsedDocument) => Issue[];
}

/** Every problem of a text that parsed, with the error that lists them; `data` when there is none. */
export interface ValidationResult<T extends z.ZodType> {
  data?: z.infer<T>;
  doc: ParsedDocument;
  error?: YishiError;
}

/** Parses and validates text; throws one YishiError listing every problem. */
export function parseAndValidate<T extends z.ZodType>(schema: T, text: string, options: ValidateOptions<T>): { data: z.infer<T>; doc: ParsedDocument } {
  const result = validateText(schema, text, options);
  if (result.error) throw result.error;
  return { data: result.data as z.infer<T>, doc: result.doc };
}

/**
 * Parses and validates text and returns, rather than throws, the error
 * listing every schema and reference problem, so a caller can go on to check
 * what does not depend on them. A text that does not parse still throws:
 * nothing in it can be checked.
 */
export function validateText<T extends z.ZodType>(schema: T, text: string, options: ValidateOptions<T>): ValidationResult<T> {
  const doc = parseDocumentText(text, options.file);
  const where = options.file ?? options.what;
  if (doc.syntaxIssues.length > 0) {
    // Say what was being loaded (a plan is not a spec), and list each parser complaint once.
    const isJson = options.file?.toLowerCase().endsWith(".json") ?? false;
    // For a .json file JSON's own single complaint beats the YAML parser's cascade about flow maps.
    const jsonIssue = isJson ? findJsonSyntaxIssue(text, options.file) : undefined;
    throw new YishiError(options.code ?? "SPEC_PARSE", `${where}: ${options.what} is not valid ${isJson ? "JSON" : "YAML or JSON"}`, {
      file: options.file,
      issues: jsonIssue ? [jsonIssue] : listFirstIssues(sortIssues(dedupeIssues(doc.syntaxIssues)), options.file),
    });
  }
  const { data, issues, faulted } = collectSchemaIssues(schema, doc, options.file);
  let all: Issue[];
  if (issues.length === 0) all = options.extraChecks ? options.extraChecks(data as z.infer<T>, doc) : [];
  else all = [...issues, ...(options.looseChecks ? dropRestated(options.looseChecks(doc.value, doc), faulted) : [])];
  if (all.length === 0) return { data: data as z.infer<T>, doc };
  const count = all.length === 1 ? "1 problem" : `${all.length} problems`;
  const error = new YishiError(options.code ?? "SPEC_INVALID", `${where}: ${options.what} has ${count}`, {
    file: options.file,
    path: all[0]?.path,
    issues: listFirstIssues(sortIssues(all), options.file),
  });
  return { doc, error };
}

/** Loose issues not about a field the schema faulted, nor about an entry holding one (its path is a prefix of the other's, either way). */
function dropRestated(loose: Issue[], faulted: readonly (string | number)[][]): Issue[] {
  const isPrefix = (a: readonly (string | number)[], b: readonly (string | number)[]) => a.length <= b.length && a.every((part, i) => part === b[i]);
  return loose.filter((issue) => !faulted.some((path) => isPrefix(path, issue.path) || isPrefix(issue.path, path)));
}

function toIssue(issue: z.core.$ZodIssue, doc: ParsedDocument, file: string | undefined, schema: z.ZodType): Issue {
  const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
  const pos = doc.locate(path);
  const found = valueAt(doc.value, path);
  return {
    file,
    line: pos?.line,
    column: pos?.column,
    path,
    message: issue.code === "unrecognized_keys" ? describeUnknownFields(issue.keys, findKnownFields(schema, path)) : describeProblem(issue, found.exists),
    expected: describeExpected(issue),
    found: found.exists ? render(found.value) : issue.code === "unrecognized_keys" ? undefined : "nothing (the field is missing)",
  };
}

/** How many unknown fields a message names; 40,000 of them would drown it. */
const UNKNOWN_FIELDS_SHOWN = 10;

/** `unknown field \`aproved\` (did you mean \`approved\`?)`, or a list of them, a long one cut short. */
function describeUnknownFields(keys: readonly string[], known: readonly string[]): string {
  const shown = keys.slice(0, UNKNOWN_FIELDS_SHOWN).map((key) => {
    const close = findCloseSpelling(key, known);
    const name = key.length > 60 ? `${key.slice(0, 57)}...` : key;
    return close ? `\`${name}\` (did you mean \`${close}\`?)` : `\`${name}\``;
  });
  const more = keys.length > shown.length ? `, … (${keys.length} in all)` : "";
  const typo = shown.some((s) => s.includes("did you mean")) ? "" : " (a typo?)";
  return `unknown field${keys.length > 1 ? "s" : ""} ${shown.join(", ")}${more}${typo}`;
}

/** The problem named when a list has fewer entries than the schema needs (readers that merge rows into a list recognise it). */
export const TOO_FEW_ENTRIES = "too few entries";

function describeProblem(issue: z.core.$ZodIssue, exists: boolean): string {
  switch (issue.code) {
    case "invalid_type":
      return exists ? "wrong type" : "required field is missing";
    case "unrecognized_keys":
      return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `\`${k}\``).join(", ")} (a typo?)`;
    case "invalid_value":
      return "not one of the allowed values";
    case "invalid_union":
      return "does not match any allowed form";
    case "too_small":
      // A schema's own sentence (e.g. "a person needs at least one role") says more than ours.
      if (!isDefaultSizeMessage(issue.message)) return issue.message;
      return issue.origin === "array" || issue.origin === "set" ? TOO_FEW_ENTRIES : issue.origin === "string" ? "too short" : "too small";
    case "too_big":
      if (!isDefaultSizeMessage(issue.message)) return issue.message;
      return issue.origin === "array" || issue.origin === "set" ? "too many entries" : issue.origin === "string" ? "too long" : "too big";
    case "not_multiple_of":
      return "not an allowed step";
    case "invalid_format":
    case "custom":
      // The schema's message already says what was expected; keep the line short.
      return issue.message.startsWith("expected ") ? "wrong format" : issue.message;
    default:
      return issue.message;
  }
}

/** Zod's own size sentences ("Too small: expected number to be >=15") or ours starting "expected …". */
function isDefaultSizeMessage(message: string): boolean {
  return /^too (small|big)\b/i.test(message) || message.startsWith("expected ");
}

function describeExpected(issue: z.core.$ZodIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      return issue.expected;
    case "invalid_value":
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "too_small":
      return `${issue.inclusive === false ? "more than" : "at least"} ${describeSize(issue.origin, issue.minimum)}`;
    case "too_big":
      return `${issue.inclusive === false ? "less than" : "at most"} ${describeSize(issue.origin, issue.maximum)}`;
    case "not_multiple_of":
      return `a multiple of ${String(issue.divisor)}`;
    case "invalid_format":
    case "custom": {
      // A schema may say what it expected in `params.expected`; else its message may start "expected …".
      const expected: unknown = (issue as { params?: { expected?: unknown } }).params?.expected;
      if (typeof expected === "string") return expected;
      return issue.message.startsWith("expected ") ? issue.message.slice("expected ".length) : undefined;
    }
    case "invalid_union": {
      const kinds = new Set<string>();
      for (const branch of issue.errors) for (const sub of branch) if (sub.code === "invalid_value" && sub.path.length === 1) for (const v of sub.values) kinds.add(JSON.stringify(v));
      return kinds.size > 0 ? `\`${String(issue.path.at(-1) ?? "value")}\` with \`${[...kinds].join("|")}\`` : undefined;
    }
    default:
      return undefined;
  }
}

function describeSize(origin: string, bound: number | bigint): string {
  const n = String(bound);
  const one = n === "1";
  if (origin === "array" || origin === "set") return `${n} ${one ? "entry" : "entries"}`;
  if (origin === "string") return `${n} ${one ? "character" : "characters"}`;
  return n;
}

function valueAt(root: unknown, path: readonly (string | number)[]): { exists: boolean; value?: unknown } {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== "object" || !(key in (current as object))) return { exists: false };
    current = (current as Record<string | number, unknown>)[key];
  }
  return { exists: true, value: current };
}

function render(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === "object") return "an object";
  return String(value);
}

/** JSON.parse's complaint with its line and column; undefined when JSON accepts the text (e.g. duplicate keys). */
function findJsonSyntaxIssue(text: string, file: string | undefined): Issue | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const at = /at position (\d+)/.exec(raw);
    const offset = at ? Number(at[1]) : text.trimEnd().length;
    const truncated = offset >= text.trimEnd().length;
    const before = text.slice(0, offset).split("\n");
    const message = raw.replace(/ in JSON at position \d+.*$/s, "").replace(/^Unexpected end of JSON input$/, "the text ends too early");
    return {
      file,
      line: before.length,
      column: before.at(-1)!.length + 1,
      path: [],
      message: `cannot parse: ${message}${truncated ? " (is the file cut short?)" : ""}`,
    };
  }
}

/** Issues listed in one error; a list of 300,000 wrong entries would otherwise print 300,000 lines. */
export const MAX_ISSUES_LISTED = 100;

/** The first MAX_ISSUES_LISTED issues, and one more line saying how many were left out. */
export function listFirstIssues(issues: Issue[], file: string | undefined): Issue[] {
  if (issues.length <= MAX_ISSUES_LISTED) return issues;
  const rest = issues.length - MAX_ISSUES_LISTED;
  return [...issues.slice(0, MAX_ISSUES_LISTED), { file, path: [], message: `… and ${rest} more problem${rest === 1 ? "" : "s"} (fix these first)` }];
}

function dedupeIssues(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.line ?? ""}:${issue.column ?? ""}:${issue.path.join(".")}:${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function sortIssues(issues: Issue[]): Issue[] {
  return [...issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
