import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadSpec, loadSpecChange } from "./load-spec.js";
import { errorOf } from "./test-error-of.js";

const example = fileURLToPath(new URL("../../../examples/zhongshan-2026q1.yaml", import.meta.url));
const { spec } = loadSpec(example);

function changeFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "yishi-change-")), "change.yaml");
  writeFileSync(file, text);
  return file;
}

describe("loadSpecChange reference checks", () => {
  it("rejects an absence for a person the spec does not define, naming file, field, expected and found", () => {
    const file = changeFile("absences:\n  - { person: ghost, from: 2026-03-10, to: 2026-03-13, kind: session }\n");
    const error = errorOf(() => loadSpecChange(file, { spec }));
    expect(error.code).toBe("CHANGE_INVALID");
    expect(error.file).toBe(file);
    expect(error.issues).toHaveLength(1);
    const issue = error.issues[0]!;
    expect(issue).toMatchObject({ file, line: 2, path: ["absences", 0, "person"], message: "unknown person", found: '"ghost"' });
    expect(issue.expected).toMatch(/^the id of a person defined in the spec \(.*zhang-wei/);
  });

  it("rejects an unknown substitute and an unknown blackout series", () => {
    const file = changeFile(
      "absences:\n  - { person: zhang-wei, substitute: nobody, from: 2026-03-10, to: 2026-03-13 }\nblackouts:\n  - { from: 2026-02-24, to: 2026-02-27, name: x, series: [no-series] }\n",
    );
    const error = errorOf(() => loadSpecChange(file, { spec }));
    expect(error.issues.map((i) => [i.path.join("."), i.message, i.found])).toEqual([
      ["absences.0.substitute", "unknown person", '"nobody"'],
      ["blackouts.0.series.0", "unknown series", '"no-series"'],
    ]);
  });

  it("rejects a cancellation of a meeting the plan does not have", () => {
    const file = changeFile("cancel: [exec#1, no-such#9]\n");
    const error = errorOf(() => loadSpecChange(file, { spec, meetingIds: ["exec#1", "exec#2"], planFile: "plan.json" }));
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({
      path: ["cancel", 1],
      message: "unknown meeting",
      expected: "the id of a meeting in the plan plan.json (exec#1, exec#2)",
      found: '"no-such#9"',
    });
  });

  it("accepts a change whose ids all exist (the bundled example change)", () => {
    const file = fileURLToPath(new URL("../../../examples/zhongshan-2026q1.change.yaml", import.meta.url));
    const change = loadSpecChange(file, { spec, meetingIds: [] });
    expect(change.absences.map((a) => a.person)).toEqual(["zhang-wei"]);
  });
});
