import { editDistance, type Issue } from "@yishi/domain";
import { HINT_MARK, type Form, type FormColumn } from "./form.js";
import { describeCell, isEmptyCell, readCell, type Cell } from "./read-cell.js";
import type { Grid, RowLimit } from "./read-grid.js";

/** Where one entry came from: its row, and the cell of each field it was given, for messages. */
export interface RowOrigin {
  file: string;
  sheet: string | undefined;
  row: number;
  /** Field path (`filedOn`, `reviews.0`) → the column (1-based) that gave it. */
  cellOf: Map<string, number>;
  /** Column (1-based) of each of the form's fields present in the sheet, by field path of its target. */
  columnOf: Map<string, number>;
  headers: Map<number, string>;
  cells: Cell[];
  /** A cell of the row could not be read: the entry lacks that field, so it is validated alone, not merged. */
  failed: boolean;
}

export interface FormReading {
  /** One raw entry per data row, for the spec's schema to validate. */
  entries: Record<string, unknown>[];
  origins: RowOrigin[];
  /** Problems of the header and of cells that could not be read as their column's kind. */
  issues: Issue[];
  /** Cells already reported, `row:column`, so the schema's complaint about the same cell is not repeated. */
  reported: Set<string>;
}

/** How far down a title or notes above the header may push it. */
const HEADER_SEARCH_ROWS = 10;

/** A row that is data once below the header: not empty, not the hint row. */
function isDataRow(cells: Cell[]): boolean {
  return !cells.every(isEmptyCell) && !(typeof cells[0] === "string" && cells[0].trim().startsWith(HINT_MARK));
}

/**
 * How far a workbook must be read for `form`: once more rows than the header
 * search and the form's limit hold are data-like, the sheet has more data
 * rows than the limit, whatever the rest holds, and is refused.
 */
export function formRowLimit(form: Form): RowLimit {
  return { rows: HEADER_SEARCH_ROWS + 1 + form.maxRows, counts: isDataRow };
}

/** A header as typed: spaces, full-width brackets and a required-mark star do not matter. */
function normalizeHeader(text: string): string {
  return text.replace(/\s+/g, "").replace(/（/g, "(").replace(/）/g, ")").replace(/\*$/, "").toLowerCase();
}

/** Spreadsheet column letters: 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** `sheet 议题申报表, row 5, column C (申报日期)`: where a problem is, as a planner finds it. */
export function describeCellPlace(sheet: string | undefined, row: number, column?: number, header?: string): string {
  const parts = [...(sheet === undefined ? [] : [`sheet ${sheet}`]), `row ${row}`];
  if (column !== undefined) parts.push(`column ${columnLetter(column)}${header === undefined ? "" : ` (${header})`}`);
  return parts.join(", ");
}

/**
 * Reads a form's rows into raw entries: the header row is found by its known
 * headers, each cell read as its column's kind (dates and numbers typed as
 * text too), empty cells left out so the schema's defaults apply. The
 * entries are not validated here: the spec's schema does that once they are
 * merged, and its problems are mapped back to cells through `origins`.
 */
