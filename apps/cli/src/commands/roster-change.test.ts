import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { addFacts, loadSpec, parsePlan, type Plan } from "@yishi/domain";
import { loadSpecCalendar } from "@yishi/calendar";
import { check, resolveProfile } from "@yishi/rules";
import { EXIT } from "../exit-codes.js";
import { runCaptured } from "../test-run.js";

/**
 * A leader falling ill is one command: `roster replace SPEC PLAN --change ill.yaml`
 * reads the same change file `yishi replan --change` takes and replaces every
 * duty its absences empty; `roster swap --change` judges a swap with the
 * change in. The result is held to the independent checker, not the CLI's word:
 * with the change in, the roster so changed breaks nothing the plan did not
 * (a roster plan has no meetings, so the meeting rules fail before and after).
 */
const EXAMPLE = fileURLToPath(new URL("../../../../examples/zhongshan-2026q1.yaml", import.meta.url));
const loaded = loadSpec(EXAMPLE);
const calendar = loadSpecCalendar(loaded);
const profile = resolveProfile(loaded.spec.profile);
const WINDOW = { from: "2026-03-02", to: "2026-03-13" };

interface Data {
  found: boolean;
  duties: { date: string; post: string; person: { id: string; name: string }; found: boolean; replacements: { kind: string; changes: { date: string; post: string; from: { id: string }; to: { id: string } }[] }[]; reason: unknown }[];
  recurring: { duty: string; date: string; person: { id: string } }[];
}

describe("yishi roster replace / swap --change", () => {
  const dir = mkdtempSync(join(tmpdir(), "yishi-cli-roster-change-"));
  const planFile = join(dir, "roster.plan.json");
  const illFile = join(dir, "ill.yaml");
  let plan: Plan;
  let person: string;

  beforeAll(async () => {
    expect((await runCaptured(["roster", EXAMPLE, "--period", "2026Q1", "--out", dir, "--json"])).code).toBe(0);
    plan = parsePlan(readFileSync(planFile, "utf8"));
    // The leader with the most 带班 duties in the window falls ill for it.
    const inWindow = plan.roster.filter((a) => a.post === "leader" && a.date >= WINDOW.from && a.date <= WINDOW.to);
    person = [...new Set(inWindow.map((a) => a.person))].sort((a, b) => inWindow.filter((x) => x.person === b).length - inWindow.filter((x) => x.person === a).length)[0]!;
    writeFileSync(illFile, `absences:\n  - { person: ${person}, from: ${WINDOW.from}, to: ${WINDOW.to}, kind: sick, reason: 住院 }\n`);
  }, 60_000);

  it("replaces every duty the absence empties, and the roster so changed keeps every rule", async () => {
    const r = await runCaptured(["roster", "replace", EXAMPLE, planFile, "--change", illFile, "--json"]);
    expect(r.code).toBe(EXIT.OK);
    const data = JSON.parse(r.out) as Data;
    const emptied = plan.roster.filter((a) => a.person === person && a.date >= WINDOW.from && a.date <= WINDOW.to);
    expect(emptied.length).toBeGreaterThanOrEqual(2);
    expect(data.found).toBe(true);
    expect(data.duties.map((d) => `${d.date} ${d.post} ${d.person.id}`)).toEqual(emptied.map((a) => `${a.date} ${a.post} ${a.person}`));
    // The receptions the absence empties are named, for a re-plan.
    expect(data.recurring.map((a) => a.date)).toEqual(plan.recurringDuties.filter((a) => a.person === person && a.date >= WINDOW.from && a.date <= WINDOW.to).map((a) => a.date));
    // Apply each duty's first candidate in turn and judge the whole with the checker, the change in.
    let roster = plan.roster;
    for (const d of data.duties) {
      for (const c of d.replacements[0]!.changes) {
        const at = roster.findIndex((a) => a.date === c.date && a.post === c.post && a.person === c.from.id);
        expect(at).toBeGreaterThanOrEqual(0);
        roster = roster.map((a, i) => (i === at ? { ...a, person: c.to.id } : a));
      }
    }
    const spec = addFacts(loaded.spec, { absences: [{ person, ...WINDOW, kind: "sick", approved: true }] });
    expect(roster.filter((a) => a.person === person && a.date >= WINDOW.from && a.date <= WINDOW.to)).toEqual([]);
    // A roster plan holds no meetings, so the meeting rules fail alike before and after: the roster adds nothing to them.
    const hard = (s: typeof spec, p: Plan) => check(s, p, profile, { calendar }).filter((v) => v.severity === "hard").map((v) => v.message.en);
    expect(hard(spec, plan).length).toBeGreaterThan(hard(loaded.spec, plan).length);
    expect(hard(spec, { ...plan, roster })).toEqual(hard(loaded.spec, plan));
  });

  it("prints one line per duty in text, the kind and the changes, and notes the receptions", async () => {
    const r = await runCaptured(["roster", "replace", EXAMPLE, planFile, "--change", illFile]);
    expect(r.code).toBe(EXIT.OK);
    const lines = r.out.split("\n").filter((l) => l !== "");
    const first = plan.roster.filter((a) => a.person === person && a.date >= WINDOW.from).sort((a, b) => (a.date < b.date ? -1 : 1))[0]!;
    expect(lines[0]).toMatch(new RegExp(`^${first.date} \\p{Script=Han}+ \\p{Script=Han}+（${person}）: (调换|替班|三人轮换): ${first.date} `, "u"));
    if (plan.recurringDuties.some((a) => a.person === person && a.date >= WINDOW.from && a.date <= WINDOW.to)) expect(r.out).toContain("yishi replan --change");
  });

  it("judges a swap with the change in: handing a duty to the ill leader is refused, citing the article", async () => {
    const other = plan.roster.find((a) => a.post === "leader" && a.date >= WINDOW.from && a.date <= WINDOW.to && a.person !== person)!;
    const args = ["roster", "swap", EXAMPLE, planFile, "--date", other.date, "--post", "leader", "--from", other.person, "--to", person, "--json"];
    const without = JSON.parse((await runCaptured(args)).out) as { ok: boolean; violations: { code: string }[] };
    const withChange = await runCaptured([...args, "--change", illFile]);
    expect(withChange.code).toBe(EXIT.HARD_VIOLATION);
    const verdict = JSON.parse(withChange.out) as { ok: boolean; violations: { code: string; message: { en: string } }[] };
    expect(verdict.ok).toBe(false);
    expect(verdict.violations.some((v) => v.message.en.includes(person) || v.message.en.includes(loaded.spec.people.find((p) => p.id === person)!.name))).toBe(true);
    // Without the change the only reasons are the rest rule or nothing: never the illness.
    expect(without.violations.length).toBeLessThan(verdict.violations.length);
  });

  it("refuses a change naming an unknown person, and a replace naming only part of a duty, without a stack trace", async () => {
    const bad = join(dir, "bad.yaml");
    writeFileSync(bad, "absences:\n  - { person: ghost, from: 2026-03-02, to: 2026-03-03 }\n");
    const r = await runCaptured(["roster", "replace", EXAMPLE, planFile, "--change", bad]);
    expect(r.code).toBe(EXIT.BAD_INPUT);
    expect(r.err).toContain("unknown person");
    expect(r.err).toContain(bad);
    const partial = await runCaptured(["roster", "replace", EXAMPLE, planFile, "--date", "2026-03-03"]);
    expect(partial.code).toBe(EXIT.BAD_INPUT);
    expect(partial.err).toContain("--post, --person missing");
    for (const x of [r, partial]) expect(x.err).not.toContain("    at ");
  });
});
