import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { parsePlan, type DutyAssignment } from "@yishi/domain";
import { EXIT } from "../exit-codes.js";
import { runCaptured } from "../test-run.js";

/**
 * `roster replace` when nobody can take the duty: every other leader of the
 * 带班领导 pool is away the whole quarter, so no exchange, substitute or
 * rotation keeps the rules. The answer is data (`found: false`, the reason in
 * both languages), the exit code is 3 and the message goes to stderr.
 */
const EXAMPLE = fileURLToPath(new URL("../../../../examples/zhongshan-2026q1.yaml", import.meta.url));
const LEADER_POOL = ["li-na", "wang-qiang", "liu-yang", "chen-jing", "yang-fan", "zhao-lei"];

describe("yishi roster replace with no replacement", () => {
  const dir = mkdtempSync(join(tmpdir(), "yishi-cli-replace-none-"));
  const planFile = join(dir, "roster.plan.json");
  const specFile = join(dir, "everyone-away.yaml");
  let duty: DutyAssignment;

  beforeAll(async () => {
    expect((await runCaptured(["roster", EXAMPLE, "--period", "2026Q1", "--out", dir, "--json"])).code).toBe(0);
    duty = parsePlan(readFileSync(planFile, "utf8")).roster.find((a) => a.post === "leader" && a.date === "2026-02-04")!;
    const away = LEADER_POOL.filter((p) => p !== duty.person).map((p) => `  - { person: ${p}, from: 2026-01-01, to: 2026-03-31, kind: training }\n`);
    writeFileSync(specFile, readFileSync(EXAMPLE, "utf8").replace("absences:\n", `absences:\n  - { person: ${duty.person}, from: ${duty.date}, to: ${duty.date}, kind: session }\n${away.join("")}`));
  }, 60_000);

  it("says so as data with --json: found false, no replacements, the reason in Chinese and English", async () => {
    const r = await runCaptured(["roster", "replace", specFile, planFile, "--date", duty.date, "--post", "带班领导", "--person", duty.person, "--json"]);
    expect(r.code).toBe(EXIT.INFEASIBLE);
    const data = JSON.parse(r.out) as { found: boolean; replacements: unknown[]; reason: { zh: string; en: string } | null };
    expect(data.found).toBe(false);
    expect(data.replacements).toEqual([]);
    expect(data.reason?.zh).toMatch(new RegExp(`带班领导其余 5 名.*\\p{Script=Han}+（${duty.person}） ${duty.date}`, "u"));
    expect(data.reason?.en).toMatch(new RegExp(`no exchange, substitute or three-way rotation .*${duty.person}.* 5 other`));
    // The message for a person reading the terminal: on stderr, stdout stays one JSON document.
    expect(r.err).toContain(data.reason!.zh);
  });

  it("prints the reason on stderr in text mode, in the chosen language, and exits 3", async () => {
    const r = await runCaptured(["roster", "replace", specFile, planFile, "--date", duty.date, "--post", "leader", "--person", duty.person, "--lang", "en"]);
    expect(r.code).toBe(EXIT.INFEASIBLE);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/^no exchange, substitute or three-way rotation/);
  });

  it("gives found true and reason null when there is one", async () => {
    const oneAway = join(dir, "one-away.yaml");
    writeFileSync(oneAway, readFileSync(EXAMPLE, "utf8").replace("absences:\n", `absences:\n  - { person: ${duty.person}, from: ${duty.date}, to: ${duty.date}, kind: session }\n`));
    const r = await runCaptured(["roster", "replace", oneAway, planFile, "--date", duty.date, "--post", "leader", "--person", duty.person, "--json"]);
    expect(r.code).toBe(EXIT.OK);
    const data = JSON.parse(r.out) as { found: boolean; replacements: unknown[]; reason: unknown };
    expect(data).toMatchObject({ found: true, reason: null });
    expect(data.replacements.length).toBeGreaterThan(0);
  });
});
