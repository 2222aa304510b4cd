import ExcelJS from "exceljs";
import type { Plan, Spec } from "@yishi/domain";
import { createPlanContext, type ExportOptions } from "./plan-context.js";
import { buildPlanTables, type PlanTable } from "./tables.js";
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

  for (const values of table.rows) {
    const row = sheet.addRow(values);
    const fill = rowFill(table, values);
    for (let c = 1; c <= table.headers.length; c++) {
      const cell = row.getCell(c);
      cell.alignment = { vertical: "top", wrapText: true };
      cell.border = { top: thin, left: thin, bottom: thin, right: thin };
      if (fill !== undefined) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill } };
    }
    if (table.name === "violations" && values[0] === "硬性") row.getCell(1).font = { bold: true, color: { argb: "FFC00000" } };
  }
  sheet.pageSetup.printArea = `A1:${last}${Math.max(2, table.rows.length + 2)}`;
}

/**
 * The plan as an Excel workbook a planner prints: 值班表, 会议安排, 会议议程,
 * 轮值安排, 未安排议题 and 违反规则 sheets with Chinese headers, weekday and
 * holiday columns, column widths, print areas and A4 page setup.
 * Deterministic: document dates and zip entry times are `generatedAt`.
 */
export async function exportXlsx(plan: Plan, spec?: Spec, options: XlsxOptions = {}): Promise<Uint8Array> {
  const ctx = createPlanContext(plan, spec, options);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "yishi";
  workbook.lastModifiedBy = "yishi";
  workbook.created = ctx.generatedAt;
  workbook.modified = ctx.generatedAt;
  const tables = buildPlanTables(ctx);
  tables.forEach((table, i) => {
    addSheet(workbook, table, `${ctx.organizationName} ${plan.period.label} ${table.title}`);
    options.onProgress?.(i + 1, tables.length, SHEET_NAMES[table.name] ?? table.title);
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return normalizeZipTimestamps(new Uint8Array(buffer as ArrayBuffer), ctx.generatedAt);
}
