import { basename } from "node:path";
import ExcelJS from "exceljs";
import { YishiError } from "@yishi/domain";
import { HINT_MARK, type Form, type FormColumn } from "./form.js";
import { ITEMS_FORM } from "./items-form.js";
import { PEOPLE_FORM } from "./people-form.js";
import { columnLetter } from "./read-form.js";

/** Rows of the form given data validation and formats: a department's filing, with room to spare. */
const FORM_ROWS = 500;

/** The form a file name asks for: people.xlsx, 人员名单.csv → 人员名单; items.xlsx, 议题.csv → 议题申报表. */
export function findFormForFile(file: string, name?: string): Form {
  const key = (name ?? basename(file)).toLowerCase();
  if (name === "people" || (name === undefined && /people|person|staff|人员|名单/.test(key))) return PEOPLE_FORM;
  if (name === "items" || name === "agendaItems" || (name === undefined && /item|agenda|议题/.test(key))) return ITEMS_FORM;
  throw new YishiError("USAGE", name === undefined ? `${file}: cannot tell which form to write from the name; add --form people or --form items` : `unknown form ${JSON.stringify(name)}: expected people or items`);
}

/** The hint row's cells: what to type in each column; the first marked so a reader skips the row. */
function hintTexts(form: Form): string[] {
  return form.columns.map((c, i) => `${i === 0 ? HINT_MARK : ""}${c.required ? "必填。" : ""}${c.hint}`);
}

/** The single values a column allows, for a drop-down list (a many-valued column has none: Excel's lists take one value). */
function listValues(column: FormColumn): string[] | undefined {
  if (column.kind.type === "boolean") return ["是", "否"];
  if (column.kind.type === "choice" && column.kind.many !== true) return column.kind.choices.map((c) => c.label);
  return undefined;
}

/**
 * The empty form as an Excel workbook: the header row (each header with a
 * note saying what to type), a hint row, drop-down lists for the columns
 * with fixed values, dates formatted as dates, ids and phone numbers as
 * text, the top two rows frozen, column widths. Deterministic: fixed
 * document dates.
 */
export async function writeFormXlsx(form: Form): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "yishi";
  const fixed = new Date(Date.UTC(2026, 0, 1));
  workbook.created = fixed;
  workbook.modified = fixed;
  const sheet = workbook.addWorksheet(form.sheet, { views: [{ state: "frozen", ySplit: 2 }] });
  sheet.columns = form.columns.map((c) => ({ width: c.width, style: { numFmt: c.kind.type === "date" ? "yyyy-mm-dd" : c.kind.type === "text" ? "@" : "General" } }));
  const header = sheet.getRow(1);
  header.values = form.columns.map((c) => c.header);
  header.font = { bold: true };
  header.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  header.height = 30;
  const hints = hintTexts(form);
  form.columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: column.required ? "FFF8CBAD" : "FFD9E1F2" } };
    cell.note = hints[i]!.replace(HINT_MARK, "");
  });
  const hintRow = sheet.getRow(2);
  hintRow.values = hints;
  hintRow.font = { italic: true, size: 9, color: { argb: "FF7F7F7F" } };
  hintRow.alignment = { vertical: "top", wrapText: true };
  hintRow.height = 60;
  form.columns.forEach((column, i) => {
    const range = `${columnLetter(i + 1)}3:${columnLetter(i + 1)}${FORM_ROWS + 2}`;
    const values = listValues(column);
    const prompt = { showInputMessage: true, promptTitle: column.header, prompt: column.hint.slice(0, 255) };
    // Excel's list of values is one quoted, comma-separated formula of at most 255 characters; the labels hold no commas.
    const validation = values
      ? { type: "list" as const, allowBlank: true, formulae: [`"${values.join(",")}"`], showErrorMessage: true, errorTitle: column.header, error: `请从列表中选择：${values.join("、")}`.slice(0, 255), ...prompt }
      : { type: "any" as const, allowBlank: true, ...prompt };
    (sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(range, validation as ExcelJS.DataValidation);
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** The empty form as CSV: UTF-8 with a BOM (so Excel on Chinese Windows opens it right), the header and hint rows. */
export function writeFormCsv(form: Form): string {
  const quote = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return `\ufeff${[form.columns.map((c) => c.header), hintTexts(form)].map((row) => row.map(quote).join(",")).join("\r\n")}\r\n`;
}
