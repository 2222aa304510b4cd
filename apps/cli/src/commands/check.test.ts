import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCaptured } from "../test-run.js";

const run = (...argv: string[]) => runCaptured(argv);

const dir = mkdtempSync(join(tmpdir(), "yishi-check-"));
const items = Array.from({ length: 16 }, (_, i) => ({ id: `I${i + 1}`, title: `议题${i + 1}`, unit: "fgj", responsibleLeader: "li", filedOn: "2026-03-02" }));
const spec = {
  organization: { id: "zs", name: "六盘水市钟山区人民政府", jurisdiction: "钟山区" },
  profile: { base: "default" },
  people: [
    { id: "zhang", name: "张伟", roles: ["mayor"] },
    { id: "li", name: "李娜", roles: ["executive-deputy"] },
    { id: "wang", name: "王强", roles: ["deputy"] },
    { id: "zhou", name: "周军", roles: ["department-head"], unit: "fgj" },
  ],
  units: [{ id: "fgj", name: "区发展和改革局", head: "zhou" }],
  bodies: [{ id: "executive", name: "区人民政府常务会议", type: "executive", members: ["zhang", "li", "wang"], convener: "zhang" }],
  series: [{ id: "exec", name: "区政府常务会议", type: "executive", body: "executive" }],
  agendaItems: items,
};
const meeting = (date: string, n: number) => ({
  id: "exec#1",
  series: "exec",
  type: "executive",
  title: "第1次常务会议",
  date,
  start: "09:00",
  end: "12:00",
  agenda: items.slice(0, n).map((x, i) => ({ item: x.id, order: i + 1, start: "09:00", minutes: 5 })),
});
const plan = (date: string, n: number, extra: Record<string, unknown> = {}) => ({
  schema: "yishi.plan/v1",
  organization: "zs",
  profile: "default",
  period: { from: "2026-03-02", to: "2026-03-13", label: "2026-03-02..2026-03-13" },
  meetings: [meeting(date, n)],
  ...extra,
});
const write = (name: string, data: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof data === "string" ? data : JSON.stringify(data));
  return path;
};
const specFile = write("spec.json", spec);

describe("yishi check", () => {
  it("passes a hand-made plan that keeps every rule: exit 0 and a summary", async () => {
    const { code, out, err } = await run("check", specFile, write("ok.json", plan("2026-03-10", 15)), "--lang", "en");
    expect({ code, err }).toEqual({ code: 0, err: "" });
    // A hand-made plan records nothing of what it was judged against: said under the verdict.
    expect(out).toBe("checked against profile default: no violations\nthe plan file records nothing of what it was judged against (made by hand or by an older Yishi); shown is the verdict against the current spec, profile and calendar\n");
  });

  it("reports hard violations grouped, with citation and message, and exits 1", async () => {
    const { code, out } = await run("check", specFile, write("bad.json", plan("2026-03-09", 16)));
    expect(code).toBe(1);
    const lines = out.trimEnd().split("\n");
    expect(lines[0]).toBe("硬性规则 (2)");
    expect(out).toContain("  2026-03-09  钟山区 第四十五条  [executive.max-items]\n      第1次常务会议（2026-03-09）有16个议题，未经区长同意最多15个 (钟山区 第四十五条)\n");
    expect(out).toContain("北京市 三十九");
    expect(lines.at(-2)).toBe("按规则配置 default 检查：共 2 项（硬性 2，建议性 0）");
    expect(lines.at(-1)).toContain("计划文件未记录其检查依据");
  });

  it("with --explain, quotes the article and says how to fix it under each violation", async () => {
    const { code, out } = await run("check", specFile, write("bad3.json", plan("2026-03-12", 16)), "--lang", "en", "--explain");
    expect(code).toBe(1);
    const lines = out.split("\n");
    const at = lines.findIndex((l) => l.includes("[executive.max-items]"));
    expect(lines[at + 2]).toMatch(/^ {6}why: 钟山区 第四十五条 says: “区人民政府常务会议议题原则上每次不超过15个;/);
    expect(lines[at + 2]).toContain("”");
    const plain = await run("check", specFile, write("bad4.json", plan("2026-03-12", 16)), "--lang", "en");
    expect(plain.out).not.toContain("why:");
  });

  it("prints JSON for scripts", async () => {
    const { code, out } = await run("check", specFile, write("bad2.json", plan("2026-03-12", 16)), "--format", "json");
    expect(code).toBe(1);
    const json = JSON.parse(out) as { violations: { rule: string; message: { en: string } }[]; summary: { hard: number; soft: number } };
    expect(json.summary).toEqual({ hard: 1, soft: 0 });
    expect(json.violations[0]!.message.en).toBe("第1次常务会议 (2026-03-12) has 16 items; at most 15 without the mayor's approval (钟山区 第四十五条)");
  });

  it("judges by another shipped profile with --profile", async () => {
    // 钟山区's own profile has no no-Monday rule: only the item cap remains.
    const { out } = await run("check", specFile, write("bad3.json", plan("2026-03-09", 16)), "--profile", "钟山区", "--format", "json");
    expect((JSON.parse(out) as { violations: { rule: string }[] }).violations.map((v) => v.rule)).toEqual(["executive.max-items"]);
  });

  it.each([
    ["a missing plan file", () => [specFile, join(dir, "nope.json")], "FILE_NOT_FOUND"],
    ["a plan that is not a plan", () => [specFile, write("junk.json", { hello: 1 })], "PLAN_INVALID"],
    ["a plan naming unknown items", () => [specFile, write("unknown.json", { ...plan("2026-03-10", 1), meetings: [{ ...meeting("2026-03-10", 1), agenda: [{ item: "X9", order: 1, start: "09:00", minutes: 5 }] }] })], "PLAN_INVALID"],
    ["a plan for another organization", () => [specFile, write("other.json", { ...plan("2026-03-10", 1), organization: "xc" })], "USAGE"],
  ])("rejects %s with exit 2 and no stack trace", async (_what, files, code) => {
    const result = await run("check", ...files());
    expect(result.code).toBe(2);
    expect(result.err).toContain(`yishi: ${code}:`);
    expect(result.err).not.toMatch(/\n\s+at /);
  });
});
