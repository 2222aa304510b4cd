import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { parsePlan } from "@yishi/domain";
import { runCaptured } from "../test-run.js";
import { encodeGb18030 } from "../test-encode-gb18030.js";

const EXAMPLE = resolve(import.meta.dirname, "../../../../examples/zhongshan-2026q1.yaml");
const run = (...argv: string[]) => runCaptured(argv);
const tmp = () => mkdtempSync(join(tmpdir(), "yishi-template-"));

type Item = Record<string, unknown> & { reviews?: { kind: string; doneOn: string }[] };
const example = parse(readFileSync(EXAMPLE, "utf8")) as Record<string, unknown> & { agendaItems: Item[]; people: Record<string, unknown>[] };

/** The spec without the lists the forms give, with `imports` naming them. */
function writeSpec(dir: string, imports: Record<string, string>, drop: string[]): string {
  const spec: Record<string, unknown> = { ...example, imports };
  for (const key of drop) delete spec[key];
  const file = join(dir, "spec.yaml");
  writeFileSync(file, stringify(spec));
  return file;
}

const REVIEW_HEADERS: Record<string, string> = { legal: "合法性审查完成日期", "topic-meeting": "专题会议研究日期", assessment: "评估论证完成日期", "public-comment": "公开征求意见完成日期" };
const CATEGORY_LABELS: Record<string, string> = { "investment-project": "政府投资项目", "large-fund": "大额资金", "major-reform": "重大改革", "normative-document": "规范性文件", "work-report": "一般性工作汇报", "investment-agreement": "招商引资协议", other: "其他" };
const MEETING_LABELS: Record<string, string> = { executive: "常务会议", topic: "专题会议" };

/** A date as each way a planner types it, in turn: an Excel date cell, 2026-03-05, 2026/3/5, 2026年3月5日. */
function typeDate(iso: string, n: number): Date | string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  switch (n % 4) {
    case 0:
      return new Date(Date.UTC(y, m - 1, d));
    case 1:
      return iso;
    case 2:
      return `${y}/${m}/${d}`;
    default:
      return `${y}年${m}月${d}日`;
  }
}

/** Fills the form `yishi template` wrote with the example's items, as a department would in Excel. */
async function fillItems(file: string, items: Item[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet("议题申报表")!;
  const headers = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ""));
  const col = (header: string) => {
    const i = headers.indexOf(header);
    if (i < 1) throw new Error(`no column ${header}`);
    return i;
  };
  let n = 0;
  items.forEach((item, k) => {
    const row = sheet.getRow(3 + k);
    const set = (header: string, value: unknown) => void (row.getCell(col(header)).value = value as ExcelJS.CellValue);
    const date = (header: string, iso: unknown) => typeof iso === "string" && set(header, typeDate(iso, n++));
    set("编号", item.id);
    set("议题名称", item.title);
    set("承办单位", item.unit);
    set("分管领导", item.responsibleLeader);
    set("类别", CATEGORY_LABELS[item.category as string]);
    set("会议类型", MEETING_LABELS[item.meetingType as string]);
    date("申报日期", item.filedOn);
    date("材料报送日期", item.materialsOn);
    for (const review of item.reviews ?? []) date(REVIEW_HEADERS[review.kind]!, review.doneOn);
    // Numbers typed as text too.
    set("预计时长（分钟）", k % 2 === 0 ? item.estimatedMinutes : `${String(item.estimatedMinutes)}分钟`);
    if (item.urgency === "urgent") set("紧急程度", "紧急");
    date("办结期限", item.dueBy);
    if (item.amountYuan !== undefined) set("金额（元）", k % 2 === 0 ? item.amountYuan : `${Number(item.amountYuan) / 10_000}万`);
    if (item.decidableBy === "department") set("可由谁决定", "部门职权范围内");
    if (item.isReport === true) set("部门汇报", "是");
    row.commit();
  });
  await workbook.xlsx.writeFile(file);
}

async function planOf(spec: string) {
  const out = tmp();
  const r = await run("plan", spec, "--period", "2026Q1", "--out", out);
  return { ...r, plan: r.code <= 1 ? parsePlan(readFileSync(join(out, "plan.json"), "utf8")) : undefined };
}

