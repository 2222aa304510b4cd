import type { z } from "zod";
import { YishiError, type Issue, type YishiErrorCode } from "./errors.js";
import { parseDocumentText, type ParsedDocument } from "./parse-document.js";

/**
 * Validates a parsed document against a schema and returns every problem at
 * once, each with file, line, field path, what was expected and what was found.
 */
export function collectSchemaIssues(
  schema: z.ZodType,
  doc: ParsedDocument,
  file: string | undefined,
): { data: unknown; issues: Issue[] } {
  const result = schema.safeParse(doc.value);
  if (result.success) return { data: result.data, issues: [] };
  const issues = result.error.issues.map((issue) => toIssue(issue, doc, file));
  return { data: undefined, issues: sortIssues(issues) };
}

/** Parses and validates text; throws one YishiError listing every problem. */
export function parseAndValidate<T extends z.ZodType>(
  schema: T,
  text: string,
  options: { file?: string; what: string; code?: YishiErrorCode; extraChecks?: (data: z.infer<T>, doc: ParsedDocument) => Issue[] },
): { data: z.infer<T>; doc: ParsedDocument } {
  const doc = parseDocumentText(text, options.file);
  const where = options.file ?? options.what;
  if (doc.syntaxIssues.length > 0) {
    throw new YishiError("SPEC_PARSE", `${where}: not valid YAML or JSON`, { file: options.file, issues: doc.syntaxIssues });
  }
  const { data, issues } = collectSchemaIssues(schema, doc, options.file);
  const all = issues.length === 0 && options.extraChecks ? options.extraChecks(data as z.infer<T>, doc) : issues;
  if (all.length > 0) {
    const count = all.length === 1 ? "1 problem" : `${all.length} problems`;
    throw new YishiError(options.code ?? "SPEC_INVALID", `${where}: ${options.what} has ${count}`, {
      file: options.file,
      path: all[0]?.path,
      issues: sortIssues(all),
    });
  }
  return { data: data as z.infer<T>, doc };
}

function toIssue(issue: z.core.$ZodIssue, doc: ParsedDocument, file: string | undefined): Issue {
  const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
  const pos = doc.locate(path);
  const found = valueAt(doc.value, path);
  return {
    file,
    line: pos?.line,
    column: pos?.column,
    path,
    message: describeProblem(issue, found.exists),
    expected: describeExpected(issue),
    found: found.exists ? render(found.value) : issue.code === "unrecognized_keys" ? undefined : "nothing (the field is missing)",
  };
}

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
    case "invalid_format":
    case "custom":
      // The schema's message already says what was expected; keep the line short.
      return issue.message.startsWith("expected ") ? "wrong format" : issue.message;
    default:
      return issue.message;
  }
}

function describeExpected(issue: z.core.$ZodIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      return issue.expected;
    case "invalid_value":
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "too_small":
      return issue.origin === "array" ? `at least ${String(issue.minimum)} entries` : issue.origin === "string" ? `at least ${String(issue.minimum)} characters` : `at least ${String(issue.minimum)}`;
    case "too_big":
      return issue.origin === "array" ? `at most ${String(issue.maximum)} entries` : `at most ${String(issue.maximum)}`;
    case "invalid_format":
    case "custom":
      return issue.message.replace(/^expected /, "");
    case "invalid_union": {
      const kinds = new Set<string>();
      for (const branch of issue.errors) for (const sub of branch) if (sub.code === "invalid_value" && sub.path.length === 1) for (const v of sub.values) kinds.add(JSON.stringify(v));
      return kinds.size > 0 ? `\`${String(issue.path.at(-1) ?? "value")}\` with \`${[...kinds].join("|")}\`` : undefined;
    }
    default:
      return undefined;
  }
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

function sortIssues(issues: Issue[]): Issue[] {
  return [...issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
