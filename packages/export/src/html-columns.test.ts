import { describe, expect, it } from "vitest";
import { measureTextEm, planColumnPercents, renderColumnGroup } from "./html-columns.js";

/** 1em of the printed table, in percent: 186 mm of 10.5pt text is 50em. */
const EM = 100 / 50;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe("planColumnPercents", () => {
  it("measures Chinese a whole em a character, Latin and digits about half", () => {
    expect(measureTextEm("承办单位")).toBe(4);
    expect(measureTextEm("09:00")).toBeCloseTo(2.75);
    expect(measureTextEm("时长（分钟）")).toBe(6);
  });

  it("keeps the agenda's narrow columns at three ems and a padding however long the title column asks to be", () => {
    const widths = planColumnPercents(["序号", "开始", "分钟", "议题", "承办单位", "分管领导"], [6, 8, 6, 400, 20, 10]);
    expect(sum(widths)).toBeCloseTo(100);
    for (const w of widths.slice(0, 3)) expect(w).toBeCloseTo(4 * EM);
    // 承办单位 and 分管领导 keep their headers on one line (4em and the padding).
    for (const w of widths.slice(4)) expect(w).toBeGreaterThanOrEqual(5 * EM - 1e-9);
    expect(widths[3]).toBeGreaterThan(50);
  });

  it("is in proportion to the widths when no column is held at its least", () => {
    const widths = planColumnPercents(["议题", "说明"], [30, 70]);
    expect(widths[0]).toBeCloseTo(30);
    expect(widths[1]).toBeCloseTo(70);
  });

  it("holds a column whose header needs more than its share, and scales the rest again", () => {
    const widths = planColumnPercents(["时长（分钟）", "议题", "承办单位"], [2, 60, 38]);
    expect(widths[0]).toBeCloseTo(7 * EM);
    expect(widths[1]! / widths[2]!).toBeCloseTo(60 / 38);
    expect(sum(widths)).toBeCloseTo(100);
  });

  it("lets a header longer than six ems wrap rather than take the page", () => {
    const [long] = planColumnPercents(["应急值守带班领导（夜间值班）", "a", "b"], [1, 50, 50]);
    expect(long).toBeCloseTo(7 * EM);
  });

  it("shares the page in proportion to the least widths when even they overflow it", () => {
    const headers = Array.from({ length: 15 }, (_, i) => `值班岗位${String.fromCharCode(65 + i)}`);
    const widths = planColumnPercents(headers, headers.map(() => 10));
    expect(sum(widths)).toBeCloseTo(100);
    for (const w of widths) expect(w).toBeCloseTo(100 / 15);
  });

  it("renders a colgroup of those shares", () => {
    expect(renderColumnGroup(["议题", "说明"], [30, 70])).toBe('<colgroup><col style="width:30.00%"><col style="width:70.00%"></colgroup>');
  });
});