describe("yishi template and a spec's imports", () => {
  it("items from a filled-in template (Excel dates and dates typed as text) plan exactly as the same items written in the spec", async () => {
    const dir = tmp();
    const form = join(dir, "items.xlsx");
    const t = await run("template", form);
    expect(t.code).toBe(0);
    expect(t.out).toContain("议题申报表");
    await fillItems(form, example.agendaItems);
    const fromForm = await planOf(writeSpec(dir, { agendaItems: "items.xlsx" }, ["agendaItems"]));
    expect(fromForm.err).toBe("");
    expect(fromForm.code).toBe(0);
    const inline = await planOf(EXAMPLE);
    const agendas = (p: typeof inline.plan) => p!.meetings.map((m) => [m.id, m.date, m.agenda.map((e) => [e.item, e.order, e.minutes])]);
    expect(agendas(fromForm.plan)).toEqual(agendas(inline.plan));
    expect(fromForm.plan!.unplacedItems).toEqual(inline.plan!.unplacedItems);
    expect(fromForm.plan!.meetings.some((m) => m.agenda.length > 0)).toBe(true);
  });

  it("people from a CSV saved as GB18030 plan with their names", async () => {
    const dir = tmp();
    const roles: Record<string, string> = { mayor: "区长", "executive-deputy": "常务副区长", deputy: "副区长", "party-group-member": "党组成员", "office-director": "政府办主任", "department-head": "部门主要负责人", "duty-staff": "值班人员" };
    const lines = ["编号,姓名,角色,单位,职务", ...example.people.map((p) => [p.id, p.name, (p.roles as string[]).map((r) => roles[r]).join("、"), p.unit ?? "", p.title ?? ""].join(","))];
    writeFileSync(join(dir, "人员名单.csv"), encodeGb18030(`${lines.join("\r\n")}\r\n`));
    const r = await planOf(writeSpec(dir, { people: "人员名单.csv" }, ["people"]));
    expect(r.code).toBe(0);
    expect(r.err).toContain("GB18030");
    const inline = await planOf(EXAMPLE);
    expect(r.plan!.roster).toEqual(inline.plan!.roster);
    // The names were read right: the roster prints them.
    const roster = await run("roster", join(dir, "spec.yaml"), "--period", "2026-01");
    expect(roster.code).toBe(0);
    expect(roster.out).toContain("胡燕");
  });

  it("a wrong cell is named by file, sheet, row, column and header, with what was expected and found; nothing is written", async () => {
    const dir = tmp();
    const form = join(dir, "items.xlsx");
    await run("template", form);
    await fillItems(form, example.agendaItems.slice(0, 3));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(form);
    const sheet = workbook.getWorksheet("议题申报表")!;
    sheet.getCell("G4").value = "下周三"; // 申报日期 of the second item
    sheet.getCell("C5").value = "no-such-unit"; // 承办单位 of the third
    sheet.getCell("E3").value = "大事"; // 类别 of the first
    await workbook.xlsx.writeFile(form);
    const out = tmp();
    const r = await run("plan", writeSpec(dir, { agendaItems: "items.xlsx" }, ["agendaItems"]), "--period", "2026Q1", "--out", out);
    expect(r.code).toBe(2);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(r.err).toContain("items.xlsx:4:7: agendaItems.filedOn: sheet 议题申报表, row 4, column G (申报日期): not a date");
    expect(r.err).toContain('found "下周三"');
    expect(r.err).toMatch(/items\.xlsx:5:3: agendaItems\.unit: sheet 议题申报表, row 5, column C \(承办单位\): unknown unit.*found "no-such-unit"/);
    expect(r.err).toMatch(/items\.xlsx:3:5: agendaItems\.category: sheet 议题申报表, row 3, column E \(类别\): not one of the allowed values \(expected one of 规范性文件、/);
    expect(() => readFileSync(join(out, "plan.json"))).toThrow();
  });

  it("a CSV form with a missing required column and a bad header says so, naming the row and the column", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "items.csv"), "\ufeff编号,议题名称,承办单位,分管领导,申报日起\r\nA01,研究,fgj,li-na,2026-01-05\r\n");
    const r = await run("validate", writeSpec(dir, { agendaItems: "items.csv" }, ["agendaItems"]));
    expect(r.code).toBe(2);
    expect(r.err).toContain("items.csv:1:5: (root): row 1, column E: unknown column header (did you mean 申报日期?)");
    expect(r.err).toContain("row 1: required column missing from the header (expected the columns 编号, 议题名称, 承办单位, 分管领导, 申报日期, found no 申报日期)");
    // The items' missing 申报日期 is the header's problem, not told again for each row.
    expect(r.err).not.toContain("row 2");
  });

  it("writes the CSV form with a BOM, headers and a hint row; refuses to overwrite a file without --force", async () => {
    const dir = tmp();
    const file = join(dir, "people.csv");
    expect((await run("template", file)).code).toBe(0);
    const text = readFileSync(file, "utf8");
    expect(text.startsWith("\ufeff编号,姓名,角色,单位,职务,电话\r\n【填写说明】")).toBe(true);
    const again = await run("template", file);
    expect(again.code).toBe(2);
    expect(again.err).toContain("--force");
    expect((await run("template", file, "--force")).code).toBe(0);
    expect((await run("template", join(dir, "form.xlsx"))).err).toContain("--form people or --form items");
  });

  it("the xlsx form has drop-down lists for fixed values, date formats, a frozen header and a note on each header", async () => {
    const dir = tmp();
    const file = join(dir, "items.xlsx");
    await run("template", file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet("议题申报表")!;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect(sheet.getCell("E3").dataValidation).toMatchObject({ type: "list", formulae: ['"规范性文件,重大改革,政府投资项目,大额资金,招商引资协议,重要文件,重要活动,重要事项,一般性工作汇报,人事,下季度工作要点,年中工作检查,年终工作总结,其他"'] });
    expect(sheet.getCell("U3").dataValidation).toMatchObject({ type: "list", formulae: ['"是,否"'] }); // 已履行报批程序
    expect(sheet.getColumn(7).numFmt).toBe("yyyy-mm-dd");
    expect(String(sheet.getCell("G2").value)).toContain("2026年3月5日");
    expect(sheet.getCell("A1").note).toBeTruthy();
    expect(sheet.getColumn(2).width).toBeGreaterThan(20);
    // 西城区 附件1 三.1's facts: the day sent to legal review and the countersign (who, when).
    const headers = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ""));
    expect(headers.slice(-3)).toEqual(["送法制办审核日期", "会签人", "会签日期"]);
    expect(sheet.getColumn(headers.indexOf("会签日期")).numFmt).toBe("yyyy-mm-dd");
  });
});
