import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parsePlan } from "@yishi/domain";
import { addDays } from "@yishi/calendar";
import { runCaptured } from "../test-run.js";

const EXAMPLE = fileURLToPath(new URL("../../../../examples/zhongshan-2026q1.yaml", import.meta.url));

const run = (...argv: string[]) => runCaptured(argv);

describe("yishi roster", () => {
  const dir = mkdtempSync(join(tmpdir(), "yishi-cli-roster-"));

  it("prints the 值班表 with counts and spreads, and writes roster.csv with a BOM", async () => {
    const { code, out } = await run("roster", EXAMPLE, "--period", "2026Q1", "--out", dir);
    expect(code).toBe(0);
    expect(out).toContain("六盘水市钟山区人民政府 2026Q1 值班表");
    expect(out).toMatch(/2026-01-01 {2}星期四 {2}元旦/);
    expect(out).toContain("0858-8222110");
    expect(out).toContain("值班统计");
    expect(out).toMatch(/带班领导: 总数 1, 重点日 [01]/);
    expect(out).toContain("已证明最优");
    expect(out).toContain("注意：黄敏（huang-min）不是区政府领导，未安排带班领导");
    const csv = readFileSync(join(dir, "roster.csv"), "utf8");
    expect(csv.startsWith("\uFEFF日期,星期,节假日,带班领导,值班人员,值班电话\r\n")).toBe(true);
    expect(csv.split("\r\n").filter((l) => l !== "")).toHaveLength(91);
    expect(readdirSync(dir).sort()).toEqual(["roster.csv", "roster.plan.json"]);
    const plan = parsePlan(readFileSync(join(dir, "roster.plan.json"), "utf8"));
    expect(plan.roster.length).toBeGreaterThan(90);
    expect(plan.recurringDuties.every((a) => a.duty === "petition")).toBe(true);
  });

  it("prints English headers with --lang en", async () => {
    const { code, out } = await run("roster", EXAMPLE, "--period", "2026-01", "--lang", "en");
    expect(code).toBe(0);
    expect(out).toContain("leader on duty");
    expect(out).toContain("New Year's Day");
  });

  it("answers a swap request yes, or no with the article", async () => {
    await run("roster", EXAMPLE, "--period", "2026Q1", "--out", dir);
    const planFile = join(dir, "roster.plan.json");
    const plan = parsePlan(readFileSync(planFile, "utf8"));
    const duty = plan.roster.find((a) => a.post === "staff" && a.date === "2026-01-07")!;
    const yesterday = plan.roster.find((a) => a.post === "staff" && a.date === addDays(duty.date, -1))!;
    const no = await run("roster", "swap", EXAMPLE, planFile, "--date", duty.date, "--post", "staff", "--from", duty.person, "--to", yesterday.person);
    expect(no.code).toBe(1);
    expect(no.out).toContain("不能调换");
    const free = ["hu-yan", "guo-peng", "he-xin", "lin-hao", "luo-qian", "song-bo", "zheng-yu", "xie-ting", "han-dong", "tang-yi"].find(
      (p) => !plan.roster.some((a) => a.person === p && a.date >= addDays(duty.date, -1) && a.date <= addDays(duty.date, 1)),
    )!;
    const yes = await run("roster", "swap", EXAMPLE, planFile, "--date", duty.date, "--post", "staff", "--from", duty.person, "--to", free);
    expect(yes.code).toBe(0);
    expect(yes.out).toContain("可以调换");
  });

  it("rejects a swap of a duty that is not in the plan, without a stack trace", async () => {
    const planFile = join(dir, "roster.plan.json");
    const { code, err } = await run("roster", "swap", EXAMPLE, planFile, "--date", "2026-01-07", "--post", "staff", "--from", "zhang-wei", "--to", "hu-yan");
    expect(code).toBe(2);
    expect(err).toContain("zhang-wei is not on duty");
    expect(err).not.toContain("    at ");
  });

  it("names the option when a person or post is unknown, and refuses another organization's plan", async () => {
    const planFile = join(dir, "roster.plan.json");
    const swap = (...over: string[]) => run("roster", "swap", EXAMPLE, planFile, "--date", "2026-01-07", "--post", "staff", "--from", "hu-yan", "--to", "li-na", ...over);
    const to = await swap("--to", "ghost");
    expect(to.code).toBe(2);
    expect(to.err).toContain('--to: unknown person "ghost" (expected a person id or name of the spec: ');
    const post = await swap("--post", "chef");
    expect(post.err).toContain('--post: unknown duty post "chef" (expected a duty post id or name of the spec: leader, staff)');
    const replace = await run("roster", "replace", EXAMPLE, planFile, "--date", "2026-01-07", "--post", "staff", "--person", "ghost");
    expect(replace.err).toContain('--person: unknown person "ghost"');
    const other = join(dir, "other-org.plan.json");
    writeFileSync(other, JSON.stringify({ ...JSON.parse(readFileSync(planFile, "utf8")), organization: "xicheng" }));
    const wrong = await run("roster", "swap", EXAMPLE, other, "--date", "2026-01-07", "--post", "staff", "--from", "hu-yan", "--to", "li-na");
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain(`${other}: the plan is for organization "xicheng"`);
    for (const r of [to, post, replace, wrong]) expect(r.err).not.toContain("    at ");
  });

  it("finds a replacement for a leader who cannot serve", async () => {
    const planFile = join(dir, "roster.plan.json");
    const plan = parsePlan(readFileSync(planFile, "utf8"));
    const lead = plan.roster.find((a) => a.post === "leader" && a.date === "2026-02-04")!;
    const spec = readFileSync(EXAMPLE, "utf8").replace("absences:\n", `absences:\n  - { person: ${lead.person}, from: ${lead.date}, to: ${lead.date}, kind: session }\n`);
    const specFile = join(dir, "spec.yaml");
    writeFileSync(specFile, spec);
    const { code, out } = await run("roster", "replace", specFile, planFile, "--date", lead.date, "--post", "leader", "--person", lead.person);
    expect(code).toBe(0);
    const named = `\\p{Script=Han}+（${lead.person}）`;
    expect(out.split("\n")[0]).toMatch(new RegExp(`^调换: ${lead.date} 带班领导: ${named} → \\p{Script=Han}+（\\S+）; \\d{4}-\\d{2}-\\d{2} 带班领导: \\p{Script=Han}+（\\S+） → ${named}$`, "u"));
  });
});

