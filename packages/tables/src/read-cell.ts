import type { Choice, ColumnKind } from "./form.js";

/** A cell as read: text (CSV, or an Excel text cell), an Excel number, boolean or date, or empty. */
export type Cell = string | number | boolean | Date | undefined;

/** A cell's value for the schema, or why it cannot be read as the column's kind. */
export type CellReading = { value: unknown } | { problem: string; expected: string };

const DATE_EXPECTED = "a date such as 2026-03-05, 2026/3/5, 2026年3月5日 or an Excel date";

/** Whether a cell holds nothing (blank text counts as nothing). */
export function isEmptyCell(cell: Cell): boolean {
  return cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/** The cell as a planner sees it, for "found …" in a message. */
export function describeCell(cell: Cell): string {
  if (cell === undefined) return "an empty cell";
  if (cell instanceof Date) return `${formatUtcDate(cell)} (an Excel date)`;
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (typeof cell === "number") return String(cell);
  const text = cell.trim();
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}

/** Reads a non-empty cell as the column's kind. */
export function readCell(cell: Cell, kind: ColumnKind): CellReading {
  switch (kind.type) {
    case "text":
      return { value: readText(cell) };
    case "date":
      return readDate(cell);
    case "integer":
    case "number":
      return readNumber(cell, kind.unit);
    case "boolean":
      return readBoolean(cell);
    case "choice":
      return readChoice(cell, kind.choices, kind.many === true);
  }
}

function readText(cell: Cell): string {
  if (cell instanceof Date) return formatUtcDate(cell);
  // A phone number or numeric id typed into a General cell arrives as a number: keep every digit, never 1.38e+10.
  if (typeof cell === "number") return Number.isInteger(cell) ? BigInt(cell).toString() : String(cell);
  if (typeof cell === "boolean") return cell ? "是" : "否";
  return (cell ?? "").trim();
}

/** Full-width digits and punctuation, as a Chinese input method types them, read as ASCII. */
function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

const DATE_PATTERNS = [
  /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/,
  /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];

/**
 * Excel dates arrive as Dates at UTC midnight of the day typed (exceljs reads
 * the serial as UTC), so the day is read in UTC whatever the host's zone.
 * A number in a date column is an Excel serial whose cell lost its date format.
 * Text is read in the forms planners type; the schema then says whether the day exists.
 */
function readDate(cell: Cell): CellReading {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? { problem: "not a date", expected: DATE_EXPECTED } : { value: formatUtcDate(cell) };
  if (typeof cell === "number") {
    // 1 = 1900-01-01 … 2958465 = 9999-12-31; Excel's serial 0 is 1899-12-30 in the 1900 system after its leap-year bug.
    if (cell < 1 || cell > 2958465) return { problem: "not a date", expected: DATE_EXPECTED };
    return { value: formatUtcDate(new Date(Date.UTC(1899, 11, 30) + Math.floor(cell) * 86_400_000)) };
  }
  const text = toHalfWidth(typeof cell === "string" ? cell.trim() : String(cell));
  for (const pattern of DATE_PATTERNS) {
    const m = pattern.exec(text);
    if (m) return { value: `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}` };
  }
  return { problem: "not a date", expected: DATE_EXPECTED };
}

function formatUtcDate(date: Date): string {
  return `${String(date.getUTCFullYear()).padStart(4, "0")}-${String(date.getUTCMonth() + 1).padStart(2, "0")}-${String(date.getUTCDate()).padStart(2, "0")}`;
}

const MULTIPLIERS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Numbers typed as text too: thousands separators, full-width digits, 万/亿 and the column's unit (元, 分钟). */
function readNumber(cell: Cell, unit: string | undefined): CellReading {
  const expected = `a number${unit === undefined ? "" : ` (of ${unit})`}, e.g. 1200 or 1,200${unit === "元" ? " or 120万" : ""}`;
  if (typeof cell === "number") return { value: cell };
  if (typeof cell !== "string") return { problem: "not a number", expected };
  let text = toHalfWidth(cell.trim()).replace(/[,\s]/g, "").replace(/，/g, "");
  if (unit !== undefined && text.endsWith(unit)) text = text.slice(0, -unit.length);
  const multiplier = MULTIPLIERS[text.slice(-1)];
  if (multiplier !== undefined) text = text.slice(0, -1);
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(text)) return { problem: "not a number", expected };
  // Rounded to hundredths (fen) so 1.2万 is 12000, not 12000.000000000002.
  const value = multiplier === undefined ? Number(text) : Math.round(Number(text) * multiplier * 100) / 100;
  return { value };
}

const TRUE_WORDS = new Set(["是", "y", "yes", "true", "1", "√", "✓", "对"]);
const FALSE_WORDS = new Set(["否", "n", "no", "false", "0", "×", "✗", "不"]);

function readBoolean(cell: Cell): CellReading {
  if (typeof cell === "boolean") return { value: cell };
  const text = toHalfWidth(String(cell).trim()).toLowerCase();
  if (TRUE_WORDS.has(text)) return { value: true };
  if (FALSE_WORDS.has(text)) return { value: false };
  return { problem: "not yes or no", expected: "是 or 否" };
}

/** Matches a label, an alias or the schema's own value (case-insensitive). */
function findChoice(text: string, choices: readonly Choice[]): string | undefined {
  const key = text.toLowerCase();
  return choices.find((c) => c.value.toLowerCase() === key || c.label === text || (c.aliases ?? []).includes(text))?.value;
}

function readChoice(cell: Cell, choices: readonly Choice[], many: boolean): CellReading {
  const expected = `${many ? "one or more of" : "one of"} ${choices.map((c) => c.label).join("、")}`;
  const text = readText(cell);
  const parts = many ? text.split(/[、,，;；/\s]+/).filter((p) => p !== "") : [text];
  const values: string[] = [];
  for (const part of parts) {
    const value = findChoice(part, choices);
    if (value === undefined) return { problem: parts.length > 1 ? `${JSON.stringify(part)} is not an allowed value` : "not one of the allowed values", expected };
    if (!values.includes(value)) values.push(value);
  }
  return { value: many ? values : values[0] };
}
