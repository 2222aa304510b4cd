import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCaptured } from "../test-run.js";

/**
 * A spec with independent problems in every stage validate checks: its shape,
 * its references, its profile and its holiday files. One run lists them all;
 * before, each stage hid the next (the references until the shape was right,
 * the profile and the holiday files until the spec was).
 */
const dir = mkdtempSync(join(tmpdir(), "yishi-validate-stages-"));
writeFileSync(join(dir, "regional.json"), JSON.stringify({ year: "2026", days: [] }));
const file = join(dir, "spec.yaml");
writeFileSync(
  file,
  `organization: { id: o, name: 区政府, jurisdiction: 钟山区 }
profile: { base: default, overrides: [{ rule: no-such-rule, enabled: false, reason: 试验 }] }
calendar: { national: [missing-2030.json], regional: [regional.json] }
people:
  - { id: a, name: 甲, roles: [mayer] }
  - { id: b, name: 乙, roles: [deputy], unit: nowhere }
bodies:
  - { id: e, name: 常务会议, type: executive, members: [a, ghost], convener: a }
agendaItem: []
`,
);

describe("yishi validate lists every problem in one run", () => {
  it("schema, references, profile and holiday files together, counted by stage in English", async () => {
    const r = await runCaptured(["validate", file, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    const lines = r.err.trim().split("\n");
    expect(lines[0]).toBe(`yishi: SPEC_INVALID: ${file}: the spec has 4 problems`);
    // The shape: a wrong role and an unknown top-level field (a typo of agendaItems).
    expect(r.err).toMatch(/people\[0\]\.roles\[0\]: not one of the allowed values/);
    expect(r.err).toMatch(/: agendaItem.*unknown field `agendaItem` \(did you mean `agendaItems`\?\)|: \(root\): unknown field `agendaItem` \(did you mean `agendaItems`\?\)/);
    // The references, found although the shape is wrong.
    expect(r.err).toContain(`${file}:6:`);
    expect(r.err).toMatch(/people\[1\]\.unit: unknown unit \(expected the id of a unit defined in the spec, found "nowhere"\)/);
    expect(r.err).toMatch(/bodies\[0\]\.members\[1\]: unknown person \(expected the id of a person defined in the spec, found "ghost"\)/);
    // The profile and both holiday files.
    expect(r.err).toContain("no-such-rule");
    expect(r.err).toMatch(/yishi: FILE_NOT_FOUND: .*missing-2030\.json/);
    expect(r.err).toMatch(/yishi: HOLIDAY_DATA_INVALID: holiday file .*regional\.json/);
    expect(lines.at(-1)).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}: not valid, \\d+ problems \\(spec 4, profile 1, holiday files \\d+\\)$`));
  });

  it("says the count in Chinese by default", async () => {
    const r = await runCaptured(["validate", file]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n").at(-1)).toMatch(/：无效，共 \d+ 个问题（规格 4 个，规则配置 1 个，节假日文件 \d+ 个）$/);
  });

  it("gives the same problems as data with --json", async () => {
    const r = await runCaptured(["validate", file, "--json"]);
    expect(r.code).toBe(2);
    const data = JSON.parse(r.out) as { valid: boolean; problems: { code: string; stage: string; issues: unknown[] }[] };
    expect(data.valid).toBe(false);
    expect(data.problems.map((p) => [p.stage, p.code])).toEqual([
      ["spec", "SPEC_INVALID"],
      ["profile", expect.stringMatching(/^PROFILE_/)],
      ["calendar", "FILE_NOT_FOUND"],
      ["calendar", "HOLIDAY_DATA_INVALID"],
    ]);
    expect(data.problems[0]!.issues).toHaveLength(4);
  });
});
