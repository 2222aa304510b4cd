import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadHolidayFile } from "./load-holiday-file.js";

const dir = mkdtempSync(join(tmpdir(), "yishi-calendar-"));
function write(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

describe("loadHolidayFile", () => {
  it("reads a valid holiday-cn file", () => {
    const path = write("2028.json", { year: 2028, papers: [], days: [{ name: "元旦", date: "2028-01-01", isOffDay: true }] });
    expect(loadHolidayFile(path)).toMatchObject({ year: 2028, days: [{ name: "元旦", date: "2028-01-01", isOffDay: true }] });
  });

  it("names the file, the field, what was expected and what was found", () => {
    const path = write("bad.json", { year: 2028, days: [{ name: "元旦", date: "2028-01-01", isOffDay: true }, { name: "春节", date: "2028-01-26", isOffDay: "yes" }] });
    let error: unknown;
    try {
      loadHolidayFile(path);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: "HOLIDAY_DATA_INVALID", file: path, path: ["days", 1, "isOffDay"] });
    expect((error as Error).message).toContain(path);
    expect((error as Error).message).toContain("days[1].isOffDay");
    expect((error as { issues: unknown[] }).issues).toEqual([expect.objectContaining({ file: path, expected: "boolean", found: '"yes"' })]);
  });

  it("rejects dates outside the file's year", () => {
    const path = write("outside.json", { year: 2028, days: [{ name: "元旦", date: "2030-01-01", isOffDay: true }] });
    expect(() => loadHolidayFile(path)).toThrow(expect.objectContaining({ code: "HOLIDAY_DATA_INVALID", path: ["days", 0, "date"] }));
  });

  it("rejects text that is not JSON", () => {
    expect(() => loadHolidayFile(write("broken.json", "{ year: 2028"))).toThrow(expect.objectContaining({ code: "HOLIDAY_DATA_INVALID" }));
  });

  it("reports a missing file", () => {
    const path = join(dir, "missing.json");
    expect(() => loadHolidayFile(path)).toThrow(expect.objectContaining({ code: "FILE_NOT_FOUND", file: path }));
  });
});
