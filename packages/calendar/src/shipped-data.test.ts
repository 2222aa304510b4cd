import { describe, expect, it } from "vitest";
import { shippedArrangements } from "./shipped-data.js";
import { SHIPPED_CORRECTIONS } from "./shipped-corrections.js";

describe("shipped arrangements", () => {
  const table = shippedArrangements();

  it("covers 2004 to 2026", () => {
    expect(Math.min(...table.keys())).toBe(2004);
    expect(Math.max(...table.keys())).toBe(2026);
  });

  it("files December New Year days under the next year's notice", () => {
    expect(table.get(2008)?.get("2007-12-29")).toEqual({ off: false, name: { zh: "元旦", en: "New Year's Day" } });
    expect(table.get(2007)?.has("2007-12-29")).toBe(false);
  });

  it.each([
    ["2009-10-03", "国庆节、中秋节"],
    ["2009-09-27", "国庆节、中秋节"],
    ["2012-09-30", "中秋节、国庆节"],
    ["2017-10-08", "国庆节、中秋节"],
    ["2023-10-08", "中秋节、国庆节"],
    ["2025-10-11", "国庆节、中秋节"],
    ["2020-10-05", "国庆节、中秋节"],
  ])("names the joint Mid-Autumn and National Day holiday on %s", (date, zh) => {
    expect(table.get(Number(date.slice(0, 4)))?.get(date)?.name.zh).toBe(zh);
  });

  it("keeps separate holidays apart", () => {
    expect(table.get(2024)?.get("2024-09-16")?.name.zh).toBe("中秋节");
    expect(table.get(2024)?.get("2024-10-01")?.name.zh).toBe("国庆节");
    expect(table.get(2026)?.get("2026-09-25")?.name.zh).toBe("中秋节");
  });

  it("applies every documented correction", () => {
    for (const fix of SHIPPED_CORRECTIONS) {
      expect(table.get(Number(fix.date.slice(0, 4)))?.get(fix.date)?.off).toBe(fix.off);
      expect(fix.source).toMatch(/gov\.cn/);
    }
  });
});
