import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { parse, stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { parsePlan } from "@yishi/domain";
import { runCaptured } from "./test-run.js";

/**
 * Generated bad input through the commands, in-process: mutations of the
 * bundled example (a field dropped, a value replaced by one of the shapes a
 * stranger types: wrong type, huge number, reversed or impossible date, long
 * text, an unknown field) and damaged text (cut, a stray character, a broken
 * alias). Whatever comes in, the answer is an exit code 0–3, never a stack
 * trace; a refusal names the file; a plan that is written is judged by
 * `check` exactly as plan.json says. Bounded by run counts (seeded), well
 * inside a minute.
 */
const EXAMPLE = resolve(import.meta.dirname, "../../../examples/zhongshan-2026q1.yaml");
const exampleText = readFileSync(EXAMPLE, "utf8");
const example = parse(exampleText) as unknown;
const dir = mkdtempSync(join(tmpdir(), "yishi-fuzz-"));
let counter = 0;

const STRANGE_VALUES: unknown[] = [null, -1, 0, 1e9, 2.5, "", "x".repeat(3000), "2026-02-30", "0026-01-01", "2031-05-01", "2026-03-01..2026-01-01", "25:00", "23:59", true, [], {}, { unknown: 1 }, ["?"], "陈静"];

/** Every path into a value (containers and leaves), in a fixed order. */
function pathsOf(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...at, i])));
  else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...at, k]));
  return out;
}
const PATHS = pathsOf(example).filter((p) => p.length > 0);

function mutate(root: unknown, path: (string | number)[], action: { kind: "drop" } | { kind: "set"; value: unknown } | { kind: "extra" }): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (action.kind === "drop") {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (action.kind === "set") parent[last] = action.value;
  else if (parent[last] !== null && typeof parent[last] === "object" && !Array.isArray(parent[last])) {
    const target = parent[last] as Record<string, unknown>;
    // A series gets two pins closer than any cadence allows; anything else an unknown field (a typo).
    if ("weekdays" in target) target.pinned = [{ date: "2026-01-15" }, { date: "2026-01-16" }];
    else target.aproved = false;
  }
  return copy;
}

const objectMutation = fc.array(
  fc.record({
    path: fc.constantFrom(...PATHS),
    action: fc.oneof(fc.constant({ kind: "drop" as const }), fc.constant({ kind: "extra" as const }), fc.constantFrom(...STRANGE_VALUES).map((value) => ({ kind: "set" as const, value }))),
  }),
  { minLength: 1, maxLength: 3 },
);

const textMutation = fc.oneof(
  fc.nat(exampleText.length).map((n) => exampleText.slice(0, n)),
  fc.tuple(fc.nat(exampleText.length), fc.constantFrom("\t", ":", "- ", "{", "]", "*a", "&a ", "'", "\u0000", "\uFEFF", "\n  x: 1\n")).map(([n, s]) => exampleText.slice(0, n) + s + exampleText.slice(n)),
);

function writeSpec(text: string): string {
  const file = join(dir, `spec-${++counter}.yaml`);
  writeFileSync(file, text);
  return file;
}

function specOf(mutations: { path: (string | number)[]; action: Parameters<typeof mutate>[2] }[]): string {
  let value = example;
  for (const m of mutations) {
    try {
      value = mutate(value, m.path, m.action);
    } catch {
      // An earlier mutation removed the path: skip this one.
    }
  }
  return stringify(value);
}

/** What every answer must be, whatever the input. */
function expectSane(r: { code: number; err: string }, file: string) {
  expect([0, 1, 2, 3]).toContain(r.code);
  expect(r.err).not.toMatch(/\n\s+at |INTERNAL|TypeError|RangeError/);
  if (r.code !== 2) return;
  expect(r.err).toContain(file);
  // Each problem listed names the file, the line and column (none for an empty file), and the field (validate: in Chinese first).
  for (const line of r.err.split("\n").filter((l) => l.startsWith("  - "))) {
    expect(line.startsWith(`  - ${file}`)).toBe(true);
    expect(line.slice(`  - ${file}`.length)).toMatch(/^(:\d+:\d+)?: \S|^( 第\d+行第\d+列)?：\S/);
  }
}

describe("fuzz: generated bad specs through validate, plan and check", () => {
  it("validate answers every mutated spec with 0 or 2, naming the file", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(objectMutation.map(specOf), textMutation), async (text) => {
        const file = writeSpec(text);
        const r = await runCaptured(["validate", file]);
        expectSane(r, file);
        expect([0, 2]).toContain(r.code);
      }),
      { numRuns: 200, seed: 13 },
    );
  }, 60_000);

  it("plan answers with 0–3, and a plan it writes is judged by check as plan.json says", async () => {
    await fc.assert(
      fc.asyncProperty(objectMutation.map(specOf), async (text) => {
        const file = writeSpec(text);
        const out = join(dir, `out-${counter}`);
        const r = await runCaptured(["plan", file, "--period", "2026Q1", "--out", out]);
        expectSane(r, file);
        if (r.code === 2) {
          expect(existsSync(join(out, "plan.json"))).toBe(false);
          return;
        }
        const plan = parsePlan(readFileSync(join(out, "plan.json"), "utf8"));
        const checked = await runCaptured(["check", file, join(out, "plan.json"), "--format", "json"]);
        expectSane(checked, file);
        const verdict = JSON.parse(checked.out) as { violations: unknown[] };
        expect(verdict.violations).toEqual(JSON.parse(JSON.stringify(plan.violations)));
        const hard = plan.violations.some((v) => v.severity === "hard");
        expect(checked.code).toBe(hard ? 1 : 0);
        expect(r.code === 0).toBe(!hard);
      }),
      { numRuns: 60, seed: 13 },
    );
  }, 120_000);
});
