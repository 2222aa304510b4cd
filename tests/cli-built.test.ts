import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parsePlan } from "@yishi/domain";

// The CLI as it ships: built JavaScript run by plain Node 20 (no tsx, no source
// condition), from a folder other than the repository, under the host TZ.
const root = resolve(import.meta.dirname, "..");
const bin = join(root, "apps/cli/dist/bin.js");
const example = join(root, "examples/zhongshan-2026q1.yaml");
const built = existsSync(bin);
if (!built && process.env.CI) throw new Error(`${bin} is missing: CI runs \`turbo run build\` before the tests`);

function yishi(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: tmpdir(), encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "" } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe.skipIf(!built)("the built yishi on the bundled example", () => {
  it("plans with no hard violation, then checks its own plan clean and exports it", () => {
    const out = mkdtempSync(join(tmpdir(), "yishi-e2e-"));
    const plan = yishi("plan", example, "--period", "2026Q1", "--out", out, "--export", "ics,csv");
    expect(plan.err).toBe("");
    expect(plan.code).toBe(0);
    const parsed = parsePlan(readFileSync(join(out, "plan.json"), "utf8"));
    expect(parsed.meetings.length).toBeGreaterThan(6);
    expect(parsed.roster.length).toBeGreaterThan(90);
    expect(readFileSync(join(out, "plan.ics"), "utf8")).toContain("TZID:Asia/Shanghai");
    expect(readFileSync(join(out, "roster.csv"), "utf8").charCodeAt(0)).toBe(0xfeff);

    const check = yishi("check", example, join(out, "plan.json"), "--format", "json");
    expect(check.code).toBe(0);
    expect(JSON.parse(check.out).summary.hard).toBe(0);
  });

  it("finds the breaks in the hand-edited plan and exits 1", () => {
    const r = yishi("check", example, join(root, "examples/zhongshan-2026q1.hand-edited-plan.json"), "--format", "json");
    expect(r.code).toBe(1);
    const codes = JSON.parse(r.out).violations.map((v: { code: string }) => v.code);
    expect(codes).toEqual(expect.arrayContaining(["calendar.working-day", "calendar.no-weekday", "agenda.topic-meeting-first"]));
  });

  it("prints a user's mistake as one clear message with exit 2, not a stack trace", () => {
    const r = yishi("plan", "no-such-spec.yaml", "--period", "2026Q1");
    expect(r.code).toBe(2);
    expect(r.err).toContain("no-such-spec.yaml: no such file");
    expect(r.err).not.toContain("    at ");
    const period = yishi("plan", example, "--period", "2026Q5");
    expect(period.code).toBe(2);
    expect(period.err).toContain("PERIOD_INVALID");
  });
});
