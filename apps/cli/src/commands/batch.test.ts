import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { runCaptured } from "../test-run.js";
import { writeTestProvince } from "./test-batch-specs.js";

const tmp = () => mkdtempSync(join(tmpdir(), "yishi-batch-out-"));
const EXAMPLE = resolve(import.meta.dirname, "../../../../examples/zhongshan-2026q1.yaml");
const read = (...parts: string[]) => readFileSync(join(...parts), "utf8");

describe("yishi batch (thread pool)", () => {
  it("plans every government as `yishi plan` does, reports the bad spec in its words, and goes on", async () => {
    const province = writeTestProvince(5);
    const out = tmp();
    const r = await runCaptured(["batch", province.dir, "--period", "2026Q1", "--out", out, "--export", "ics,csv", "--workers", "2", "--lang", "en"]);
    // The bad spec needs attention: exit 2 (bad input) for the batch, the others planned.
    expect(r.code).toBe(2);
    const summary = JSON.parse(read(out, "summary.json")) as { counts: Record<string, number>; governments: { government: string; status: string; error?: string; exitCode: number }[] };
    expect(summary.governments.map((g) => g.government)).toEqual([province.bad, ...province.good].sort());
    expect(summary.counts["bad-input"]).toBe(1);
    for (const name of province.good) {
      const single = tmp();
      const plan = await runCaptured(["plan", join(province.dir, `${name}.yaml`), "--period", "2026Q1", "--out", single, "--export", "ics,csv"]);
      const row = summary.governments.find((g) => g.government === name)!;
      expect(row.exitCode).toBe(plan.code);
      for (const file of ["plan.json", "plan.ics", "roster.csv"]) expect(read(out, name, file)).toBe(read(single, file));
    }
    const badPlan = await runCaptured(["plan", join(province.dir, `${province.bad}.yaml`), "--period", "2026Q1", "--out", tmp()]);
    expect(badPlan.code).toBe(2);
    const badRow = summary.governments.find((g) => g.government === province.bad)!;
    expect(`yishi: ${badRow.error}\n`).toBe(badPlan.err);
    expect(r.out).toContain(`${province.bad}: ${badPlan.err.trimEnd()}`);
    expect(read(out, "summary.csv")).toMatch(/^\uFEFFgovernment,spec,status,exit,ms,proved_optimal,hard,soft,skipped,error\r\n/);
    expect(r.err).toBe(""); // not a terminal: no progress line
  });

  it("plans a spec that takes its people from a CSV form (imports) as `yishi plan` does, and reports a broken form as its bad input", async () => {
    const dir = mkdtempSync(join(tmpdir(), "yishi-batch-imports-"));
    const example = parse(readFileSync(EXAMPLE, "utf8")) as Record<string, unknown> & { people: { id: string; name: string; roles: string[] }[] };
    const roles: Record<string, string> = { mayor: "区长", "executive-deputy": "常务副区长", deputy: "副区长", "party-group-member": "党组成员", "office-director": "政府办主任", "department-head": "部门主要负责人", "duty-staff": "值班人员" };
    const csv = ["编号,姓名,角色", ...example.people.map((p) => [p.id, p.name, p.roles.map((r) => roles[r]).join("、")].join(","))].join("\r\n");
    writeFileSync(join(dir, "people.csv"), `\ufeff${csv}\r\n`);
    // A broken form: one person's role is not a role.
    writeFileSync(join(dir, "broken.csv"), `\ufeff${csv.replace("区长", "大区长")}\r\n`);
    const { people: _people, ...rest } = example;
    writeFileSync(join(dir, "gov-forms.yaml"), stringify({ ...rest, imports: { people: "people.csv" } }));
    writeFileSync(join(dir, "gov-broken.yaml"), stringify({ ...rest, imports: { people: "broken.csv" } }));
    const out = tmp();
    const r = await runCaptured(["batch", dir, "--period", "2026Q1", "--out", out, "--workers", "1", "--format", "json"]);
    const summary = JSON.parse(r.out) as { governments: { government: string; status: string; error?: string }[] };
    expect(summary.governments.find((g) => g.government === "gov-forms")!.status).toBe("planned");
    const single = tmp();
    expect((await runCaptured(["plan", join(dir, "gov-forms.yaml"), "--period", "2026Q1", "--out", single])).code).toBe(0);
    expect(read(out, "gov-forms", "plan.json")).toBe(read(single, "plan.json"));
    const broken = summary.governments.find((g) => g.government === "gov-broken")!;
    expect(broken.status).toBe("bad-input");
    const alone = await runCaptured(["plan", join(dir, "gov-broken.yaml"), "--period", "2026Q1", "--out", tmp()]);
    expect(`yishi: ${broken.error}\n`).toBe(alone.err);
    expect(broken.error).toContain("broken.csv");
  });

  it("skips governments whose inputs are unchanged, plans a changed one, and plans all with --force", async () => {
    const province = writeTestProvince(3);
    const out = tmp();
    const args = ["batch", province.dir, "--period", "2026Q1", "--out", out, "--workers", "2", "--format", "json"];
    const first = JSON.parse((await runCaptured(args)).out) as { skipped: number };
    expect(first.skipped).toBe(0);
    const before = (name: string) => statSync(join(out, name, "plan.json")).mtimeMs;
    const stamps = Object.fromEntries(province.good.map((g) => [g, before(g)]));
    // A comment changes the text but not the spec: still unchanged (the key hashes the spec's content).
    const changed = province.good[1]!;
    const file = join(province.dir, `${changed}.yaml`);
    writeFileSync(file, `# reformatted\n${read(file)}`.replace("durationMinutes: 90", "durationMinutes: 60"));
    const second = JSON.parse((await runCaptured(args)).out) as { skipped: number; governments: { government: string; skipped: boolean; status: string }[] };
    expect(second.governments.filter((g) => g.skipped).map((g) => g.government)).toEqual(province.good.filter((g) => g !== changed));
    // The bad spec is planned (and reported) again: nothing was written for it to resume from.
    expect(second.governments.find((g) => g.government === province.bad)).toMatchObject({ skipped: false, status: "bad-input" });
    for (const g of province.good) {
      if (g === changed) expect(before(g)).toBeGreaterThan(stamps[g]!);
      else expect(before(g)).toBe(stamps[g]);
    }
    writeFileSync(file, `# only a comment\n${read(file)}`);
    const third = JSON.parse((await runCaptured(args)).out) as { skipped: number };
    expect(third.skipped).toBe(3);
    const forced = JSON.parse((await runCaptured([...args, "--force"])).out) as { skipped: number };
    expect(forced.skipped).toBe(0);
    // Four batch runs, two of them planning every government: about 15 s alone, twice that on a loaded machine.
  }, 120_000);

  it("refuses a bad period and a bad worker count before planning anything", async () => {
    const province = writeTestProvince(1);
    const period = await runCaptured(["batch", province.dir, "--period", "2026Q5", "--out", tmp()]);
    expect(period.code).toBe(2);
    expect(period.err).toContain("PERIOD_INVALID");
    const workers = await runCaptured(["batch", province.dir, "--period", "2026Q1", "--workers", "0", "--out", tmp()]);
    expect(workers.code).toBe(2);
    expect(workers.err).toContain("--workers");
  });
});
