import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeText, type DecodedText } from "./decode-text.js";
import { watchInputEncodings } from "./decode-input-text.js";
import { readInputFile } from "./load-spec.js";
import { errorOf } from "./test-error-of.js";

const TEXT = "organization: { id: o, name: 中山区人民政府 }\npeople:\n  - { id: chen-jing, name: 陈静 }\n";
/** The same text as Notepad on Chinese Windows saves it ("ANSI", i.e. GBK): 中山区人民政府, 陈静 in two-byte codes. */
const GBK = Uint8Array.from([
  ...ascii("organization: { id: o, name: "), 0xd6, 0xd0, 0xc9, 0xbd, 0xc7, 0xf8, 0xc8, 0xcb, 0xc3, 0xf1, 0xd5, 0xfe, 0xb8, 0xae, ...ascii(" }\npeople:\n  - { id: chen-jing, name: "), 0xb3, 0xc2, 0xbe, 0xb2, ...ascii(" }\n"),
]);

function ascii(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0));
}
const utf16le = (text: string) => Uint8Array.from(Buffer.from(text, "utf16le"));
const utf16be = (text: string) => utf16le(text).map((_, i, b) => b[i % 2 === 0 ? i + 1 : i - 1]!);
const withPrefix = (prefix: number[], bytes: Uint8Array) => Uint8Array.from([...prefix, ...bytes]);

/** Seeded bytes (a linear congruential generator), so the refusal is the same on every run. */
function noise(length: number, seed = 15): Uint8Array {
  let x = seed;
  return Uint8Array.from({ length }, () => ((x = (x * 1103515245 + 12345) >>> 0) >>> 16) & 0xff);
}

describe("decodeText", () => {
  it.each<[string, Uint8Array, Omit<DecodedText, "text">]>([
    ["UTF-8", new TextEncoder().encode(TEXT), { encoding: "UTF-8", bom: false }],
    ["UTF-8 with a BOM", withPrefix([0xef, 0xbb, 0xbf], new TextEncoder().encode(TEXT)), { encoding: "UTF-8", bom: true }],
    ["UTF-16 LE with a BOM", withPrefix([0xff, 0xfe], utf16le(TEXT)), { encoding: "UTF-16LE", bom: true }],
    ["UTF-16 BE with a BOM", withPrefix([0xfe, 0xff], utf16be(TEXT)), { encoding: "UTF-16BE", bom: true }],
    ["UTF-16 LE without a BOM", utf16le(TEXT), { encoding: "UTF-16LE", bom: false }],
    ["UTF-16 BE without a BOM", utf16be(TEXT), { encoding: "UTF-16BE", bom: false }],
    ["GBK (GB18030)", GBK, { encoding: "GB18030", bom: false }],
  ])("reads %s, the BOM removed", (_, bytes, expected) => {
    expect(decodeText(bytes, "spec.yaml")).toEqual({ text: TEXT, ...expected });
  });

  it("reads pure ASCII as UTF-8", () => {
    expect(decodeText(Uint8Array.from(ascii("a: 1\n")), "x.yaml")).toEqual({ text: "a: 1\n", encoding: "UTF-8", bom: false });
  });

  it("refuses bytes that are no text, naming the file, instead of decoding them into garbage", () => {
    const error = errorOf(() => decodeText(noise(2000), "random.yaml"));
    expect(error.code).toBe("FILE_ENCODING");
    expect(error.file).toBe("random.yaml");
    expect(error.message).toMatch(/^random\.yaml: cannot read the file as text: it is not UTF-8, UTF-16 or GB18030/);
  });

  it("refuses a file whose BOM says UTF-8 when the rest is not", () => {
    const error = errorOf(() => decodeText(withPrefix([0xef, 0xbb, 0xbf], GBK), "bom.yaml"));
    expect(error.code).toBe("FILE_ENCODING");
    expect(error.message).toContain("bom.yaml: the file starts with a UTF-8 byte-order mark but is not valid UTF-8");
  });

  it("leaves a stray NUL in UTF-8 text to the parser, which can say where it is", () => {
    const bytes = new TextEncoder().encode("a: 1\nb: \u0000\n");
    expect(decodeText(bytes, "x.yaml").encoding).toBe("UTF-8");
  });
});

describe("readInputFile", () => {
  const dir = mkdtempSync(join(tmpdir(), "yishi-decode-"));

  it("decodes a GBK file and reports its encoding to the run's listener, and only to it", async () => {
    const file = join(dir, "gbk.yaml");
    const utf8 = join(dir, "utf8.yaml");
    writeFileSync(file, GBK);
    writeFileSync(utf8, TEXT);
    const heard: string[] = [];
    const other: string[] = [];
    const text = watchInputEncodings(
      (f, d) => heard.push(`${f} ${d.encoding}`),
      () => [readInputFile(file), readInputFile(utf8)],
    );
    // A second run alongside hears nothing of the first one's files.
    await watchInputEncodings(
      (f) => other.push(f),
      () => Promise.resolve(),
    );
    expect(text).toEqual([TEXT, TEXT]);
    expect(heard).toEqual([`${file} GB18030`]);
    expect(other).toEqual([]);
    // Outside any run nothing is reported and nothing fails.
    expect(readInputFile(file)).toBe(TEXT);
  });
});
