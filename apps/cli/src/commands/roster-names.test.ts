import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { parsePlan, type DutyAssignment } from "@yishi/domain";
import { runCaptured } from "../test-run.js";

/** People and posts by name wherever the roster commands take ids (`--from 陈静`), and answers that name people. */
const EXAMPLE = fileURLToPath(new URL("../../../../examples/zhongshan-2026q1.yaml", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "yishi-roster-names-"));
const planFile = join(dir, "roster.plan.json");
const NAMES: Record<string, string> = { "li-na": "李娜", "wang-qiang": "王强", "liu-yang": "刘洋", "chen-jing": "陈静", "yang-fan": "杨帆", "zhao-lei": "赵磊" };
let duty: DutyAssignment;
let other: DutyAssignment;

beforeAll(async () => {
  expect((await runCaptured(["roster", EXAMPLE, "--period", "2026Q1", "--out", dir])).code).toBe(0);
  const roster = parsePlan(readFileSync(planFile, "utf8")).roster.filter((a) => a.post === "leader");
  duty = roster.find((a) => a.date === "2026-02-04")!;
  other = roster.find((a) => a.date > duty.date && a.person !== duty.person)!;
}, 60_000);

describe("names for ids on the roster commands", () => {
  it("takes names for --from, --to and --post and answers as the ids would, naming the people", async () => {
    const byId = await runCaptured(["roster", "swap", EXAMPLE, planFile, "--date", duty.date, "--post", "leader", "--from", duty.person, "--to", other.person]);
    const byName = await runCaptured(["roster", "swap", EXAMPLE, planFile, "--date", duty.date, "--post", "带班领导", "--from", NAMES[duty.person]!, "--to", NAMES[other.person]!]);
    expect(byName).toEqual(byId);
    expect(byName.out).toContain(`${duty.date} 带班领导: ${NAMES[duty.person]}（${duty.person}） → ${NAMES[other.person]}（${other.person}）`);
    const en = await runCaptured(["roster", "swap", EXAMPLE, planFile, "--date", duty.date, "--post", "leader", "--from", duty.person, "--to", other.person, "--lang", "en"]);
    expect(en.out).toContain(`${NAMES[duty.person]} (${duty.person}) → ${NAMES[other.person]} (${other.person})`);
  });

  it("takes a name for --person of replace", async () => {
    const spec = join(dir, "absent.yaml");
    writeFileSync(spec, readFileSync(EXAMPLE, "utf8").replace("absences:\n", `absences:\n  - { person: ${duty.person}, from: ${duty.date}, to: ${duty.date}, kind: session }\n`));
    const r = await runCaptured(["roster", "replace", spec, planFile, "--date", duty.date, "--post", "leader", "--person", NAMES[duty.person]!]);
    expect(r.code).toBe(0);
    expect(r.out.split("\n")[0]).toContain(`${duty.date} 带班领导: ${NAMES[duty.person]}（${duty.person}） → `);
  }, 30_000);

  it("refuses a name two people share, listing both with ids and titles", async () => {
    const spec = join(dir, "namesakes.yaml");
    writeFileSync(spec, readFileSync(EXAMPLE, "utf8").replace("  - { id: hu-yan,      name: 胡燕,", "  - { id: chen-jing-2, name: 陈静, roles: [duty-staff], unit: gov-office }\n  - { id: hu-yan,      name: 胡燕,"));
    const r = await runCaptured(["roster", "swap", spec, planFile, "--date", duty.date, "--post", "leader", "--from", "陈静", "--to", other.person]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('yishi: USAGE: --from: "陈静" names 2 people: chen-jing (陈静, 副区长), chen-jing-2 (陈静, gov-office); give the id');
    expect(r.err).not.toContain("    at ");
  });

  it("suggests close spellings of an unknown name or id", async () => {
    const name = await runCaptured(["roster", "swap", EXAMPLE, planFile, "--date", duty.date, "--post", "leader", "--from", "陈晶", "--to", other.person]);
    expect(name.code).toBe(2);
    expect(name.err).toContain('--from: unknown person "陈晶" (did you mean chen-jing (陈静, 副区长)?)');
    const id = await runCaptured(["roster", "replace", EXAMPLE, planFile, "--date", duty.date, "--post", "leadr", "--person", duty.person]);
    expect(id.err).toContain('--post: unknown duty post "leadr" (did you mean leader (带班领导)?)');
  });
});
