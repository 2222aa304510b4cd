import { describe, expect, it } from "vitest";
import { parseSpec } from "./load-spec.js";
import { YishiError, formatIssue } from "./errors.js";

function issuesOf(text: string): string[] {
  try {
    parseSpec(text, "s.yaml");
  } catch (error) {
    if (error instanceof YishiError) return error.issues.map((i) => formatIssue({ ...i, line: undefined, column: undefined, file: undefined }));
    throw error;
  }
  throw new Error("expected a YishiError");
}

const base = `organization: { id: o, name: 区政府, jurisdiction: 钟山区 }
people:
  - { id: a, name: 甲, roles: [mayor] }
`;
const absence = (from: string, to: string) => `${base}absences:\n  - { person: a, from: ${from}, to: ${to} }\n`;

describe("date problems: one clear problem per bad value", () => {
  it("a date that does not exist", () => {
    expect(issuesOf(absence("2026-02-30", "2026-03-05"))).toEqual([
      'absences[0].from: not a real calendar date (expected a date YYYY-MM-DD that exists, found "2026-02-30")',
    ]);
  });

  it.each(["2026/01/05", "tomorrow"])("a date in the wrong format (%s) is one problem, with no false from/to complaint", (value) => {
    expect(issuesOf(absence(`"${value}"`, "2026-01-02"))).toEqual([`absences[0].from: wrong format (expected a date as YYYY-MM-DD, found "${value}")`]);
  });

  it("reversed from/to says what `to` should be", () => {
    expect(issuesOf(absence("2026-03-05", "2026-03-01"))).toEqual([
      'absences[0].to: is before `from` (expected `to` on or after `from` 2026-03-05, found "2026-03-01")',
    ]);
  });

  it("reversed blackout dates too", () => {
    expect(issuesOf(`${base}blackouts:\n  - { from: 2026-03-05, to: 2026-03-01, name: x }\n`)).toEqual([
      'blackouts[0].to: is before `from` (expected `to` on or after `from` 2026-03-05, found "2026-03-01")',
    ]);
  });
});

describe("size problems use plain words, not zod's sentence", () => {
  it("a number below its minimum", () => {
    const text = `${base}bodies:\n  - { id: e, name: 常务会议, type: executive, members: [a], convener: a }\nseries:\n  - { id: s, name: 常务会议, type: executive, body: e, start: "09:00", durationMinutes: -5, cadence: { kind: weekly } }\n`;
    const issues = issuesOf(text);
    expect(issues).toContain("series[0].durationMinutes: too small (expected at least 15, found -5)");
    expect(issues.join("\n")).not.toMatch(/Too small|>=/);
  });

  it("keeps a schema's own sentence for a size rule", () => {
    expect(issuesOf(`organization: { id: o, name: 区政府, jurisdiction: 钟山区 }\npeople:\n  - { id: a, name: 甲, roles: [] }\n`)).toEqual([
      "people[0].roles: a person needs at least one role (expected at least 1 entry, found a list of 0)",
    ]);
  });
});
