import { describe, expect, it } from "vitest";
import { addDays, dateOf, daysInMonth, diffDays, eachDay, endOfMonth, endOfWeek, startOfMonth, startOfWeek, weekdayOf } from "./dates.js";

describe("date arithmetic", () => {
  it("adds days across months, years and leap days", () => {
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
  });

  it("measures b − a", () => {
    expect(diffDays("2026-02-13", "2026-03-02")).toBe(17);
    expect(diffDays("2026-03-02", "2026-02-13")).toBe(-17);
    expect(diffDays("2007-01-01", "2026-12-31")).toBe(7304);
  });

  it("gives ISO weekdays", () => {
    expect(weekdayOf("2026-02-14")).toBe(6);
    expect(weekdayOf("2026-02-15")).toBe(7);
    expect(weekdayOf("2026-02-16")).toBe(1);
    expect(weekdayOf("1970-01-01")).toBe(4);
    expect(weekdayOf("1969-12-29")).toBe(1);
  });

  it("lists days inclusively", () => {
    expect(eachDay("2026-02-27", "2026-03-02")).toEqual(["2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02"]);
    expect(eachDay("2026-03-02", "2026-03-01")).toEqual([]);
  });

  it("finds month and week bounds", () => {
    expect(startOfMonth("2026-02-14")).toBe("2026-02-01");
    expect(endOfMonth("2026-02-14")).toBe("2026-02-28");
    expect(endOfMonth("2024-02-01")).toBe("2024-02-29");
    expect(endOfMonth("2026-12-05")).toBe("2026-12-31");
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(startOfWeek("2026-02-14")).toBe("2026-02-09");
    expect(endOfWeek("2026-02-14")).toBe("2026-02-15");
    expect(dateOf(2026, 3, 1)).toBe("2026-03-01");
  });

  it("rejects dates that do not exist", () => {
    expect(() => addDays("2026-02-30", 1)).toThrow(expect.objectContaining({ code: "DATE_INVALID" }));
    expect(() => weekdayOf("2026/02/14")).toThrow(/YYYY-MM-DD/);
  });

  it("gives the same days after more dates than it keeps (its cache is cleared and refilled), and still rejects a bad date", () => {
    // 1900-01-01 to 2200-12-31 is about 110,000 days, past the 100,000 dates kept: every one is checked against Date.UTC.
    const first = Date.UTC(1900, 0, 1) / 86_400_000;
    let day = "1900-01-01";
    for (let n = 0; day <= "2200-12-31"; n++, day = addDays(day, 1)) {
      if (n % 997 === 0 || day.endsWith("-02-29") || day.endsWith("-03-01")) {
        expect(day).toBe(new Date((first + n) * 86_400_000).toISOString().slice(0, 10));
        expect(diffDays("1900-01-01", day)).toBe(n);
        expect(weekdayOf(day)).toBe(((new Date((first + n) * 86_400_000).getUTCDay() + 6) % 7) + 1);
      }
    }
    expect(() => diffDays("2026-02-29", "2026-03-01")).toThrow(expect.objectContaining({ code: "DATE_INVALID" }));
  });
});
