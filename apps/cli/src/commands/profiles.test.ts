import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCaptured } from "../test-run.js";

const run = (...argv: string[]) => runCaptured(argv);

describe("yishi profiles", () => {
  it("lists every shipped profile with id, name, jurisdiction, parent and rule count", async () => {
    const { code, out, err } = await run("profiles");
    expect({ code, err }).toEqual({ code: 0, err: "" });
    const [list, note] = out.trimEnd().split("\n\n");
    const lines = list!.split("\n");
    expect(note).toContain("004 第四篇 通州区");
    expect(note).toContain("第五篇 朝阳区");
    expect(lines.map((l) => l.split("  ")[0])).toEqual(["default", "钟山区 (zhongshan)", "依安县 (yian)", "常州市 (changzhou)", "江干区 (jianggan)", "北京市 (beijing)", "西城区 (xicheng)", "房山区 (fangshan)"]);
    expect(lines[6]).toMatch(/^西城区 \(xicheng\) {2}北京市西城区人民政府工作规则 {2}· {2}辖区 西城区 {2}· {2}继承 北京市 {2}· {2}\d+ 条规则（本级 \d+ 条）$/);
    expect((await run("profiles", "list", "--lang", "en")).out).toContain("jurisdiction 房山区  ·  extends 北京市  ·");
    const json = JSON.parse((await run("profiles", "list", "--format", "json")).out) as { id: string; ruleCount: number }[];
    expect(json).toHaveLength(8);
  });

  it("shows a profile with every rule's severity, scope, params and quoted article", async () => {
    const { code, out } = await run("profiles", "show", "zhongshan");
    expect(code).toBe(0);
    expect(out).toContain("[hard] executive.max-items  agenda.max-items\n");
    expect(out).toContain('  参数: {"max":15,"approvalOverrides":true}\n');
    expect(out).toContain("  范围: 常务会议\n");
    expect(out).toContain("  钟山区 第四十五条 “区人民政府常务会议议题原则上每次不超过15个;");
    expect(out).toContain("规则冲突: 无");
  });

  it("shows in English, marks inherited rules and the overlaps that are not conflicts", async () => {
    const { out } = await run("profiles", "show", "xicheng", "--lang", "en");
    expect(out).toContain("  scope: conference\n");
    expect(out).toContain("[hard] conference.no-monday  calendar.no-weekday  (inherited from 北京市)");
    expect(out).toContain("  北京市 三十九 “坚持周一无会日制度,除连续召开的会议外,周一不安排全市性大会;”");
    expect(out).toMatch(/executive\.monday .*× 西城区 conference\.no-monday .*no conflict: scopes differ/);
  });

  it("lists every article the seeds make checkable, marking which are encoded and why the others are not", async () => {
    const { code, out } = await run("profiles", "show", "zhongshan", "--lang", "en");
    expect(code).toBe(0);
    expect(out).toMatch(/\ncheckable articles \(what the seeds let a plan break\): \d+, \d+ encoded, \d+ partly, \d+ not encoded, \d+ replaced\n/);
    expect(out).toContain("  ✓ 钟山区 第四十五条  at most 15 items per executive meeting, more with the mayor's approval  [executive.max-items]\n");
    expect(out).toMatch(/ {2}✗ 钟山区 第四十四条 .* — not encoded: needs a fact the spec cannot state: which departments an item concerns/);
    const xicheng = (await run("profiles", "show", "西城区")).out;
    expect(xicheng).toContain("  ↷ 北京市 三十四（继承自 北京市）  常务会议由市长召集和主持，一般每月1至2次 — 由西城区 二十八取代\n");
    const json = JSON.parse((await run("profiles", "show", "default", "--format", "json")).out) as { articles: { citation: string; status: string; listed: boolean }[] };
    expect(json.articles.find((a) => a.citation === "北京市 三十九")).toMatchObject({ status: "encoded", listed: false });
    expect(json.articles.find((a) => a.citation === "钟山区 第四十四条")).toMatchObject({ status: "not-encoded", listed: true });
  });

  it("prints a profile as JSON", async () => {
    const profile = JSON.parse((await run("profiles", "show", "房山区", "--format", "json")).out) as { id: string; extends: string; rules: { id: string }[] };
    expect(profile.id).toBe("房山区");
    expect(profile.extends).toBe("北京市");
    expect(profile.rules.map((r) => r.id)).toContain("agenda.sponsor-attends");
  });

  it("shows the effective profile of a spec", async () => {
    const example = fileURLToPath(new URL("../../../../examples/zhongshan-2026q1.yaml", import.meta.url));
    const { code, out, err } = await run("profiles", "show", "--spec", example, "--lang", "en");
    expect({ code, err }).toEqual({ code: 0, err: "" });
    expect(out).toContain("default — Default (Zhongshan rules + Beijing's no-Monday rule)");
  });

  it("diffs two profiles rule by rule with both citations", async () => {
    const { code, out } = await run("profiles", "diff", "西城区", "zhongshan", "--lang", "en");
    expect(code).toBe(0);
    expect(out).toMatch(/^西城区 ↔ 钟山区: \d+ same, \d+ different, \d+ only in 西城区, \d+ only in 钟山区\n/);
    expect(out).toContain("= cadence.every-n-weeks  [executive]\n    西城区: executive.cadence hard");
    expect(out).toContain("— 钟山区 第四十条 “区人民政府常务会议原则上每2周召开1次,也可根据工作需要适时召开。”");
    expect(out).toContain("> agenda.max-items  [executive]  only in 钟山区");
    expect(out).toMatch(/overlaps:\n {2}西城区 executive\.monday .*no conflict: scopes differ/);
    const json = JSON.parse((await run("profiles", "diff", "xicheng", "fangshan", "--format", "json")).out) as { a: string; b: string; rules: unknown[] };
    expect([json.a, json.b]).toEqual(["西城区", "房山区"]);
  });

  it.each([
    [["profiles", "show", "海淀区"]],
    [["profiles", "diff", "西城区", "nowhere"]],
  ])("exits 2 with a clear message on an unknown id: %j", async (argv) => {
    const { code, out, err } = await run(...argv);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain("yishi: PROFILE_UNKNOWN: unknown rule profile");
    expect(err).toContain("known profiles: default, 钟山区 (zhongshan)");
    expect(err).not.toMatch(/\n\s+at /);
  });

  it("asks for an id when none is given", async () => {
    const { code, err } = await run("profiles", "show");
    expect(code).toBe(2);
    expect(err).toContain("yishi: USAGE:");
  });
});
