import { describe, expect, it } from "vitest";
import { halfYearOf, parsePeriod, periodBounds, periodContaining, quarterOf } from "./periods.js";

describe("parsePeriod", () => {
  it.each([
    ["2026Q1", { from: "2026-01-01", to: "2026-03-31", label: "2026Q1", kind: "quarter" }],
    ["2026q4", { from: "2026-10-01", to: "2026-12-31", label: "2026Q4", kind: "quarter" }],
    ["2026H2", { from: "2026-07-01", to: "2026-12-31", label: "2026H2", kind: "half-year" }],
    ["2026", { from: "2026-01-01", to: "2026-12-31", label: "2026", kind: "year" }],
    ["2024-02", { from: "2024-02-01", to: "2024-02-29", label: "2024-02", kind: "month" }],
    ["2026-01-05..2026-02-20", { from: "2026-01-05", to: "2026-02-20", label: "2026-01-05..2026-02-20", kind: "range" }],
    [" 2026-03-01..2026-03-01 ", { from: "2026-03-01", to: "2026-03-01", label: "2026-03-01..2026-03-01", kind: "range" }],
  ])("reads %s", (text, expected) => {
    expect(parsePeriod(text)).toEqual(expected);
  });

  it.each(["2026Q5", "2026H3", "2026-13", "26Q1", "2026-02-20..2026-01-05", "2026-02-30..2026-03-01", "", "next month"])("rejects %j", (text) => {
    expect(() => parsePeriod(text)).toThrow(expect.objectContaining({ code: "PERIOD_INVALID" }));
  });
});

describe("period boundaries", () => {
  it("places dates in quarters and half-years", () => {
    expect([quarterOf("2026-03-31"), quarterOf("2026-04-01"), quarterOf("2026-12-31")]).toEqual([1, 2, 4]);
    expect([halfYearOf("2026-06-30"), halfYearOf("2026-07-01")]).toEqual([1, 2]);
  });

  it("bounds numbered periods", () => {
    expect(periodBounds("quarter", 2026, 2)).toMatchObject({ from: "2026-04-01", to: "2026-06-30" });
    expect(periodBounds("half-year", 2026, 1)).toMatchObject({ from: "2026-01-01", to: "2026-06-30" });
    expect(periodBounds("month", 2026, 2)).toMatchObject({ from: "2026-02-01", to: "2026-02-28" });
    expect(() => periodBounds("quarter", 2026, 0)).toThrow(expect.objectContaining({ code: "PERIOD_INVALID" }));
  });

  it("finds the period containing a date", () => {
    expect(periodContaining("week", "2026-02-14")).toMatchObject({ from: "2026-02-09", to: "2026-02-15", kind: "week" });
    expect(periodContaining("month", "2026-02-14")).toMatchObject({ from: "2026-02-01", to: "2026-02-28", label: "2026-02" });
    expect(periodContaining("quarter", "2026-05-01")).toMatchObject({ label: "2026Q2" });
    expect(periodContaining("half-year", "2026-09-01")).toMatchObject({ label: "2026H2" });
    expect(periodContaining("year", "2026-09-01")).toMatchObject({ from: "2026-01-01", to: "2026-12-31" });
  });
});
