import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ITEMS_FORM } from "./items-form.js";
import { inspectSpecWithImports, loadSpecWithImports } from "./load-spec-with-imports.js";
import { columnLetter } from "./read-form.js";
import { writeFormCsv } from "./write-form.js";

const SPEC = `organization: { id: o, name: 西城区人民政府, jurisdiction: 西城区 }
profile: { base: 西城区 }
people:
  - { id: mayor, name: 区长, roles: [mayor] }
  - { id: director, name: 办公室主任, roles: [office-director] }
units:
  - { id: fgw, name: 区发展和改革委员会 }
imports: { agendaItems: items.csv }
`;

/** The empty CSV form's header line, then the rows given (cells by header). */
function writeForm(dir: string, rows: Record<string, string>[]): void {
  const headers = ITEMS_FORM.columns.map((c) => c.header);
  const header = writeFormCsv(ITEMS_FORM).replace(/^\ufeff/, "").split("\r\n")[0]!;
  const lines = rows.map((row) => headers.map((h) => row[h] ?? "").join(","));
  writeFileSync(join(dir, "items.csv"), `\ufeff${[header, ...lines].join("\r\n")}\r\n`);
  writeFileSync(join(dir, "spec.yaml"), SPEC);
}

const row = { 编号: "A1", 议题名称: "审议管理办法", 承办单位: "fgw", 分管领导: "mayor", 类别: "规范性文件", 申报日期: "2026-03-02" };

// 西城区 附件1 三.1: 送文秘科审核前一周送区法制办审核,并由区政府办公室主任会签后方可上会 — the form has a column for each fact.
describe("议题申报表: the legal-review sending day and the countersign", () => {
  it("has the three columns, and reads them into the item", async () => {
    expect(ITEMS_FORM.columns.slice(-3).map((c) => c.header)).toEqual(["送法制办审核日期", "会签人", "会签日期"]);
    const dir = mkdtempSync(join(tmpdir(), "yishi-items-form-"));
    writeForm(dir, [{ ...row, 送法制办审核日期: "2026/2/20", 会签人: "director", 会签日期: "2026年3月5日" }]);
    const { spec } = await loadSpecWithImports(join(dir, "spec.yaml"));
    expect(spec.agendaItems[0]).toMatchObject({ legalReviewSentOn: "2026-02-20", countersignedBy: "director", countersignedOn: "2026-03-05" });
  });

  it("names the cell of a countersign given without its date", async () => {
    const dir = mkdtempSync(join(tmpdir(), "yishi-items-form-"));
    writeForm(dir, [{ ...row, 会签人: "director" }]);
    const { error } = await inspectSpecWithImports(join(dir, "spec.yaml"));
    expect(error?.issues.map((i) => `${i.file?.endsWith("items.csv")}:${i.line}: ${i.path.join(".")}: ${i.message}`)).toEqual([
      `true:2: agendaItems.countersignedOn: row 2, column ${columnLetter(ITEMS_FORM.columns.length)} (会签日期): is missing: a countersign needs both \`countersignedBy\` and \`countersignedOn\``,
    ]);
  });
});
