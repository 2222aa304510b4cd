import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parsePlan } from "@yishi/domain";
import { runCaptured } from "./test-run.js";
import { encodeGb18030 } from "./test-encode-gb18030.js";

/**
 * Files saved by Notepad or WPS on Chinese Windows (GBK, UTF-16) are read
 * as what they are, said on stderr, and planned with the right names; bytes
 * that are no text are refused naming the file.
 */
const EXAMPLE = resolve(import.meta.dirname, "../../../examples/zhongshan-2026q1.yaml");
const exampleText = readFileSync(EXAMPLE, "utf8");
const dir = mkdtempSync(join(tmpdir(), "yishi-encodings-"));

function write(name: string, bytes: Uint8Array | string): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

const utf16le = (text: string) => Uint8Array.from(Buffer.from(text, "utf16le"));
const utf16be = (text: string) => utf16le(text).map((_, i, b) => b[i % 2 === 0 ? i + 1 : i - 1]!);

describe("input files in the encodings Chinese Windows saves", () => {
  it("plans a GBK copy of the example with the right Chinese names, saying it read GB18030", async () => {
    const spec = write("gbk.yaml", encodeGb18030(exampleText));
    const [gbk, utf8] = [join(dir, "out-gbk"), join(dir, "out-utf8")];
    const r = await runCaptured(["plan", spec, "--period", "2026Q1", "--out", gbk]);
    expect(r.code).toBe(0);
    expect(r.err).toBe(`读取 ${spec}：GB18030 编码 / read ${spec} as GB18030\n`);
    expect(r.out).toContain("六盘水市钟山区人民政府 2026Q1");
    const plan = parsePlan(readFileSync(join(gbk, "plan.json"), "utf8"));
    expect(plan.meetings.map((m) => m.title)).toContain("区政府常务会议（2026年第一季度第1次）");
    // The same plan as from the UTF-8 original, names and all.
    expect((await runCaptured(["plan", EXAMPLE, "--period", "2026Q1", "--out", utf8])).code).toBe(0);
    expect(plan).toEqual(parsePlan(readFileSync(join(utf8, "plan.json"), "utf8")));
  }, 60_000);

  it.each([
    ["UTF-16 LE with a BOM", "utf16le-bom.yaml", Uint8Array.from([0xff, 0xfe, ...utf16le(exampleText)]), "UTF-16LE"],
    ["UTF-16 BE with a BOM", "utf16be-bom.yaml", Uint8Array.from([0xfe, 0xff, ...utf16be(exampleText)]), "UTF-16BE"],
    ["UTF-16 LE without a BOM", "utf16le.yaml", utf16le(exampleText), "UTF-16LE"],
  ])("validates the example saved as %s and says so", async (_, name, bytes, encoding) => {
    const spec = write(name, bytes);
    const r = await runCaptured(["validate", spec]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("有效（六盘水市钟山区人民政府）");
    expect(r.err).toBe(`读取 ${spec}：${encoding} 编码 / read ${spec} as ${encoding}\n`);
  });

  it("reads UTF-8 with a BOM without a note", async () => {
    const spec = write("utf8-bom.yaml", Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(exampleText)]));
    const r = await runCaptured(["validate", spec]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("有效（六盘水市钟山区人民政府）");
    expect(r.err).toBe("");
  });

  it("reads a GBK holiday file with its holiday names", async () => {
    const holidays = write(
      "2031.json",
      encodeGb18030(JSON.stringify({ year: 2031, papers: [], days: [{ name: "春节", date: "2031-01-23", isOffDay: true }, { name: "春节", date: "2031-01-26", isOffDay: false }] })),
    );
    const r = await runCaptured(["workdays", "is", "2031-01-23", "--holidays", holidays]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("春节");
    expect(r.err).toBe(`读取 ${holidays}：GB18030 编码 / read ${holidays} as GB18030\n`);
  });

  it("refuses a file of random bytes, naming it, with exit 2", async () => {
    let x = 7;
    const spec = write("random.yaml", Uint8Array.from({ length: 3000 }, () => ((x = (x * 1103515245 + 12345) >>> 0) >>> 16) & 0xff));
    const r = await runCaptured(["validate", spec]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`yishi: FILE_ENCODING: ${spec}：文件不是 UTF-8、UTF-16 或 GB18030（GBK）编码的文本`);
    expect(r.err).toContain(`  ${spec}: cannot read the file as text`);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});
