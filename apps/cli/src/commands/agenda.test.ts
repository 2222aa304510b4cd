import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCaptured } from "../test-run.js";

const EXAMPLE = fileURLToPath(new URL("../../../../examples/zhongshan-2026q1.yaml", import.meta.url));

const run = (...argv: string[]) => runCaptured(argv);

describe("yishi agenda", () => {
  it("plans the meetings, then prints each agenda with start times and the items not placed", async () => {
    const { code, out } = await run("agenda", EXAMPLE, "--period", "2026Q1");
    expect(code).toBe(0);
    expect(out).toMatch(/区政府常务会议（2026年第一季度第1次） {2}2026-01-15 09:00–12:00 {2}区政府4楼常务会议室 {2}\[exec#1\]/);
    expect(out).toMatch(/ 1\. 09:00 {3}20分钟 {2}A01 审议《钟山区2026年政府投资项目计划》 {2}区发展和改革局 {2}李娜/);
    expect(out).toContain("专题会议  2026-01-16"); // 14 Jan: 王强 sits in the plenary; 15 Jan: the executive meeting
    expect(out).toContain("未安排的议题 (2)");
    expect(out).toContain("A13 研究区政务服务中心窗口调整  [not-listable");
    expect(out).toContain("钟山区 第四十六条");
    // A normative document with no legal review (钟山区 第十八条).
    expect(out).toContain("A14 审议《钟山区公共卫生应急预案》修订稿  [review-missing");
    expect(out).toContain("钟山区 第十八条");
    expect(out).toContain("(已证明最优)");
  });

  it("shows one meeting of a plan file, in English or as JSON", async () => {
    const dir = mkdtempSync(join(tmpdir(), "yishi-cli-agenda-"));
    expect((await run("plan", EXAMPLE, "--period", "2026Q1", "--out", dir)).code).toBeLessThan(2);
    const planFile = join(dir, "plan.json");
    const en = await run("agenda", EXAMPLE, planFile, "--meeting", "exec#4", "--lang", "en");
    expect(en.code).toBe(0);
    expect(en.out).toContain("[exec#4]  1/15min");
    expect(en.out).toMatch(/ 1\. 09:00 {3}15min {2}A06 /);
    expect(en.out).not.toContain("exec#5");
    const json = await run("agenda", EXAMPLE, planFile, "--meeting", "exec#1", "--format", "json");
    const parsed = JSON.parse(json.out) as { meetings: { id: string; totalMinutes: number; agenda: { item: string; start: string }[] }[]; notices: { item: string }[] };
    expect(parsed.meetings.map((m) => m.id)).toEqual(["exec#1"]);
    // A03's and A04's materials and legal reviews come after 15 January (钟山区 第四十三条, 第二十条, 第十八条).
    expect(parsed.meetings[0]!.agenda.map((e) => e.item)).toEqual(["A01", "A02", "A05"]);
    expect(parsed.meetings[0]!.totalMinutes).toBe(45);
    expect(parsed.notices.map((n) => n.item).sort()).toEqual(["A01", "A02", "A05"]);
  });

  it("explains a bad meeting id, a missing period and a plan of another organization (exit 2, no stack trace)", async () => {
    const unknown = await run("agenda", EXAMPLE, "--period", "2026Q1", "--meeting", "exec#99");
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('unknown meeting "exec#99"');
    expect(unknown.err).toContain("exec#1");
    const noPeriod = await run("agenda", EXAMPLE);
    expect(noPeriod.code).toBe(2);
    expect(noPeriod.err).toContain("--period");
    const dir = mkdtempSync(join(tmpdir(), "yishi-cli-agenda-"));
    const other = join(dir, "other.json");
    writeFileSync(other, JSON.stringify({ schema: "yishi.plan/v1", organization: "elsewhere", profile: "default", period: { from: "2026-01-01", to: "2026-03-31", label: "2026Q1" } }));
    const wrong = await run("agenda", EXAMPLE, other);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('organization "elsewhere"');
    expect(wrong.err).not.toMatch(/\n\s+at /);
  });
});
