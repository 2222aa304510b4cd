import ExcelJS from "exceljs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildSamplePlan, loadSampleSpec } from "./test-fixtures/sample-plan.js";
import { exportXlsx } from "./xlsx.js";

const plan = buildSamplePlan();
const spec = loadSampleSpec();

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

function findRow(sheet: ExcelJS.Worksheet, first: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (found === undefined && row.getCell(1).value === first) found = row;
  });
  if (found === undefined) throw new Error(`no row starting with ${first}`);
  return found;
}

afterEach(() => void vi.useRealTimers());

describe("exportXlsx", async () => {
  const progress: string[] = [];
  const bytes = await exportXlsx(plan, spec, { onProgress: (done, total, sheet) => progress.push(`${done}/${total} ${sheet}`) });
  const workbook = await read(bytes);

  it("has the sheets a planner prints, with progress reported per sheet", () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["值班表", "会议安排", "会议议程", "轮值安排", "未安排议题", "违反规则"]);
    expect(progress).toEqual(["1/6 值班表", "2/6 会议安排", "3/6 会议议程", "4/6 轮值安排", "5/6 未安排议题", "6/6 违反规则"]);
  });

  it("writes the roster with weekday, holiday name and people per post", () => {
    const roster = workbook.getWorksheet("值班表")!;
    expect(roster.getCell("A1").value).toBe("六盘水市钟山区人民政府 2026Q1 值班表（值班电话：0858-8222110）");
    expect(roster.getRow(2).values).toEqual([undefined, "日期", "星期", "节假日", "带班领导", "值班人员"]);
    const eve = findRow(roster, "2026-02-17");
    expect(eve.getCell(2).value).toBe("星期二");
    expect(eve.getCell(3).value).toBe("春节");
    const adjusted = findRow(roster, "2026-02-14");
    expect(adjusted.getCell(3).value).toBe("春节调休上班");
    expect(findRow(roster, "2026-01-01").getCell(3).value).toBe("元旦");
    expect(findRow(roster, "2026-01-01").getCell(4).value).toBe("李娜");
    // Holidays need two duty officers: joined with 、 in one cell.
    expect(String(findRow(roster, "2026-02-16").getCell(5).value)).toMatch(/^\S+、\S+$/);
    expect(roster.rowCount).toBe(2 + 90);
  });

  it("sets column widths, print area, A4 page setup and repeated header rows", () => {
    const roster = workbook.getWorksheet("值班表")!;
    expect(roster.getColumn(1).width).toBe(12);
    expect(roster.pageSetup.paperSize).toBe(9);
    expect(roster.pageSetup.printArea).toBe("A1:E92");
    expect(roster.pageSetup.printTitlesRow).toBe("1:2");
    expect(workbook.getWorksheet("违反规则")!.pageSetup.orientation).toBe("landscape");
  });

  it("lists meetings, agendas, unplaced items and violations with citations", () => {
    const meetings = workbook.getWorksheet("会议安排")!;
    const exec1 = findRow(meetings, "2026-01-15");
    expect(exec1.getCell(5).value).toBe("区政府第1次常务会议");
    expect(exec1.getCell(7).value).toBe("区政府4楼常务会议室");
    expect(findRow(meetings, "2026-03-12").getCell(12).value).toBe("已取消");
    const agendas = workbook.getWorksheet("会议议程")!;
    expect(findRow(agendas, "2026-01-15").getCell(6).value).toBe("审议《钟山区2026年政府投资项目计划》");
    const unplaced = workbook.getWorksheet("未安排议题")!;
    expect(findRow(unplaced, "A13").getCell(2).value).toBe("研究区政务服务中心窗口调整");
    const violations = workbook.getWorksheet("违反规则")!;
    const hard: ExcelJS.Row[] = [];
    violations.eachRow((row) => void (row.getCell(1).value === "硬性" && hard.push(row)));
    const cap = hard.find((row) => row.getCell(2).value === "钟山区 第四十五条")!;
    expect(String(cap.getCell(4).value)).toMatch(/^区政府第6次常务会议；2026-03-26；A10 研究区级储备粮轮换方案；/);
  });

  it("is byte-identical whenever it is written", async () => {
    vi.useFakeTimers({ now: new Date("2031-07-07T07:07:07Z"), toFake: ["Date"] });
    const later = await exportXlsx(plan, spec);
    expect(Buffer.from(later).equals(Buffer.from(bytes))).toBe(true);
    expect(workbook.created.toISOString()).toBe("2025-12-31T16:00:00.000Z");
  });
});
