import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { YishiError, decodeInputText } from "@yishi/domain";
import type { Cell } from "./read-cell.js";
import { parseCsv } from "./parse-csv.js";

/** A sheet's rows as cells, each row with its number in the file (1-based). */
export interface Grid {
  /** The worksheet read, or undefined for a CSV file. */
  sheet: string | undefined;
  rows: { number: number; cells: Cell[] }[];
  /**
   * Set when reading stopped early (see RowLimit): the sheet goes on past
   * the last row given, which was the first beyond the limit.
   */
  truncated?: boolean;
}

/**
 * Reading a workbook may stop once more than `rows` rows satisfy `counts`:
 * a form longer than any spec holds is refused anyway, and loading a sheet
 * of a million rows whole took 20 s and 2.2 GB.
 */
export interface RowLimit {
  rows: number;
  counts: (cells: Cell[]) => boolean;
}

/** The kinds of file a form is read from, by extension. */
export function detectTableFormat(file: string): "xlsx" | "csv" {
  const ext = extname(file).toLowerCase();
  if (ext === ".xlsx" || ext === ".xlsm") return "xlsx";
  if (ext === ".csv" || ext === ".txt") return "csv";
  const hint = ext === ".xls" || ext === ".et" ? `; ${ext} is an older format: save it as Excel 工作簿 (.xlsx) (请另存为 .xlsx)` : "";
  throw new YishiError("FILE_UNREADABLE", `${file}: expected an Excel workbook (.xlsx) or a CSV file (.csv), found ${ext === "" ? "no extension" : ext}${hint}`, { file });
}

function readBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new YishiError("FILE_NOT_FOUND", `${file}: no such file`, { file });
    throw new YishiError("FILE_UNREADABLE", `${file}: cannot read (${code ?? "error"})`, { file, cause: error });
  }
}

/**
 * Reads the form's sheet: in a workbook the sheet named `sheetName`, or the
 * first one when none is; a CSV file in UTF-8 (with or without BOM), UTF-16
 * or GB18030, decoded like every other input (decodeInputText).
 */
export async function readGrid(file: string, sheetName: string, limit?: RowLimit): Promise<Grid> {
  const bytes = readBytes(file);
  if (detectTableFormat(file) === "csv") {
    const records = parseCsv(decodeInputText(bytes, file));
    return { sheet: undefined, rows: records.map((r) => ({ number: r.line, cells: r.fields })) };
  }
  // A sheet within the limit is loaded whole below (merged cells give every
  // row their value, formula dates their date): the streamed rows serve only
  // a sheet that is refused for its length.
  const streamed = limit === undefined ? undefined : await streamRowsUpTo(bytes, sheetName, limit);
  if (streamed?.truncated === true) return streamed;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new YishiError("FILE_UNREADABLE", `${file}: not a readable Excel workbook (.xlsx) (${error instanceof Error ? error.message : String(error)})`, { file, cause: error });
  }
  const sheet = workbook.getWorksheet(sheetName) ?? workbook.worksheets[0];
  if (sheet === undefined) throw new YishiError("SPEC_INVALID", `${file}: the workbook has no worksheet`, { file });
  const rows: Grid["rows"] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => rows.push({ number, cells: readRowCells(row) }));
  return { sheet: sheet.name, rows };
}

/** The part of exceljs's streaming reader used here (its typings omit the workbook model). */
interface StreamedWorkbook extends AsyncIterable<AsyncIterable<ExcelJS.Row> & { name: string }> {
  model?: { sheets?: { name: string }[] };
}

/**
 * Streams the form's sheet (the one named `sheetName`, else the first),
 * keeping its rows until more than `limit.rows` count: memory stays bounded by
 * the limit, not the sheet (a million rows: 7 s and 310 MB, against 20 s and
 * 2.2 GB loaded whole). The archive is read to its end even so: exceljs spools
 * a sheet that precedes the shared strings to a temporary file, removed only
 * when its parse ends. Undefined when the stream cannot tell (an unreadable
 * archive, sheets it cannot name): the whole load then gives its own answer.
 */
async function streamRowsUpTo(bytes: Buffer, sheetName: string, limit: RowLimit): Promise<Grid | undefined> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), { worksheets: "emit", sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", entries: "ignore" }) as unknown as StreamedWorkbook;
  let grid: Grid | undefined;
  let named = true;
  try {
    for await (const worksheet of reader) {
      const names = (reader.model?.sheets ?? []).map((s) => s.name);
      named &&= names.includes(worksheet.name);
      const wanted = named && grid === undefined && worksheet.name === (names.includes(sheetName) ? sheetName : names[0]);
      const rows: Grid["rows"] = [];
      let counted = 0;
      for await (const row of worksheet) {
        if (!wanted || counted > limit.rows) continue;
        const cells = readRowCells(row);
        if (cells.every((cell) => cell === undefined)) continue;
        rows.push({ number: row.number, cells });
        if (limit.counts(cells)) counted++;
      }
      if (wanted) grid = counted > limit.rows ? { sheet: worksheet.name, rows, truncated: true } : { sheet: worksheet.name, rows };
    }
  } catch {
    return undefined;
  }
  return named ? grid : undefined;
}

/** A row's cells from column A to its last, loaded whole or streamed alike. */
function readRowCells(row: ExcelJS.Row): Cell[] {
  const cells: Cell[] = [];
  for (let c = 1; c <= row.cellCount; c++) cells.push(toCell(row.getCell(c).value));
  return cells;
}

/** exceljs's cell value as a plain cell: rich text joined, a formula's cached result, an error as its text (#N/A). */
function toCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("error" in value) return value.error;
  if ("formula" in value || "sharedFormula" in value) return toCell((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ("text" in value) return typeof value.text === "string" ? value.text : toCell(value.text as ExcelJS.CellValue);
  return undefined;
}
