import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createCalendar } from "./calendar.js";
import { eachDay, isWeekend } from "./dates.js";

/**
 * The shipped calendar must agree with the independent holiday-cn dataset on
 * every day from 2007 to 2026. The dataset lives beside the repository
 * (`<repo>/../shared/data/holiday-cn`); when it is missing the test fails, so
 * CI cannot pass by silently skipping the check.
 */
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const referenceDir = join(repoRoot, "..", "shared", "data", "holiday-cn");

interface ReferenceFile {
  year: number;
  days: { date: string; isOffDay: boolean; name: string }[];
}

function referenceOffDays(): Map<string, boolean> {
  const off = new Map<string, boolean>();
  for (let year = 2007; year <= 2026; year++) {
    const file = JSON.parse(readFileSync(join(referenceDir, `${year}.json`), "utf8")) as ReferenceFile;
    // A file can list days of an adjacent year (December days of the New Year holiday).
    for (const day of file.days) off.set(day.date, day.isOffDay);
  }
  return off;
}

describe("shipped calendar against holiday-cn", () => {
  it("finds the reference dataset", () => {
    expect(existsSync(join(referenceDir, "2026.json")), `holiday-cn data expected in ${referenceDir}`).toBe(true);
  });

  it("agrees on every day from 2007-01-01 to 2026-12-31", () => {
    const listed = referenceOffDays();
    const calendar = createCalendar();
    const differences = eachDay("2007-01-01", "2026-12-31")
      .map((date) => ({ date, expectedOff: listed.get(date) ?? isWeekend(date), actualOff: !calendar.isWorkingDay(date) }))
      .filter((d) => d.expectedOff !== d.actualOff);
    expect(differences).toEqual([]);
  });
});
