import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCaptured } from "../test-run.js";

const EXAMPLE = resolve(import.meta.dirname, "../../../../examples/zhongshan-2026q1.yaml");

const run = (...argv: string[]) => runCaptured(argv);

function write(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "yishi-validate-")), "spec.yaml");
  writeFileSync(file, text);
  return file;
}

describe("yishi validate", () => {
  it("accepts the bundled example and says what it holds", async () => {
    const r = await run("validate", EXAMPLE);
    expect(r.code).toBe(0);
    expect(r.out).toContain("有效（六盘水市钟山区人民政府）");
    expect(r.out).toContain("规则配置 default");
    // 黄敏, the office director, sits in the leaders-only pool: the roster leaves him out, so validate says so.
    expect(r.out).toContain("注意: 值班岗位「带班领导」（leader）只由领导担任，黄敏（huang-min）不是领导，排班时不会安排");
  });

  it("warns when a recurring duty asks for more people a turn than its pool holds", async () => {
    const file = write(`organization: { id: o, name: 区政府, jurisdiction: 钟山区 }
people:
  - { id: a, name: 甲, roles: [mayor] }
  - { id: b, name: 乙, roles: [deputy] }
recurringDuties:
  - { id: petition, name: 接访日, pool: [a, b], weekday: 3, start: "09:00", end: "12:00", perOccurrence: 5 }
`);
    const r = await run("validate", file);
    expect(r.code).toBe(0);
    expect(r.out).toContain("注意: 轮值「接访日」（petition）每次需要5人，人员库只有2人，每次都会缺人");
  });

  it("lists every problem of a malformed spec, one line each with file:line, and exits 2 without a stack trace", async () => {
    const file = write(`organization: { id: o, name: 区政府, jurisdiction: 钟山区 }
people:
  - { id: a, name: 甲, roles: [mayer] }
  - { id: b, name: 乙 }
bodies:
  - { id: e, name: 常务会议, type: executive, members: [a, c], convener: a }
`);
    const r = await run("validate", file);
    expect(r.code).toBe(2);
    const lines = r.err.trim().split("\n");
    expect(lines[0]).toContain("SPEC_INVALID");
    // The unknown member c is found in the same run as the shape's two problems.
    expect(lines[0]).toContain("规格有 3 个问题");
    expect(lines[1]).toContain("the spec has 3 problems");
    expect(lines).toContainEqual(expect.stringMatching(/bodies\[0\]\.members\[1\]: unknown person .*found "c"/));
    expect(lines).toContainEqual(expect.stringContaining(`${file}:3:`));
    expect(lines).toContainEqual(expect.stringMatching(/people\[0\]\.roles\[0\]: not one of the allowed values \(expected one of "mayor".*found "mayer"\)/));
    expect(lines).toContainEqual(expect.stringMatching(/people\[1\]\.roles: required field is missing/));
    expect(r.err).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it("rejects an override of an unknown rule, naming it", async () => {
    const file = write(`organization: { id: o, name: 区政府, jurisdiction: 钟山区 }
profile: { base: default, overrides: [{ rule: no-such-rule, enabled: false, reason: 试验 }] }
people: [{ id: a, name: 甲, roles: [mayor] }]
`);
    const r = await run("validate", file);
    expect(r.code).toBe(2);
    expect(r.err).toContain("no-such-rule");
  });

  it("names a holiday file that does not exist", async () => {
    const file = write(`organization: { id: o, name: 区政府, jurisdiction: 钟山区 }
calendar: { national: [holidays/2030.json] }
people: [{ id: a, name: 甲, roles: [mayor] }]
`);
    const r = await run("validate", file);
    expect(r.code).toBe(2);
    expect(r.err).toContain("FILE_NOT_FOUND");
    expect(r.err).toContain("2030.json");
  });
});
