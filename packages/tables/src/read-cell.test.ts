import { describe, expect, it } from "vitest";
import { readCell } from "./read-cell.js";
import { parseCsv } from "./parse-csv.js";

const date = (cell: Parameters<typeof readCell>[0]) => readCell(cell, { type: "date" });

describe("readCell", () => {
  it("reads a date typed as an Excel date, an Excel serial, and each text form", () => {
    expect(date(new Date(Date.UTC(2026, 2, 5)))).toEqual({ value: "2026-03-05" });
    expect(date(46086)).toEqual({ value: "2026-03-05" });
    for (const text of ["2026-03-05", "2026/3/5", "2026年3月5日", "2026.3.5", "２０２６年３月５日", "20260305", "2026-03-05 00:00:00", " 2026 年 3 月 5 号 "]) expect(date(text)).toEqual({ value: "2026-03-05" });
  });

  it("refuses text that is no date, saying what it expected", () => {
    expect(date("下周三")).toMatchObject({ problem: "not a date", expected: expect.stringContaining("2026年3月5日") });
    expect(date("3/5")).toMatchObject({ problem: "not a date" });
  });

  it("reads numbers typed as text: separators, full-width digits, units and 万", () => {
    const amount = { type: "number", unit: "元" } as const;
    expect(readCell("1,200,000", amount)).toEqual({ value: 1_200_000 });
    expect(readCell("120万元", amount)).toEqual({ value: 1_200_000 });
    expect(readCell("1.2万", amount)).toEqual({ value: 12_000 });
    expect(readCell("１５", { type: "integer", unit: "分钟" })).toEqual({ value: 15 });
    expect(readCell("15分钟", { type: "integer", unit: "分钟" })).toEqual({ value: 15 });
    expect(readCell("十五", { type: "integer" })).toMatchObject({ problem: "not a number" });
  });

  it("keeps every digit of a phone number typed into a number cell", () => {
    expect(readCell(13812345678, { type: "text" })).toEqual({ value: "13812345678" });
  });

  it("reads choices by label, alias or value, and lists of them", () => {
    const kind = { type: "choice", many: true, choices: [{ value: "mayor", label: "区长", aliases: ["县长"] }, { value: "deputy", label: "副区长" }] } as const;
    expect(readCell("县长、副区长", kind)).toEqual({ value: ["mayor", "deputy"] });
    expect(readCell("deputy", kind)).toEqual({ value: ["deputy"] });
    expect(readCell("区长，局长", kind)).toMatchObject({ problem: '"局长" is not an allowed value' });
    expect(readCell("是", { type: "boolean" })).toEqual({ value: true });
    expect(readCell(false, { type: "boolean" })).toEqual({ value: false });
  });
});

describe("parseCsv", () => {
  it("reads quoted fields with commas, quotes and line breaks, and the line each record starts on", () => {
    expect(parseCsv('a,b\r\n"x, ""y""","two\nlines"\n3,4')).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ['x, "y"', "two\nlines"] },
      { line: 4, fields: ["3", "4"] },
    ]);
    expect(parseCsv("a\tb\n1\t2\n")).toEqual([{ line: 1, fields: ["a", "b"] }, { line: 2, fields: ["1", "2"] }]);
  });
});
