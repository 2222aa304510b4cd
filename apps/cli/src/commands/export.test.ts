import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCaptured } from "../test-run.js";

const run = (argv: string[], isTty = false) => runCaptured(argv, { isTty });

// The exporters' sample plan and its spec (examples/sample/), copied so outputs land in a temp folder.
const SAMPLE = join(import.meta.dirname, "../../../../examples/sample");
const sampleSpec = () => JSON.parse(readFileSync(join(SAMPLE, "spec.json"), "utf8")) as Record<string, unknown>;
const dir = mkdtempSync(join(tmpdir(), "yishi-cli-export-"));
const planFile = join(dir, "q1.json");
writeFileSync(planFile, readFileSync(join(SAMPLE, "plan.json")));
const specFile = join(dir, "spec.json");
writeFileSync(specFile, readFileSync(join(SAMPLE, "spec.json")));

describe("yishi export", () => {
  it("writes an .ics beside the plan by default, with names from the spec", async () => {
    const { code, out } = await run(["export", planFile, "--to", "ics", "--spec", specFile]);
    expect(code).toBe(0);
    expect(out.trim()).toBe(join(dir, "q1.ics"));
    // Parsing is tested in @yishi/export; here: the file is the export, with the spec's room names.
    const ics = readFileSync(join(dir, "q1.ics"), "utf8");
    const exec1 = ics.slice(ics.indexOf("UID:zhongshan/meeting/2026-01-01/2026-03-31/exec%231@yishi"));
    expect(exec1.slice(0, exec1.indexOf("END:VEVENT"))).toContain("LOCATION:区政府4楼常务会议室\r\n");
  });

  it("writes xlsx to a named file, with progress only on a terminal", async () => {
    const target = join(dir, "out", "roster.xlsx");
    const piped = await run(["export", planFile, "--to", "xlsx", "--out", target]);
    expect(piped.code).toBe(0);
    // No --spec: the plan is not judged, and the user is told so (and no progress when piped).
    expect(piped.err).toBe(`${planFile}: 未检查：未提供规格文件（--spec），本计划未按规则检查，下列内容不代表合规结论 (not checked: no spec was given (--spec), so this plan was not judged against the rules; nothing here says it complies)\n`);
    expect(readFileSync(target).subarray(0, 2).toString()).toBe("PK");
    const tty = await run(["export", planFile, "--to", "xlsx", "--out", target], true);
    expect(tty.code).toBe(0);
    // One step per sheet written (those with no rows are left out); the violations sheet is always last.
    expect(tty.err).toMatch(/xlsx: 值班表 \(1\/\d\)/);
    expect(tty.err).toMatch(/xlsx: 违反规则 \((\d)\/\1\)/);
    expect(readdirSync(join(dir, "out"))).toEqual(["roster.xlsx"]); // no temp files left behind
  });

  it("writes one CSV per table into a folder", async () => {
    const target = join(dir, "csv");
    const { code, out } = await run(["export", planFile, "--to", "csv", "--out", target]);
    expect(code).toBe(0);
    expect(out.trim().split("\n")).toHaveLength(6);
    expect(readdirSync(target).sort()).toEqual(["agendas.csv", "meetings.csv", "recurring-duties.csv", "roster.csv", "unplaced.csv", "violations.csv"]);
    expect(readFileSync(join(target, "roster.csv"), "utf8").startsWith("\uFEFF日期,星期,节假日")).toBe(true);
  });

  it("puts html into an existing folder and prints it to stdout with --out -", async () => {
    const folder = join(dir, "reports");
    mkdirSync(folder);
    expect((await run(["export", planFile, "--to", "html", "--out", folder])).code).toBe(0);
    expect(readFileSync(join(folder, "q1.html"), "utf8")).toContain("<!DOCTYPE html>");
    const unchecked = await run(["export", planFile, "--to", "html", "--out", "-"]);
    expect(unchecked.out).toContain("未检查：未提供规格文件");
    expect(unchecked.out).not.toContain("未发现违反规则");
    const stdout = await run(["export", planFile, "--to", "html", "--out", "-", "--spec", specFile]);
    expect(stdout.out).toContain("钟山区 第四十五条");
    expect((await run(["export", planFile, "--to", "xlsx", "--out", "-"])).code).toBe(2);
  });

  it("explains bad input without a stack trace", async () => {
    const missing = await run(["export", join(dir, "nope.json"), "--to", "ics"]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("FILE_NOT_FOUND");
    const badFormat = await run(["export", planFile, "--to", "pdf"]);
    expect(badFormat.code).toBe(2);
    expect(badFormat.err).toContain("Allowed choices are ics, xlsx, csv, html");
    const badPlan = join(dir, "bad.json");
    writeFileSync(badPlan, JSON.stringify({ schema: "yishi.plan/v1", organization: "x", profile: "default", period: { from: "2026-13-01", to: "2026-03-31", label: "q" } }));
    const invalid = await run(["export", badPlan, "--to", "ics"]);
    expect(invalid.code).toBe(2);
    expect(invalid.err).toContain("PLAN_INVALID");
    expect(invalid.err).toContain("period.from");
    expect(invalid.err).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, "bad.ics"))).toBe(false);
    const other = join(dir, "other-spec.json");
    writeFileSync(other, JSON.stringify({ ...sampleSpec(), organization: { id: "xicheng", name: "西城区人民政府", jurisdiction: "西城区" } }));
    const mismatch = await run(["export", planFile, "--to", "ics", "--spec", other]);
    expect(mismatch.code).toBe(2);
    expect(mismatch.err).toContain('is the spec of "xicheng"');
  });
});
