import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCaptured } from "../test-run.js";

const run = (...argv: string[]) => runCaptured(argv);

/** Terminal columns: CJK characters take two. */
function width(line: string): number {
  return [...line].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
}

const dir = mkdtempSync(join(tmpdir(), "yishi-cli-calendar-"));
const file2028 = join(dir, "2028.json");
writeFileSync(file2028, JSON.stringify({ year: 2028, papers: [], days: [{ name: "元旦", date: "2028-01-01", isOffDay: true }] }));

describe("yishi calendar", () => {
  it("prints 2026Q1 as aligned month grids with a legend", async () => {
    const { code, out } = await run("calendar", "2026Q1");
    expect(code).toBe(0);
    const lines = out.split("\n");
    expect(lines[0]).toBe("2026Q1 工作日历（2026-01-01 至 2026-03-31，工作日 59 天）");
    expect(lines).toContain("2026年2月");
    expect(lines).toContain("16* 17* 18* 19* 20* 21* 22*");
    // Saturday is the sixth 4-column cell, under the double-width heading 六.
    const header = lines.find((l) => l.startsWith("一"))!;
    expect(width(header.slice(0, header.indexOf("六")))).toBe(20);
    expect(lines.find((l) => l.includes("14+"))!.indexOf("14+")).toBe(20);
    expect(width(header)).toBe(26);
    expect(out).toMatch(/\+ 2026-02-14 +春节 调休上班/);
    expect(out).toMatch(/\* 2026-02-15\.\.2026-02-23 +春节 放假/);
  });

  it("speaks English with --lang en", async () => {
    const { code, out } = await run("calendar", "2026-02", "--lang", "en");
    expect(code).toBe(0);
    expect(out).toContain("February 2026\nMo  Tu  We  Th  Fr  Sa  Su\n");
    expect(out).toMatch(/\* 2026-02-15\.\.2026-02-23 +Spring Festival day off/);
  });

  it("reads user files for years not shipped", async () => {
    expect((await run("calendar", "2028-01")).code).toBe(2);
    const { code, out } = await run("calendar", "2028-01", "--holidays", file2028);
    expect(code).toBe(0);
    expect(out).toMatch(/\* 2028-01-01 +元旦 放假/);
  });

  it("explains an unknown year, and plans on plain weeks when asked", async () => {
    const unknown = await run("calendar", "2035-01");
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("UNKNOWN_HOLIDAY_YEAR");
    expect(unknown.err).not.toMatch(/\n\s+at /);
    const weeks = await run("calendar", "2035-01", "--assume-weekends");
    expect(weeks.code).toBe(0);
    expect(weeks.out).not.toContain("图例");
  });

  it("rejects a bad period and a bad holiday file with exit 2", async () => {
    const period = await run("calendar", "2026Q5");
    expect(period.code).toBe(2);
    expect(period.err).toContain("PERIOD_INVALID");
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ year: 2028, days: [{ name: "元旦", date: "2028-01-01" }] }));
    const file = await run("calendar", "2028", "--holidays", bad);
    expect(file.code).toBe(2);
    expect(file.err).toContain("HOLIDAY_DATA_INVALID");
    expect(file.err).toContain("days[0].isOffDay");
  });
});
