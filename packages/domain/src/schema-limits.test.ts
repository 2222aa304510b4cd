import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadSpecChange, parseSpec } from "./load-spec.js";
import { formatIssue } from "./errors.js";
import { errorOf } from "./test-error-of.js";
import { LIMITS } from "./limits.js";

const base = `organization: { id: o, name: 区政府, jurisdiction: 钟山区 }
people:
  - { id: a, name: 甲, roles: [mayor] }
`;
const body = `bodies:\n  - { id: e, name: 常务会议, type: executive, members: [a], convener: a }\n`;

/** Every problem as `path: message (expected …, found …)`, without file and line. */
function issuesOf(text: string): string[] {
  return errorOf(() => parseSpec(text, "s.yaml")).issues.map((i) => formatIssue({ ...i, file: undefined, line: undefined, column: undefined }));
}

describe("absences reject unknown fields like every other spec object", () => {
  it("a misspelt `aproved` is an error naming it and the field meant", () => {
    expect(issuesOf(`${base}absences:\n  - { person: a, from: 2026-01-05, to: 2026-01-06, aproved: false }\n`)).toEqual([
      "absences[0]: unknown field `aproved` (did you mean `approved`?) (found an object)",
    ]);
  });

  it("so does a change file's absence", () => {
    const file = join(mkdtempSync(join(tmpdir(), "yishi-limits-")), "change.yaml");
    writeFileSync(file, "absences:\n  - { person: a, from: 2026-01-05, to: 2026-01-06, substitue: b }\n");
    const error = errorOf(() => loadSpecChange(file));
    expect(error.code).toBe("CHANGE_INVALID");
    expect(error.issues.map(formatIssue)).toEqual([`${file}:2:5: absences[0]: unknown field \`substitue\` (did you mean \`substitute\`?) (found an object)`]);
  });

  it("an unknown field with no close spelling still says it may be a typo", () => {
    expect(issuesOf(`${base}absences:\n  - { person: a, from: 2026-01-05, to: 2026-01-06, colour: red }\n`)).toEqual([
      "absences[0]: unknown field `colour` (a typo?) (found an object)",
    ]);
  });
});

describe("every number has an upper bound", () => {
  it("restDays, perDay and perHeavyDay of 1e9 are refused with the bound", () => {
    const text = `${base}duty:\n  restDays: 1000000000\n  posts:\n    - { id: p, name: 值班, pool: [a], perDay: 1000000000, perHeavyDay: 1000000000 }\n`;
    expect(issuesOf(text)).toEqual([
      "duty.restDays: too big (expected at most 30, found 1000000000)",
      "duty.posts[0].perDay: too big (expected at most 50, found 1000000000)",
      "duty.posts[0].perHeavyDay: too big (expected at most 50, found 1000000000)",
    ]);
  });

  it("duty seats × pool sizes a day are bounded: the roster planner weighs every candidate for every seat", () => {
    const people = Array.from({ length: 2000 }, (_, i) => `  - { id: p${i}, name: 人${i}, roles: [duty-staff] }`).join("\n");
    const pool = `[${Array.from({ length: 2000 }, (_, i) => `p${i}`).join(", ")}]`;
    const posts = (count: number, perDay: number) => Array.from({ length: count }, (_, i) => `    - { id: post${i}, name: 岗${i}, pool: ${pool}, perDay: ${perDay} }`).join("\n");
    const spec = (count: number, perDay: number) => `organization: { id: o, name: 区政府, jurisdiction: 钟山区 }\npeople:\n${people}\nduty:\n  posts:\n${posts(count, perDay)}\n`;
    // 50 posts of 3 a day from 2,000: 300,000 candidates a day, the limit itself.
    expect(() => parseSpec(spec(50, 3), "s.yaml")).not.toThrow();
    expect(issuesOf(spec(50, 4))).toEqual([
      `duty.posts: ask for 400000 seat candidates a day (people a day × pool size, summed over the posts): more than Yishi plans (expected at most ${LIMITS.maxDutyCandidatesPerDay} (e.g. 150 people a day from pools of 2000), found a list of 50)`,
    ]);
  });

  it("recurring duties, preferences, history, cadences, rooms and amounts too", () => {
    const text = `${base}${body}rooms:\n  - { id: r, name: 会议室, capacity: 1e9 }
series:
  - { id: s, name: 常务会议, type: executive, body: e, cadence: { kind: per-month, min: 1, max: 1000 } }
recurringDuties:
  - { id: p, name: 接访, pool: [a], weekday: 3, start: "09:00", end: "12:00", perOccurrence: 1000 }
duty:
  history: [{ person: a, total: 1e12 }]
  preferences: [{ person: a, kind: avoid, weekday: 1, weight: 1e300 }]
units: [{ id: u, name: 局 }]
agendaItems:
  - { id: A1, title: 议题, unit: u, responsibleLeader: a, filedOn: 2026-01-05, amountYuan: 1e300 }
`;
    expect(issuesOf(text)).toEqual([
      "rooms[0].capacity: too big (expected at most 100000, found 1000000000)",
      "series[0].cadence.max: too big (expected at most 31, found 1000)",
      "recurringDuties[0].perOccurrence: too big (expected at most 50, found 1000)",
      "duty.history[0].total: too big (expected at most 100000, found 1000000000000)",
      "duty.preferences[0].weight: too big (expected at most 1000, found 1e+300)",
      "agendaItems[0].amountYuan: too big (expected at most 10000000000000, found 1e+300)",
    ]);
  });
});

