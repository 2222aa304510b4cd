import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { isYishiError } from "@yishi/domain";
import type { Form } from "./form.js";
import { inspectSpecWithImports } from "./load-spec-with-imports.js";
import { PEOPLE_FORM } from "./people-form.js";
import { formRowLimit, readForm } from "./read-form.js";
import { readGrid } from "./read-grid.js";

const dir = mkdtempSync(join(tmpdir(), "yishi-read-grid-"));

/** Writes a workbook of the given sheets (name → rows) and returns its path. */
async function writeWorkbook(name: string, sheets: Record<string, unknown[][]>, edit?: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(sheets)) {
    const worksheet = workbook.addWorksheet(sheet);
    for (const row of rows) worksheet.addRow(row);
  }
  edit?.(workbook);
  const file = join(dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

const people = (count: number, from = 0) => Array.from({ length: count }, (_, k) => [`p${from + k}`, `人${from + k}`, "区长"]);
const HEADER = ["编号", "姓名", "角色"];
/** The people form with a limit of three rows, so a sheet past it stays small. */
const THREE: Form = { ...PEOPLE_FORM, maxRows: 3 };

describe("readGrid with a row limit: a sheet longer than any spec holds", () => {
  it("stops keeping rows past the limit, and readForm refuses the sheet at its header", async () => {
    const file = await writeWorkbook("long.xlsx", { 人员名单: [HEADER, ...people(2_100)] });
    const grid = await readGrid(file, "人员名单", formRowLimit(PEOPLE_FORM));
    expect(grid.truncated).toBe(true);
    // The header search's rows, the header, the limit's rows and the first beyond it.
    expect(grid.rows).toHaveLength(formRowLimit(PEOPLE_FORM).rows + 1);
    const reading = readForm(grid, PEOPLE_FORM, "long.xlsx");
    expect(reading.entries).toHaveLength(PEOPLE_FORM.maxRows);
    expect(reading.issues).toEqual([
      expect.objectContaining({
        line: 1,
        message: `sheet 人员名单, row 1: more data rows than a spec holds (at most ${PEOPLE_FORM.maxRows} people); rows from row ${PEOPLE_FORM.maxRows + 2} on are not read`,
        found: `more than ${PEOPLE_FORM.maxRows} data rows`,
      }),
    ]);
  });

  it("counts neither the hint row nor empty rows, so a sheet at the limit is read whole", async () => {
    const file = await writeWorkbook("at-limit.xlsx", { 人员名单: [["说明：每人一行"], HEADER, ["【填写说明】必填"], [], ...people(3), [], [null, null]] });
    const grid = await readGrid(file, "人员名单", formRowLimit(THREE));
    expect(grid.truncated).toBeUndefined();
    expect(readForm(grid, THREE, "at-limit.xlsx")).toMatchObject({ issues: [], entries: people(3).map(([id]) => ({ id })) });
  });

  it("reads the sheet named by the form, else the first, as the whole load does", async () => {
    const sheets = { 其他: [HEADER, ...people(20, 100)], 人员名单: [HEADER, ...people(20)] };
    const file = await writeWorkbook("two-sheets.xlsx", sheets);
    const named = await readGrid(file, "人员名单", formRowLimit(THREE));
    expect(named).toMatchObject({ sheet: "人员名单", truncated: true });
    expect(named.rows[1]!.cells[0]).toBe("p0");
    const first = await readGrid(file, "无此表", formRowLimit(THREE));
    expect(first).toMatchObject({ sheet: "其他", truncated: true });
    expect(first.rows[1]!.cells[0]).toBe("p100");
  });

  it("gives the rows it keeps as the whole load gives them: dates, numbers, rich text, formulas, booleans, errors", async () => {
    const cells: unknown[] = [
      "p1",
      { richText: [{ text: "张" }, { font: { bold: true }, text: "三" }] },
      new Date(Date.UTC(2026, 2, 5)),
      13800138000,
      { formula: "1+1", result: 2 },
      { formula: 'TEXT(1,"0")', result: "1" },
      true,
      { error: "#N/A" },
      0.5,
    ];
    const file = await writeWorkbook("kinds.xlsx", { 人员名单: [HEADER, cells, ...people(20)] }, (workbook) => {
      workbook.getWorksheet("人员名单")!.getCell("C2").numFmt = "yyyy-mm-dd";
    });
    const whole = await readGrid(file, "人员名单");
    const streamed = await readGrid(file, "人员名单", formRowLimit(THREE));
    expect(streamed.truncated).toBe(true);
    expect(streamed.rows).toEqual(whole.rows.slice(0, streamed.rows.length));
    expect(streamed.rows[1]!.cells).toEqual(["p1", "张三", new Date(Date.UTC(2026, 2, 5)), 13800138000, 2, "1", true, "#N/A", 0.5]);
  });

  it("loads a sheet within the limit whole, so a merged cell gives each of its rows its value", async () => {
    const file = await writeWorkbook("merged.xlsx", { 人员名单: [HEADER, ["p0", "甲", "区长"], ["p1", "乙", null]] }, (workbook) => {
      workbook.getWorksheet("人员名单")!.mergeCells("C2:C3");
    });
    const grid = await readGrid(file, "人员名单", formRowLimit(THREE));
    expect(grid.truncated).toBeUndefined();
    expect(grid.rows.map((r) => r.cells[2])).toEqual(["角色", "区长", "区长"]);
  });

  it("says a file that is not a workbook is unreadable, as without a limit", async () => {
    const file = join(dir, "not-a-workbook.xlsx");
    writeFileSync(file, "编号,姓名\n");
    const error = await readGrid(file, "人员名单", formRowLimit(THREE)).catch((e: unknown) => e);
    expect(isYishiError(error) && error.code).toBe("FILE_UNREADABLE");
    expect((error as Error).message).toMatch(/^.*not-a-workbook\.xlsx: not a readable Excel workbook \(\.xlsx\)/);
  });
});

describe("inspectSpecWithImports: a workbook form longer than the spec's limit", () => {
  it("is read only up to the limit, and refused with the limit first", async () => {
    const file = await writeWorkbook("people.xlsx", { 人员名单: [HEADER, ...people(2_050)] });
    writeFileSync(join(dir, "spec.yaml"), `organization: { id: o, name: 区政府, jurisdiction: 钟山区 }\nimports: { people: ${file} }\n`);
    const inspected = await inspectSpecWithImports(join(dir, "spec.yaml"));
    expect(inspected.error?.issues).toEqual([
      expect.objectContaining({
        message: `sheet 人员名单, row 1: more data rows than a spec holds (at most ${PEOPLE_FORM.maxRows} people); rows from row ${PEOPLE_FORM.maxRows + 2} on are not read`,
        found: `more than ${PEOPLE_FORM.maxRows} data rows`,
      }),
    ]);
  });

  it("does not add 'too few entries' when every row was left out for its own problems", async () => {
    const file = await writeWorkbook("wrong-people.xlsx", { 人员名单: [HEADER, ...people(3).map(([id, name]) => [id, name, "zz"])] });
    writeFileSync(join(dir, "wrong.yaml"), `organization: { id: o, name: 区政府, jurisdiction: 钟山区 }\nimports: { people: ${file} }\n`);
    const issues = (await inspectSpecWithImports(join(dir, "wrong.yaml"))).error?.issues ?? [];
    expect(issues.map((i) => i.message)).toEqual([2, 3, 4].map((row) => `sheet 人员名单, row ${row}, column C (角色): not one of the allowed values`));
  });
});
