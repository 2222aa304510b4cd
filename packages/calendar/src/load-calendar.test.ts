import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { parseSpec } from "@yishi/domain";
import { loadCalendar, loadSpecCalendar } from "./load-calendar.js";

const referenceDir = fileURLToPath(new URL("../../../../shared/data/holiday-cn/", import.meta.url));

describe("loadCalendar", () => {
  it("reads national files from disk", () => {
    const cal = loadCalendar({ national: [join(referenceDir, "2025.json")] });
    expect(cal.describeDay("2025-10-06")).toMatchObject({ working: false, source: "national", holiday: { zh: "国庆节、中秋节" } });
  });

  it("passes file errors through", () => {
    expect(() => loadCalendar({ unit: [join(referenceDir, "nope.json")] })).toThrow(expect.objectContaining({ code: "FILE_NOT_FOUND" }));
  });

  it("refuses holiday-cn's empty 2027 file rather than planning 2027 with no holidays", () => {
    expect(() => loadCalendar({ national: [join(referenceDir, "2027.json")] })).toThrow(expect.objectContaining({ code: "HOLIDAY_DATA_INVALID" }));
  });
});

describe("loadSpecCalendar", () => {
  it("resolves the spec's holiday files against the spec's folder", () => {
    const dir = mkdtempSync(join(tmpdir(), "yishi-cal-"));
    mkdirSync(join(dir, "holidays"));
    writeFileSync(join(dir, "holidays", "2030.json"), JSON.stringify({ year: 2030, days: [{ name: "元旦", date: "2030-01-01", isOffDay: true }] }));
    const spec = parseSpec(`organization: { id: o, name: 区政府, jurisdiction: 钟山区 }\ncalendar: { national: [holidays/2030.json] }\npeople: [{ id: a, name: 甲, roles: [mayor] }]\n`);
    const cal = loadSpecCalendar({ spec, baseDir: dir });
    expect(cal.describeDay("2030-01-01")).toMatchObject({ working: false, holiday: { zh: "元旦" } });
    expect(cal.isWorkingDay("2030-01-02")).toBe(true);
  });

  it("keeps unknown years an error unless the spec assumes weekends", () => {
    const base = `organization: { id: o, name: 区政府, jurisdiction: 钟山区 }\npeople: [{ id: a, name: 甲, roles: [mayor] }]\n`;
    expect(() => loadSpecCalendar({ spec: parseSpec(base), baseDir: "." }).isWorkingDay("2031-03-03")).toThrow(expect.objectContaining({ code: "UNKNOWN_HOLIDAY_YEAR" }));
    const lenient = loadSpecCalendar({ spec: parseSpec(`${base}calendar: { assumeWeekendsOnly: true }\n`), baseDir: "." });
    expect(lenient.isWorkingDay("2031-03-03")).toBe(true);
  });
});