describe("yishi roster and yishi plan: seats no roster can fill", () => {
  const dir = mkdtempSync(join(tmpdir(), "yishi-cli-roster-empty-"));
  // Six staff, two a day over the Spring Festival, one rest day; three away 02-15…18: 6 duties for 8 seats.
  const spec = join(dir, "spec.yaml");
  writeFileSync(
    spec,
    [
      "organization: { id: t, name: 测试县人民政府, jurisdiction: 钟山区 }",
      "people:",
      "  - { id: m, name: 县长, roles: [mayor] }",
      ...[1, 2, 3, 4, 5, 6].map((k) => `  - { id: s${k}, name: 值班员${k}, roles: [duty-staff] }`),
      "absences:",
      ...[1, 2, 3].map((k) => `  - { person: s${k}, from: 2026-02-15, to: 2026-02-18, kind: travel }`),
      "duty: { restDays: 1, posts: [{ id: staff, name: 值班人员, perDay: 1, perHeavyDay: 2, pool: [s1, s2, s3, s4, s5, s6] }] }",
      "",
    ].join("\n"),
  );

  it("yishi roster says why, run by run, that they are empty in every roster, and exits 3", async () => {
    const { code, out } = await run("roster", spec, "--period", "2026-02", "--lang", "en");
    expect(code).toBe(3);
    expect(out).toContain("Empty seats (no roster fills these seats):\n  - 值班人员: 2026-02-15 to 2026-02-16 needs 4 duties; its 6 people (值班员1, 值班员2, 值班员3 not available) can take at most 3");
    expect(out).not.toContain("gap to bound");
  });

  it("yishi plan lists them as proved, claims no fairness bound, and exits 3", async () => {
    const { code, out } = await run("plan", spec, "--period", "2026-02", "--out", join(dir, "out"));
    expect(code).toBe(3);
    expect(out).toContain("无法同时满足全部硬性规则");
    expect(out).toContain("值班人员：2026-02-17至2026-02-18共需4人次");
    expect(out).toContain("已给出违反最少的方案");
    expect(out).not.toContain("值班公平：未证明最优");
    const plan = parsePlan(readFileSync(join(dir, "out", "plan.json"), "utf8"));
    const roster = plan.solve.find((s) => s.problem === "roster")!;
    expect(roster).toMatchObject({ optimal: false, infeasibleProved: true });
    expect(roster.bound).toBeUndefined();
  });
});
