import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parsePlan } from "@yishi/domain";
import { findUnlistedDifferences } from "@yishi/solver";
import { runCaptured } from "../test-run.js";

const EXAMPLE = resolve(import.meta.dirname, "../../../../examples/zhongshan-2026q1.yaml");
const run = (...argv: string[]) => runCaptured(argv);
const tmp = () => mkdtempSync(join(tmpdir(), "yishi-provisional-"));

/**
 * A made-up 2027 arrangement in the State Council's form, for this test only
 * (2027's is not published here): 春节 off from Thursday 4 February to
 * Friday 12 February, with Sunday 31 January and Saturday 20 February worked.
 */
const MADE_UP_2027 = {
  year: 2027,
  papers: ["(made up for a test)"],
  days: [
    ...["01-01", "01-02", "01-03"].map((d) => ({ name: "元旦", date: `2027-${d}`, isOffDay: true })),
    ...["04", "05", "06", "07", "08", "09", "10", "11", "12"].map((d) => ({ name: "春节", date: `2027-02-${d}`, isOffDay: true })),
    { name: "春节", date: "2027-01-31", isOffDay: false },
    { name: "春节", date: "2027-02-20", isOffDay: false },
  ],
};

describe("next year, before the State Council publishes it", () => {
  it("refuses a year with no arrangement and says how to plan provisionally", async () => {
    const r = await run("plan", EXAMPLE, "--period", "2027Q1", "--out", tmp());
    expect(r.code).toBe(2);
    expect(r.err).toContain("yishi plan --provisional");
  });

  it("plans provisionally on the statutory holidays, marked in the summary, plan.json and every export; the published arrangement then re-plans with the fewest moves", async () => {
    const dir = tmp();
    const first = await run("plan", EXAMPLE, "--period", "2027Q1", "--provisional", "--out", dir, "--export", "ics,html");
    expect(first.code).toBe(0);
    expect(first.out).toContain("【暂定】2027年的节假日安排尚未公布");
    const before = parsePlan(readFileSync(join(dir, "plan.json"), "utf8"));
    expect(before.provisional?.years).toEqual([2027]);
    expect(readFileSync(join(dir, "plan.ics"), "utf8")).toMatch(/X-WR-CALNAME:.*（暂定）/);
    expect(readFileSync(join(dir, "plan.html"), "utf8")).toContain("【暂定】");
    // Statutory 春节 2027: 除夕 5 February to 初三 8 February; no meeting there.
    expect(before.meetings.filter((m) => m.date >= "2027-02-05" && m.date <= "2027-02-08")).toEqual([]);

    // The arrangement arrives as a file the spec names.
    writeFileSync(join(dir, "2027.json"), JSON.stringify(MADE_UP_2027));
    const spec = readFileSync(EXAMPLE, "utf8").replace(/^calendar:.*$/m, "").concat(`\ncalendar:\n  national: [${join(dir, "2027.json")}]\n`);
    writeFileSync(join(dir, "spec.yaml"), spec.replace(/^(\s*)- \.\.\/shared.*$/m, ""));
    const out = join(dir, "published");
    const next = await run("replan", join(dir, "spec.yaml"), join(dir, "plan.json"), "--from", "2027-01-01", "--out", out);
    expect(next.err).not.toMatch(/\n\s+at /);
    const after = parsePlan(readFileSync(join(out, "plan.json"), "utf8"));
    expect(after.provisional).toBeUndefined();
    expect(next.out).not.toContain("【暂定】");
    // exec#3 sat on Thursday 4 February, now a day off: it moves, with the holiday as its reason.
    const exec3 = before.meetings.find((m) => m.id === "exec#3")!;
    expect(exec3.date).toBe("2027-02-04");
    expect(after.changes).toContainEqual(expect.objectContaining({ meeting: "exec#3", kind: "moved", reason: expect.objectContaining({ zh: expect.stringContaining("春节放假") }) }));
    expect(findUnlistedDifferences(before, after)).toEqual([]);
    // The fewest moves: meetings clear of the new days off stay where they were.
    const untouched = before.meetings.filter((m) => m.date < "2027-01-20" || m.date > "2027-03-10");
    for (const m of untouched) expect(after.meetings.find((x) => x.id === m.id)?.date).toBe(m.date);
  });
});
