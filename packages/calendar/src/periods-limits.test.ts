import { describe, expect, it } from "vitest";
import { YishiError } from "@yishi/domain";
import { parsePeriod, periodBounds } from "./periods.js";
import { addDays, assertDate, diffDays, weekdayOf } from "./dates.js";

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof YishiError && error.code === "PERIOD_INVALID") return error.message;
    throw error;
  }
  throw new Error("expected PERIOD_INVALID");
}

describe("periods are in the years 1900–2200 and at most 366 days long", () => {
  it("0026Q1 is refused, not planned as 1926", () => {
    expect(messageOf(() => parsePeriod("0026Q1"))).toBe('"0026Q1" is not a period: the year 0026 is outside the supported years (expected a year 1900–2200)');
  });

  it.each(["0026", "0099H1", "2201-01", "1899"])("%s is refused", (text) => {
    expect(messageOf(() => parsePeriod(text))).toContain("outside the supported years");
  });

  it("a range over the supported years is refused for its dates", () => {
    expect(messageOf(() => parsePeriod("1000-01-01..9999-12-31"))).toBe(
      '"1000-01-01..9999-12-31" is not a period: the start must be in the years 1900–2200, found "1000-01-01" (expected 2026, 2026H1, 2026Q1, 2026-03 or 2026-01-05..2026-02-20)',
    );
  });

  it("a range longer than 366 days is refused; a leap year is not", () => {
    expect(messageOf(() => parsePeriod("2026-01-01..2027-01-02"))).toBe('"2026-01-01..2027-01-02" is not a period: it is 367 days long (expected a period of at most 366 days)');
    expect(messageOf(() => parsePeriod("1900-01-01..2200-12-31"))).toContain("it is 109938 days long");
    expect(parsePeriod("2024-01-01..2024-12-31").to).toBe("2024-12-31");
  });

  it("the ends of the supported years plan normally", () => {
    expect(parsePeriod("1900")).toMatchObject({ from: "1900-01-01", to: "1900-12-31" });
    expect(parsePeriod("2200Q4")).toMatchObject({ from: "2200-10-01", to: "2200-12-31" });
    expect(() => periodBounds("year", 26)).toThrow(expect.objectContaining({ code: "PERIOD_INVALID" }));
  });
});

describe("date arithmetic does not read years 0–99 as 1900–1999", () => {
  it("0026-01-01 is 2000 years before 2026-01-01, not 100", () => {
    expect(diffDays("0026-01-01", "2026-01-01")).toBe(730485);
    expect(addDays("0026-12-31", 1)).toBe("0027-01-01");
    // 0001-01-01 was a Monday (proleptic Gregorian).
    expect(weekdayOf("0001-01-01")).toBe(1);
  });

  it("a date a planner writes must be in the supported years", () => {
    expect(() => assertDate("0026-01-05", "--from")).toThrow('--from must be in the years 1900–2200, found "0026-01-05"');
    expect(assertDate("2026-01-05")).toBe("2026-01-05");
  });
});
