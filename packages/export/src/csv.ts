import type { Plan, Spec } from "@yishi/domain";
import { createPlanContext, type ExportOptions } from "./plan-context.js";
import { buildPlanTables, type PlanTable, type TableName } from "./tables.js";

/** Byte order mark: without it Excel reads UTF-8 CSV as the local code page and garbles Chinese. */
const BOM = "\uFEFF";

/**
 * What a spreadsheet reads as the start of a formula (OWASP "CSV Injection"):
 * Excel runs `=HYPERLINK(…)` from a name or title that starts with one.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * RFC 4180 quoting: a field with a comma, quote, CR or LF is quoted, quotes
 * doubled. A field that starts like a formula is neutralised as OWASP
 * recommends: a single quote in front, and quoted. This costs nothing real:
 * no column of ours holds a number that can be negative (counts, orders and
 * minutes are never below zero; dates and times start with a digit), so
 * only text such as a name starting with `-` gains the quote.
 */
export function quoteCsvField(value: string): string {
  if (FORMULA_START.test(value)) return `"'${value.replaceAll('"', '""')}"`;
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function formatCsv(table: Pick<PlanTable, "headers" | "rows">): string {
  const lines = [table.headers, ...table.rows].map((row) => row.map(quoteCsvField).join(","));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}

export interface CsvFile {
  /** e.g. "roster.csv" */
  name: string;
  content: string;
}

/** Every table of the plan as CSV (UTF-8 with BOM, CRLF): roster, meetings, agendas, recurring-duties, unplaced, violations. */
export function exportCsv(plan: Plan, spec?: Spec, options: ExportOptions & { tables?: TableName[] } = {}): CsvFile[] {
  const ctx = createPlanContext(plan, spec, options);
  return buildPlanTables(ctx)
    .filter((t) => options.tables === undefined || options.tables.includes(t.name as TableName))
    .map((t) => ({ name: `${t.name}.csv`, content: formatCsv(t) }));
}