describe("strings and lists are bounded", () => {
  it("a 1 MB name is refused, shown cut short", () => {
    const issues = issuesOf(base.replace("name: 甲", `name: ${"甲".repeat(1_000_000)}`));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^people\[0\]\.name: too long \(expected at most 200 characters, found "甲{57}\.\.\."\)$/);
  });

  it("an id, a reason and a note have their own bounds", () => {
    const text = `${base}absences:\n  - { person: ${"a".repeat(101)}, from: 2026-01-05, to: 2026-01-06, reason: ${"x".repeat(2001)} }\n`;
    expect(issuesOf(text).map((i) => i.replace(/found .*\)$/, "…"))).toEqual([
      "absences[0].person: too long (expected at most 100 characters, …",
      "absences[0].reason: too long (expected at most 2000 characters, …",
    ]);
  });

  it("more absences than the bound is one problem on the list", () => {
    const rows = Array.from({ length: LIMITS.maxAbsences + 1 }, () => "  - { person: a, from: 2026-01-05, to: 2026-01-06 }").join("\n");
    expect(issuesOf(`${base}absences:\n${rows}\n`)).toEqual([`absences: too many entries (expected at most 5000 entries, found a list of 5001)`]);
  });

  it("5,000 absences (the bound) are accepted", () => {
    const rows = Array.from({ length: LIMITS.maxAbsences }, (_, i) => `  - { person: a, from: 2026-01-05, to: 2026-01-06, reason: r${i} }`).join("\n");
    expect(parseSpec(`${base}absences:\n${rows}\n`, "s.yaml").absences).toHaveLength(5000);
  });

  it("an absence longer than two years is refused (the planner expands it day by day)", () => {
    expect(issuesOf(`${base}absences:\n  - { person: a, from: 2026-01-01, to: 2030-01-01 }\n`)).toEqual([
      'absences[0].to: an absence of 1462 days is too long; split it or give only the part that matters (expected at most 731 days from `from` 2026-01-01, found "2030-01-01")',
    ]);
  });
});

describe("dates are in the years 1900–2200", () => {
  it("0026-01-05 is refused, not read as 1926", () => {
    expect(issuesOf(`${base}absences:\n  - { person: a, from: 0026-01-05, to: 2026-01-06 }\n`)).toEqual([
      'absences[0].from: year outside the supported years 1900–2200 (expected a date in the years 1900–2200, found "0026-01-05")',
    ]);
  });

  it("a far-future date is refused once, with no false order complaint", () => {
    expect(issuesOf(`${base}blackouts:\n  - { from: 2026-01-05, to: 9999-01-06, name: x }\n`)).toEqual([
      'blackouts[0].to: year outside the supported years 1900–2200 (expected a date in the years 1900–2200, found "9999-01-06")',
    ]);
  });

  it("the ends of the range are accepted", () => {
    expect(parseSpec(`${base}blackouts:\n  - { from: 1900-01-01, to: 1900-01-02, name: x }\n  - { from: 2200-12-30, to: 2200-12-31, name: y }\n`, "s.yaml").blackouts).toHaveLength(2);
  });
});

describe("meetings and duties end after they start, the same day", () => {
  it("a series running past midnight is refused at its start", () => {
    expect(issuesOf(`${base}${body}series:\n  - { id: s, name: 常务会议, type: executive, body: e, start: "23:59", durationMinutes: 60 }\n`)).toEqual([
      'series[0].start: the meeting would run past midnight (23:59 + 60 minutes) (expected a start by 23:00, or a shorter `durationMinutes`, so it ends by 24:00, found "23:59")',
    ]);
  });

  it("a pinned occurrence's own start counts too", () => {
    const text = `${base}${body}series:\n  - { id: s, name: 常务会议, type: executive, body: e, start: "09:00", durationMinutes: 180, pinned: [{ date: 2026-01-08, start: "22:00" }] }\n`;
    expect(issuesOf(text)).toEqual([
      'series[0].pinned[0].start: the meeting would run past midnight (22:00 + 180 minutes) (expected a start by 21:00, so it ends by 24:00, found "22:00")',
    ]);
  });

  it("a series ending exactly at midnight is accepted", () => {
    expect(parseSpec(`${base}${body}series:\n  - { id: s, name: 常务会议, type: executive, body: e, start: "22:00", durationMinutes: 120 }\n`, "s.yaml").series).toHaveLength(1);
  });

  it("a recurring duty that ends before (or as) it starts is refused", () => {
    const duty = (start: string, end: string) => `${base}recurringDuties:\n  - { id: p, name: 接访, pool: [a], weekday: 3, start: "${start}", end: "${end}" }\n`;
    expect(issuesOf(duty("12:00", "09:00"))).toEqual(['recurringDuties[0].end: is not after `start` (expected a time after `start` 12:00, the same day, found "09:00")']);
    expect(issuesOf(duty("09:00", "09:00"))).toEqual(['recurringDuties[0].end: is not after `start` (expected a time after `start` 09:00, the same day, found "09:00")']);
  });
});