export function readForm(grid: Grid, form: Form, file: string): FormReading {
  const issues: Issue[] = [];
  const reported = new Set<string>();
  const place = (row: number, column?: number, header?: string) => describeCellPlace(grid.sheet, row, column, header);
  const byHeader = new Map<string, FormColumn>();
  for (const column of form.columns) for (const name of [column.header, ...column.aliases]) byHeader.set(normalizeHeader(name), column);

  const known = (cell: Cell) => typeof cell === "string" && byHeader.has(normalizeHeader(cell));
  const headerIndex = grid.rows.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => r.cells.filter(known).length >= 2);
  if (headerIndex < 0) {
    const first = grid.rows[0];
    issues.push({
      file,
      line: first?.number,
      path: [],
      message: `${grid.sheet === undefined ? "" : `sheet ${grid.sheet}: `}no header row found in the first ${HEADER_SEARCH_ROWS} rows`,
      expected: `a row of column headers such as ${form.columns.slice(0, 4).map((c) => c.header).join(", ")} (yishi template writes the form)`,
      found: first === undefined ? "an empty sheet" : `row ${first.number}: ${first.cells.filter((c) => !isEmptyCell(c)).slice(0, 4).map(describeCell).join(", ")}`,
    });
    return { entries: [], origins: [], issues, reported };
  }
  const headerRow = grid.rows[headerIndex]!;
  const columns = new Map<number, FormColumn>();
  const headers = new Map<number, string>();
  const columnOf = new Map<string, number>();
  headerRow.cells.forEach((cell, i) => {
    if (isEmptyCell(cell)) return;
    const text = String(cell).trim();
    const column = byHeader.get(normalizeHeader(text));
    if (column === undefined) {
      const close = form.columns.map((c) => c.header).find((h) => editDistance(normalizeHeader(h), normalizeHeader(text)) <= 2);
      issues.push({
        file,
        line: headerRow.number,
        column: i + 1,
        path: [],
        message: `${place(headerRow.number, i + 1)}: unknown column header${close === undefined ? "" : ` (did you mean ${close}?)`}`,
        expected: `one of ${form.columns.map((c) => c.header).join(", ")}`,
        found: describeCell(cell),
      });
      return;
    }
    const targetKey = "field" in column.target ? column.target.field : `review:${column.target.review}`;
    if (columnOf.has(targetKey)) {
      issues.push({ file, line: headerRow.number, column: i + 1, path: [], message: `${place(headerRow.number, i + 1)}: column ${column.header} appears twice (also column ${columnLetter(columnOf.get(targetKey)!)})`, found: describeCell(cell) });
      return;
    }
    columns.set(i + 1, column);
    headers.set(i + 1, text);
    columnOf.set(targetKey, i + 1);
  });
  const missing = form.columns.filter((c) => c.required && "field" in c.target && !columnOf.has(c.target.field));
  if (missing.length > 0) {
    issues.push({
      file,
      line: headerRow.number,
      path: [],
      message: `${place(headerRow.number)}: required column${missing.length > 1 ? "s" : ""} missing from the header`,
      expected: `the columns ${form.columns.filter((c) => c.required).map((c) => c.header).join(", ")}`,
      found: `no ${missing.map((c) => c.header).join(", ")}`,
    });
  }

  const entries: Record<string, unknown>[] = [];
  const origins: RowOrigin[] = [];
  const dataRows = grid.rows.slice(headerIndex + 1).filter(({ cells }) => isDataRow(cells));
  if (dataRows.length > form.maxRows) {
    // One problem for the rows past the limit, not one per row: a sheet of 140,000 wrong rows overflowed the stack.
    // Placed at the header row, so it is listed before the rows' own problems.
    const first = dataRows[form.maxRows]!;
    issues.push({
      file,
      line: headerRow.number,
      path: [form.list],
      message: `${place(headerRow.number)}: more data rows than a spec holds (at most ${form.maxRows} ${form.rowNoun}); rows from row ${first.number} on are not read`,
      expected: `at most ${form.maxRows} data rows`,
      // A workbook read only up to the limit (formRowLimit) cannot say how many more there are.
      found: grid.truncated === true ? `more than ${form.maxRows} data rows` : `${dataRows.length} data rows`,
    });
  }
  // The rows within the limit are still read, so the spec's references to them resolve and their own problems show.
  for (const { number, cells } of dataRows.slice(0, form.maxRows)) {
    const entry: Record<string, unknown> = {};
    const cellOf = new Map<string, number>();
    let failed = false;
    for (const [index, column] of columns) {
      const cell = cells[index - 1];
      if (isEmptyCell(cell)) continue;
      const reading = readCell(cell, column.kind);
      if ("problem" in reading) {
        reported.add(`${number}:${index}`);
        failed = true;
        issues.push({ file, line: number, column: index, path: [form.list, describeTargetPath(column)], message: `${place(number, index, headers.get(index))}: ${reading.problem}`, expected: reading.expected, found: describeCell(cell) });
        continue;
      }
      if ("field" in column.target) {
        entry[column.target.field] = reading.value;
        cellOf.set(column.target.field, index);
      } else {
        const reviews = (entry.reviews ??= []) as unknown[];
        cellOf.set(`reviews.${reviews.length}`, index);
        reviews.push({ kind: column.target.review, doneOn: reading.value });
      }
    }
    entries.push(entry);
    origins.push({ file, sheet: grid.sheet, row: number, cellOf, columnOf, headers, cells, failed });
  }
  return { entries, origins, issues, reported };
}

function describeTargetPath(column: FormColumn): string {
  return "field" in column.target ? column.target.field : "reviews";
}
