import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parsePlan } from "@yishi/domain";
import { todayInShanghai } from "@yishi/calendar";
import { findUnlistedDifferences } from "@yishi/solver";
import { runCaptured } from "../test-run.js";

const EXAMPLE = resolve(import.meta.dirname, "../../../../examples/zhongshan-2026q1.yaml");

const run = (...argv: string[]) => runCaptured(argv);

const tmp = () => mkdtempSync(join(tmpdir(), "yishi-plan-"));

describe("yishi plan", () => {
  it("plans the bundled example with no hard violation, writes plan.json and prints dates with Chinese weekdays", async () => {
    const dir = tmp();
    const r = await run("plan", EXAMPLE, "--period", "2026Q1", "--out", dir);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const plan = parsePlan(readFileSync(join(dir, "plan.json"), "utf8"));
    expect(plan.schema).toBe("yishi.plan/v1");
    expect(plan.violations.filter((v) => v.severity === "hard")).toEqual([]);
    const exec = plan.meetings.filter((m) => m.series === "exec");
    expect(exec.length).toBeGreaterThanOrEqual(6);
    expect(r.out).toContain("区政府常务会议");
    expect(r.out).toMatch(/2026-01-\d\d 星期[一二三四五六日] 09:00–12:00 区政府4楼常务会议室 {2}exec#1/);
    expect(r.out).toContain("违反规则：硬性 0 条");
  });

  it("writes the exports asked for beside plan.json, and names an unknown format", async () => {
    const dir = tmp();
    const r = await run("plan", EXAMPLE, "--period", "2026Q1", "--out", dir, "--export", "ics,html");
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, "plan.ics"), "utf8")).toContain("BEGIN:VCALENDAR");
    expect(readFileSync(join(dir, "plan.html"), "utf8")).toContain("区政府常务会议");
    expect(existsSync(join(dir, "plan.xlsx"))).toBe(false);
    const badDir = tmp();
    const bad = await run("plan", EXAMPLE, "--period", "2026Q1", "--out", badDir, "--export", "pdf");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('unknown format "pdf"');
    // Rejected while parsing the arguments: nothing planned, nothing written.
    expect(existsSync(join(badDir, "plan.json"))).toBe(false);
  });

  it("summarises agendas, the roster and the items left off", async () => {
    const r = await run("plan", EXAMPLE, "--period", "2026Q1", "--out", tmp());
    expect(r.out).toMatch(/exec#1 议题\d+项/);
    expect(r.out).toMatch(/值班表：90 天/);
    expect(r.out).toContain("区领导接待群众来访日");
    expect(r.out).toMatch(/未安排的议题（\d+ 项）/);
  });

  it("refuses --period given twice instead of silently planning the last one", async () => {
    const r = await run("plan", EXAMPLE, "--period", "2026Q1", "--period", "2026Q2");
    expect(r.code).toBe(2);
    expect(r.err).toContain('given twice ("2026Q1", then "2026Q2")');
  });

  it("never leaves a previous run's export beside a new plan.json", async () => {
    const dir = tmp();
    await run("plan", EXAMPLE, "--period", "2026Q1", "--out", dir, "--export", "ics,html");
    expect(existsSync(join(dir, "plan.html"))).toBe(true);
    await run("plan", EXAMPLE, "--period", "2026Q1", "--out", dir, "--export", "ics");
    expect(existsSync(join(dir, "plan.ics"))).toBe(true);
    expect(existsSync(join(dir, "plan.html"))).toBe(false);
  });

  it("is deterministic: two runs write byte-identical plan.json", async () => {
    const [a, b] = [tmp(), tmp()];
    await run("plan", EXAMPLE, "--period", "2026Q1", "--out", a);
    await run("plan", EXAMPLE, "--period", "2026Q1", "--out", b, "--format", "json");
    expect(readFileSync(join(b, "plan.json"), "utf8")).toBe(readFileSync(join(a, "plan.json"), "utf8"));
  });

  it("exits 3 on an infeasible spec, still writing the best plan and saying why in the planner's words", async () => {
    const dir = tmp();
    const spec = readFileSync(EXAMPLE, "utf8").replace(
      "absences:\n",
      "absences:\n" + ["wang-qiang", "liu-yang", "chen-jing", "yang-fan", "zhao-lei"].map((p) => `  - { person: ${p}, from: 2026-02-01, to: 2026-02-28, kind: session, reason: 省人代会 }\n`).join(""),
    );
    const file = join(dir, "spec.yaml");
    writeFileSync(file, spec);
    const r = await run("plan", file, "--period", "2026Q1", "--out", dir);
    expect(r.code).toBe(3);
    expect(existsSync(join(dir, "plan.json"))).toBe(true);
    expect(r.out).toContain("无法同时满足全部硬性规则");
    expect(r.out).toContain("区政府常务会议需要在");
    expect(r.out).toMatch(/硬性:\n(?: {2}- .*\n)* {2}- 区政府常务会议（2026年第一季度第\d次）.*需至少5人方可召开 \(钟山区 第四十条\)/);
  });

  it("two pinned meetings closer than the cadence allows: the plan is written and the broken spacing reported, no internal error", async () => {
    const dir = tmp();
    const spec = readFileSync(EXAMPLE, "utf8").replace("    room: room-401\n", "    room: room-401\n    pinned: [{ date: 2026-01-15 }, { date: 2026-01-20 }]\n");
    expect(spec).toContain("pinned: [{ date: 2026-01-15 }");
    const file = join(dir, "spec.yaml");
    writeFileSync(file, spec);
    const r = await run("plan", file, "--period", "2026Q1", "--out", dir);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect([1, 3]).toContain(r.code);
    const plan = parsePlan(readFileSync(join(dir, "plan.json"), "utf8"));
    expect(plan.violations.some((v) => v.severity === "hard" && v.citation.article === "第四十条")).toBe(true);
    expect(r.out).toContain("指定日期本身违反会议间隔");
  });

  it("with the mayor away all quarter, the dropped mayor's office meetings are violations, and plan and check exit to match", async () => {
    const dir = tmp();
    const spec = readFileSync(EXAMPLE, "utf8").replace("absences:\n", "absences:\n  - { person: zhang-wei, from: 2026-01-01, to: 2026-03-31, kind: training, reason: 中央党校学习 }\n");
    const file = join(dir, "spec.yaml");
    writeFileSync(file, spec);
    const r = await run("plan", file, "--period", "2026Q1", "--out", dir);
    const plan = parsePlan(readFileSync(join(dir, "plan.json"), "utf8"));
    const missing = plan.violations.filter((v) => v.severity === "hard" && v.message.zh.includes("区长办公会议"));
    expect(missing.length).toBeGreaterThan(0);
    expect([1, 3]).toContain(r.code);
    const checked = await run("check", file, join(dir, "plan.json"));
    expect(checked.code).toBe(1);
  });

  it.each([
    [["plan", EXAMPLE, "--period", "2026Q5"], "PERIOD_INVALID"],
    [["plan", "no-such.yaml", "--period", "2026Q1"], "FILE_NOT_FOUND"],
    [["plan", EXAMPLE, "--period", "2031Q1"], "UNKNOWN_HOLIDAY_YEAR"],
  ])("rejects %j with exit 2 and no stack trace", async (argv, code) => {
    const r = await run(...argv, "--out", tmp());
    expect(r.code).toBe(2);
    expect(r.err).toContain(`yishi: ${code}:`);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});

describe("yishi replan", () => {
  it("re-plans the bundled example after its sample change, saying what moved and why in people's names", async () => {
    const dir = tmp();
    await run("plan", EXAMPLE, "--period", "2026Q1", "--out", dir);
    const change = resolve(import.meta.dirname, "../../../../examples/zhongshan-2026q1.change.yaml");
    const out = tmp();
    const r = await run("replan", EXAMPLE, join(dir, "plan.json"), "--change", change, "--from", "2026-02-01", "--out", out);
    expect(r.code).toBe(0);
    // The inspection week (02-24..02-27) moves exec#4; the mayor's March session hands exec#5 to the executive deputy.
    expect(r.out).toMatch(/exec#4 改期 2026-02-26 09:00 → 2026-0[23]-\d\d 09:00：2026-02-26（星期四）在节后安全生产大检查期间/);
    expect(r.out).toMatch(/exec#5 更换召集人 2026-03-12 09:00 → 2026-03-1\d 09:00：召集人由张伟改为李娜/);
    expect(r.out).toContain("违反规则：硬性 0 条");
    // Every difference from the first plan is in changes[], and every change is printed.
    const before = parsePlan(readFileSync(join(dir, "plan.json"), "utf8"));
    const after = parsePlan(readFileSync(join(out, "plan.json"), "utf8"));
    expect(findUnlistedDifferences(before, after)).toEqual([]);
    expect(r.out).toContain(`调整（${after.changes.length} 项，2026-02-01以前的安排保持不变）：`);
    const printed = r.out.slice(r.out.indexOf("调整（")).split("\n\n")[0]!.split("\n").slice(1);
    expect(printed).toHaveLength(after.changes.length);
  });

  it("by default re-plans from today: a quarter already past is kept whole, and the exit code says what still breaks", async () => {
    const dir = tmp();
    await run("plan", EXAMPLE, "--period", "2026Q1", "--out", dir);
    const change = resolve(import.meta.dirname, "../../../../examples/zhongshan-2026q1.change.yaml");
    const out = tmp();
    const r = await run("replan", EXAMPLE, join(dir, "plan.json"), "--change", change, "--out", out);
    const before = parsePlan(readFileSync(join(dir, "plan.json"), "utf8"));
    const after = parsePlan(readFileSync(join(out, "plan.json"), "utf8"));
    // Today (Asia/Shanghai) is after 2026Q1 here, so --from clamps to its last day: nothing before it moves.
    expect(todayInShanghai() > "2026-03-31").toBe(true);
    expect(after.changes).toEqual([]);
    expect(after.meetings).toEqual(before.meetings);
    // exec#4 stays in the inspection week: a hard violation, exit 1, and said.
    expect(r.code).toBe(1);
    expect(r.out).toContain("2026-03-31以前的安排保持不变");
    expect(after.violations.some((v) => v.severity === "hard" && v.subjects.meetings.includes("exec#4"))).toBe(true);
  });

  it("moves only what a new trip touches and says what moved and why", async () => {
    const dir = tmp();
    await run("plan", EXAMPLE, "--period", "2026Q1", "--out", dir);
    const before = parsePlan(readFileSync(join(dir, "plan.json"), "utf8"));
    const third = before.meetings.find((m) => m.id === "exec#3")!;
    const change = join(dir, "change.yaml");
    writeFileSync(change, `absences:\n  - { person: zhang-wei, from: ${third.date}, to: ${third.date}, kind: travel, reason: 赴省城汇报 }\n  - { person: li-na, from: ${third.date}, to: ${third.date}, kind: travel, reason: 赴省城汇报 }\n`);
    const out = join(dir, "next");
    const r = await run("replan", EXAMPLE, join(dir, "plan.json"), "--change", change, "--from", "2026-02-01", "--out", out);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const after = parsePlan(readFileSync(join(out, "plan.json"), "utf8"));
    const moved = after.meetings.find((m) => m.id === "exec#3")!;
    expect(moved.date).not.toBe(third.date);
    expect(moved.sequence).toBe(1);
    for (const m of before.meetings.filter((x) => x.series === "exec" && x.id !== "exec#3")) {
      expect(after.meetings.find((x) => x.id === m.id)).toMatchObject({ date: m.date, sequence: 0 });
    }
    expect(after.changes.filter((c) => "meeting" in c && c.meeting.startsWith("exec#"))).toEqual([expect.objectContaining({ meeting: "exec#3", kind: "moved" })]);
    expect(r.out).toContain(`exec#3 改期 ${third.date} 09:00 → ${moved.date} 09:00`);
    expect(r.out).toContain("召集人不在");
  });

  it("rejects a bad change file with exit 2", async () => {
    const dir = tmp();
    await run("plan", EXAMPLE, "--period", "2026Q1", "--out", dir);
    const change = join(dir, "change.yaml");
    writeFileSync(change, "absences:\n  - { person: zhang-wei, from: 2026-02-30 }\n");
    const r = await run("replan", EXAMPLE, join(dir, "plan.json"), "--change", change, "--out", dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain("yishi: CHANGE_INVALID:");
  });
});
