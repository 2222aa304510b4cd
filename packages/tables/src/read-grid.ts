import { readFileSync } from "node:fs";
import { extname } from "node:path";
import ExcelJS from "exceljs";
import { YishiError, decodeInputText } from "@yishi/domain";
import type { Cell } from "./read-cell.js";
import { parseCsv } from "./parse-csv.js";

/** A sheet's rows as cells, each row with its number in the file (1-based). */
export interface Grid {
  /** The worksheet read, or undefined for a CSV file. */
  sheet: string | undefined;
  rows: { number: number; cells: Cell[] }[];
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
export async function readGrid(file: string, sheetName: string): Promise<Grid> {
  const bytes = readBytes(file);
  if (detectTableFormat(file) === "csv") {
    const records = parseCsv(decodeInputText(bytes, file));
    return { sheet: undefined, rows: records.map((r) => ({ number: r.line, cells: r.fields })) };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new YishiError("FILE_UNREADABLE", `${file}: not a readable Excel workbook (.xlsx) (${error instanceof Error ? error.message : String(error)})`, { file, cause: error });
  }
  const sheet = workbook.getWorksheet(sheetName) ?? workbook.worksheets[0];
  if (sheet === undefined) throw new YishiError("SPEC_INVALID", `${file}: the workbook has no worksheet`, { file });
  const rows: Grid["rows"] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: Cell[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(toCell(row.getCell(c).value));
    rows.push({ number, cells });
  });
  return { sheet: sheet.name, rows };
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
