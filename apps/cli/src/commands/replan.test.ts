import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCaptured } from "../test-run.js";

const EXAMPLE = resolve(import.meta.dirname, "../../../../examples/zhongshan-2026q1.yaml");
const PLAN = resolve(import.meta.dirname, "../../../../examples/zhongshan-2026q1.hand-edited-plan.json");

const tmp = () => mkdtempSync(join(tmpdir(), "yishi-replan-"));

function changeFile(text: string): string {
  const file = join(tmp(), "change.yaml");
  writeFileSync(file, text);
  return file;
}

describe("yishi replan with unknown ids in the change", () => {
  it("rejects an absence of an unknown person: file, field, expected, found; writes nothing", async () => {
    const change = changeFile("absences:\n  - { person: ghost, from: 2026-03-10, to: 2026-03-13, kind: session }\n");
    const out = tmp();
    const r = await runCaptured(["replan", EXAMPLE, PLAN, "--change", change, "--out", out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`yishi: CHANGE_INVALID: ${change}: the change has 1 problem`);
    expect(r.err).toMatch(new RegExp(`${change.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:2:\\d+: absences\\[0\\]\\.person: unknown person \\(expected the id of a person defined in the spec \\(.*\\), found "ghost"\\)`));
    expect(readdirSync(out)).toEqual([]);
  });

  it("rejects cancelling a meeting the plan does not have", async () => {
    const change = changeFile("cancel: [no-such#9]\n");
    const r = await runCaptured(["replan", EXAMPLE, PLAN, "--change", change, "--out", tmp()]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`cancel[0]: unknown meeting (expected the id of a meeting in the plan ${PLAN} (`);
    expect(r.err).toContain('found "no-such#9")');
  });
});
