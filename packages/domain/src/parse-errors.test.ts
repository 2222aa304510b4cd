import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPlan, loadSpecChange, parseSpec } from "./load-spec.js";
import { formatIssue } from "./errors.js";
import { errorOf } from "./test-error-of.js";

function write(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "yishi-parse-")), name);
  writeFileSync(file, text);
  return file;
}

const NOT_YAML = 'people: [zhang-wei\n  : : {{\n\t- bad: "unterminated\n';

describe("syntax errors say what was being loaded and list each problem once", () => {
  it("a truncated plan.json is a plan error with JSON's own complaint, once", () => {
    const file = write("plan.json", '{\n  "schema": "yishi/plan@1",\n  "meetings": [\n    { "date": "2026');
    const error = errorOf(() => loadPlan(file));
    expect(error.code).toBe("PLAN_INVALID");
    expect(error.message).toBe(`${file}: the plan is not valid JSON`);
    expect(error.issues.map(formatIssue)).toEqual([`${file}:4:20: (root): cannot parse: Unterminated string (is the file cut short?)`]);
  });

  it("an unparsable change file is a change error", () => {
    const file = write("change.yaml", NOT_YAML);
    const error = errorOf(() => loadSpecChange(file));
    expect(error.code).toBe("CHANGE_INVALID");
    expect(error.message).toBe(`${file}: the change is not valid YAML or JSON`);
  });

  it("no issue line is printed twice", () => {
    const error = errorOf(() => parseSpec(NOT_YAML, "s.yaml"));
    expect(error.code).toBe("SPEC_PARSE");
    expect(error.message).toBe("s.yaml: the spec is not valid YAML or JSON");
    const lines = error.issues.map(formatIssue);
    expect(lines.length).toBeGreaterThan(0);
    expect(new Set(lines).size).toBe(lines.length);
  });

  it("a duplicate key in a .json file (which JSON.parse accepts) is still reported", () => {
    const file = write("plan.json", '{ "schema": "a", "schema": "b" }');
    const error = errorOf(() => loadPlan(file));
    expect(error.message).toBe(`${file}: the plan is not valid JSON`);
    expect(error.issues[0]!.message).toMatch(/unique/);
  });
});
