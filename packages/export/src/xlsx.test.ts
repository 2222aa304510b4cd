import ExcelJS from "exceljs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createCalendar } from "@yishi/calendar";
import { buildSamplePlan, loadSampleSpec } from "./test-fixtures/sample-plan.js";
import { exportXlsx } from "./xlsx.js";

const plan = buildSamplePlan();
const spec = loadSampleSpec();

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

/** A cell as the planner reads it: an Excel date as YYYY-MM-DD. */
function showCell(value: ExcelJS.CellValue): unknown {
  return value instanceof Date ? value.toISOString().slice(0, 10) : value;
}

function findRow(sheet: ExcelJS.Worksheet, first: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (found === undefined && showCell(row.getCell(1).value) === first) found = row;
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
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["值班表", "会议安排", "会议议程", "轮值安排", "人员统计", "未安排议题", "违反规则"]);
    expect(progress).toEqual(["1/7 值班表", "2/7 会议安排", "3/7 会议议程", "4/7 轮值安排", "5/7 人员统计", "6/7 未安排议题", "7/7 违反规则"]);
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

  it("writes dates as Excel dates and counts as numbers, with filters on every table", () => {
    const meetings = workbook.getWorksheet("会议安排")!;
    const exec1 = findRow(meetings, "2026-01-15");
    expect(exec1.getCell(1).value).toEqual(new Date(Date.UTC(2026, 0, 15)));
    expect(exec1.getCell(1).numFmt).toBe("yyyy-mm-dd");
    expect(exec1.getCell(11).value).toBe(plan.meetings.find((m) => m.date === "2026-01-15")!.agenda.length);
    const agendas = workbook.getWorksheet("会议议程")!;
    const first = findRow(agendas, "2026-01-15");
    expect(typeof first.getCell(3).value).toBe("number");
    expect(typeof first.getCell(5).value).toBe("number");
    expect(findRow(workbook.getWorksheet("值班表")!, "2026-02-17").getCell(1).value).toBeInstanceOf(Date);
    for (const sheet of workbook.worksheets) expect(sheet.autoFilter).toBe(`A2:${String.fromCharCode(64 + sheet.getRow(2).cellCount)}${sheet.rowCount}`);
  });

  it("makes rows tall enough for their wrapped text", () => {
    const violations = workbook.getWorksheet("违反规则")!;
    let tallest = 0;
    violations.eachRow((row, n) => void (n > 2 && (tallest = Math.max(tallest, row.height ?? 0))));
    // The articles' quoted text runs to hundreds of characters in a 60-wide column.
    expect(tallest).toBeGreaterThanOrEqual(4 * 15);
    const roster = workbook.getWorksheet("值班表")!;
    expect(findRow(roster, "2026-01-05").height).toBeUndefined();
  });

  it("counts each person's meetings, duties, weekend and holiday duties and receptions, as the plan has them", () => {
    const sheet = workbook.getWorksheet("人员统计")!;
    expect(sheet.getRow(2).values).toEqual([undefined, "姓名", "编号", "出席会议", "值班", "其中周末及节假日值班", "接访等轮值"]);
    const rows = new Map<string, unknown[]>();
    sheet.eachRow((row, n) => void (n > 2 && rows.set(String(row.getCell(2).value), (row.values as unknown[]).slice(3))));
    const calendar = createCalendar();
    const isHeavy = (date: string) => ["weekend", "holiday"].includes(calendar.describeDay(date).kind);
    for (const person of ["li-na", "hu-yan", "zhang-wei"]) {
      const meetings = plan.meetings.filter((m) => m.status !== "cancelled" && (m.convener === person || m.expected.includes(person)) && !m.absent.some((a) => a.person === person)).length;
      const duties = plan.roster.filter((d) => d.person === person);
      const receptions = plan.recurringDuties.filter((r) => r.person === person).length;
      expect(rows.get(person)).toEqual([meetings, duties.length, duties.filter((x) => isHeavy(x.date)).length, receptions]);
    }
    const total = [...rows.values()].reduce((t, row) => t + (row[1] as number), 0);
    expect(total).toBe(plan.roster.length);
    expect(rows.get("li-na")![0]).toBeGreaterThan(0);
  });

  it("leaves out a sheet with no rows, and says when a checked plan has no violation", async () => {
    const bare = { ...plan, recurringDuties: [], unplacedItems: [] };
    const names = (await read(await exportXlsx(bare, spec))).worksheets.map((s) => s.name);
    expect(names).not.toContain("轮值安排");
    expect(names).not.toContain("未安排议题");
    expect(names).toContain("违反规则");
  });

  it("is byte-identical whenever it is written", async () => {
    vi.useFakeTimers({ now: new Date("2031-07-07T07:07:07Z"), toFake: ["Date"] });
    const later = await exportXlsx(plan, spec);
    expect(Buffer.from(later).equals(Buffer.from(bytes))).toBe(true);
    expect(workbook.created.toISOString()).toBe("2025-12-31T16:00:00.000Z");
  });
});
