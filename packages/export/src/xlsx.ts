import ExcelJS from "exceljs";
import type { Plan, Spec } from "@yishi/domain";
import { createPlanContext, type ExportOptions } from "./plan-context.js";
import { buildPlanTables, type ColumnType, type PlanTable } from "./tables.js";
import { buildPersonCountsTable } from "./person-counts.js";
import { normalizeZipTimestamps } from "./zip-timestamps.js";

export interface XlsxOptions extends ExportOptions {
  /** Called after each sheet, for a progress display. */
  onProgress?: (done: number, total: number, sheet: string) => void;
}

const SHEET_NAMES: Record<string, string> = {
  roster: "值班表",
  meetings: "会议安排",
  agendas: "会议议程",
  "recurring-duties": "轮值安排",
  "person-counts": "人员统计",
  unplaced: "未安排议题",
  violations: "违反规则",
};

const FILL = {
  header: "FFD9E1F2",
  holiday: "FFFCE4E4",
  adjusted: "FFFFF2CC",
  cancelled: "FFEDEDED",
} as const;

const thin = { style: "thin" as const, color: { argb: "FF999999" } };

/** Points per printed line of 11-point text, with the cell's padding. */
const LINE_HEIGHT = 15;

/** A cell's text as its type: `YYYY-MM-DD` a date (UTC midnight, so no host zone moves it), a numeral a number. */
function typedValue(text: string, type: ColumnType | undefined): string | number | Date {
  if (type === "date" && /^\d{4}-\d{2}-\d{2}$/.test(text)) return new Date(Date.UTC(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, Number(text.slice(8, 10))));
  if (type === "number" && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return text;
}

/** Display width in Excel's character units: a Chinese character (or full-width form) is two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return width;
}

/**
 * Lines a wrapped text takes in a column: Excel does not grow a row for
 * wrapped text on its own in every viewer, nor when printing, so the row's
 * height is set from the longest cell.
 */
function countLines(text: string, width: number): number {
  const usable = Math.max(1, width - 1);
  return text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / usable)), 0);
}

function fitRowHeight(row: ExcelJS.Row, texts: readonly string[], widths: readonly number[]): void {
  const lines = Math.max(1, ...texts.map((t, i) => countLines(t, widths[i] ?? 10)));
  if (lines > 1) row.height = lines * LINE_HEIGHT;
}

function columnLetter(n: number): string {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

function rowFill(table: PlanTable, row: string[]): string | undefined {
  if (table.name === "meetings" && row[11] === "已取消") return FILL.cancelled;
  if (["roster", "meetings", "recurring-duties"].includes(table.name)) {
    const note = row[2] ?? "";
    if (note.endsWith("调休上班")) return FILL.adjusted;
    if (note !== "" && note !== "休息日") return FILL.holiday;
  }
  return undefined;
}

function addSheet(workbook: ExcelJS.Workbook, table: PlanTable, heading: string): void {
  const wide = table.widths.reduce((a, b) => a + b, 0) > 110;
  const sheet = workbook.addWorksheet(SHEET_NAMES[table.name] ?? table.title, {
    views: [{ state: "frozen", ySplit: 2 }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: wide ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: "1:2",
    },
    headerFooter: { oddFooter: "第 &P 页，共 &N 页" },
  });
  const last = columnLetter(table.headers.length);
  sheet.columns = table.widths.map((width) => ({ width }));

  sheet.mergeCells(`A1:${last}1`);
  const title = sheet.getCell("A1");
  title.value = heading;
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: "center", vertical: "middle" };
  sheet.getRow(1).height = 24;

  const header = sheet.getRow(2);
  header.values = table.headers;
  header.font = { bold: true };
  header.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: FILL.header } };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  });
  fitRowHeight(header, table.headers, table.widths);

  for (const values of table.rows) {
    const row = sheet.addRow(values.map((text, i) => typedValue(text, table.types?.[i])));
    fitRowHeight(row, values, table.widths);
    const fill = rowFill(table, values);
    for (let c = 1; c <= table.headers.length; c++) {
      const cell = row.getCell(c);
      cell.alignment = { vertical: "top", wrapText: true };
      if (cell.value instanceof Date) cell.numFmt = "yyyy-mm-dd";
      cell.border = { top: thin, left: thin, bottom: thin, right: thin };
      if (fill !== undefined) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill } };
    }
    if (table.name === "violations" && values[0] === "硬性") row.getCell(1).font = { bold: true, color: { argb: "FFC00000" } };
  }
  sheet.pageSetup.printArea = `A1:${last}${Math.max(2, table.rows.length + 2)}`;
  sheet.autoFilter = `A2:${last}${table.rows.length + 2}`;
}

/** A checked plan with no violation: one row saying so, rather than an empty sheet or none. */
function markNoViolations(table: PlanTable): PlanTable {
  if (table.name !== "violations" || table.rows.length > 0) return table;
  return { ...table, rows: [["无", "", "已按规则检查，未发现违反规则", ...table.headers.slice(3).map(() => "")]] };
}

/**
 * The plan as an Excel workbook a planner prints: 值班表, 会议安排, 会议议程,
 * 轮值安排, 人员统计, 未安排议题 and 违反规则 sheets (those with rows) with
 * Chinese headers, weekday and holiday columns, dates as dates and counts as
 * numbers, rows tall enough for their wrapped text, filters on the tables,
 * column widths, print areas and A4 page setup.
 * Deterministic: document dates and zip entry times are `generatedAt`.
 */
export async function exportXlsx(plan: Plan, spec?: Spec, options: XlsxOptions = {}): Promise<Uint8Array> {
  const ctx = createPlanContext(plan, spec, options);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "yishi";
  workbook.lastModifiedBy = "yishi";
  workbook.created = ctx.generatedAt;
  workbook.modified = ctx.generatedAt;
  const [roster, meetings, agendas, recurring, ...rest] = buildPlanTables(ctx);
  // A sheet with no rows is left out: printed, it is a page with only a title.
  // The violations sheet is never empty (unchecked says so in a row), or says none were found.
  const tables = [roster!, meetings!, agendas!, recurring!, buildPersonCountsTable(ctx), ...rest].map(markNoViolations).filter((t) => t.rows.length > 0);
  tables.forEach((table, i) => {
    addSheet(workbook, table, `${ctx.organizationName} ${plan.period.label} ${table.title}`);
    options.onProgress?.(i + 1, tables.length, SHEET_NAMES[table.name] ?? table.title);
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return normalizeZipTimestamps(new Uint8Array(buffer as ArrayBuffer), ctx.generatedAt);
}
