import { YishiError } from "./errors.js";

/** The encodings an input file may be in: what editors on Chinese Windows (Notepad, WPS) save. */
export type TextEncoding = "UTF-8" | "UTF-16LE" | "UTF-16BE" | "GB18030";

export interface DecodedText {
  /** The text, any byte-order mark removed. */
  text: string;
  encoding: TextEncoding;
  /** True when the encoding was read from a byte-order mark rather than guessed. */
  bom: boolean;
}

/** How many leading bytes the UTF-16 (no BOM) guess looks at: enough for the ASCII keys a spec starts with. */
const SAMPLE_BYTES = 4096;

/**
 * Decodes an input file's bytes: UTF-8 (with or without BOM), UTF-16 LE/BE
 * (with a BOM, or without one recognised by its NUL bytes) or GB18030 (GBK's
 * superset, what a Chinese Windows saves as "ANSI"). Bytes that are none of
 * these are refused with FILE_ENCODING naming `file`, never decoded into
 * replacement characters: a garbled name in a plan is worse than no plan.
 *
 * Order matters: a BOM is trusted; BOM-less UTF-16 is looked for before
 * UTF-8, since UTF-16 of ASCII text is also valid UTF-8; GB18030 comes last
 * because almost any byte string decodes as it, so its result must also
 * look like text (no control characters, no private-use characters).
 */
export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: decodeStrictly("utf-8", bytes.subarray(3), file, "UTF-8"), encoding: "UTF-8", bom: true };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: decodeStrictly("utf-16le", bytes.subarray(2), file, "UTF-16LE"), encoding: "UTF-16LE", bom: true };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: decodeStrictly("utf-16be", bytes.subarray(2), file, "UTF-16BE"), encoding: "UTF-16BE", bom: true };

  const utf16 = guessUtf16(bytes);
  if (utf16 !== undefined) {
    const text = tryDecode(utf16 === "UTF-16LE" ? "utf-16le" : "utf-16be", bytes);
    if (text !== undefined && looksLikeText(text)) return { text, encoding: utf16, bom: false };
  }
  const utf8 = tryDecode("utf-8", bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: "UTF-8", bom: false };
  const gb = tryDecode("gb18030", bytes);
  if (gb !== undefined && looksLikeText(gb)) return { text: gb, encoding: "GB18030", bom: false };
  throw new YishiError(
    "FILE_ENCODING",
    `${file}: cannot read the file as text: it is not UTF-8, UTF-16 or GB18030 (GBK); save it as UTF-8 (文件不是 UTF-8、UTF-16 或 GB18030（GBK）编码的文本，请另存为 UTF-8)`,
    { file },
  );
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function tryDecode(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** A file that announces its encoding by a BOM but breaks it is refused, not guessed at. */
function decodeStrictly(label: string, bytes: Uint8Array, file: string, name: TextEncoding): string {
  const text = tryDecode(label, bytes);
  if (text !== undefined) return text;
  throw new YishiError("FILE_ENCODING", `${file}: the file starts with a ${name} byte-order mark but is not valid ${name} (文件以 ${name} 字节序标记开头，但内容不是有效的 ${name})`, { file });
}

/**
 * UTF-16 without a BOM, told by where its NUL bytes fall: the ASCII of a
 * spec's keys has a NUL high byte, after each character (LE) or before (BE).
 * A stray NUL in a UTF-8 file is far too rare to pass the thresholds.
 */
function guessUtf16(bytes: Uint8Array): "UTF-16LE" | "UTF-16BE" | undefined {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return undefined;
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) i % 2 === 0 ? even++ : odd++;
  const pairs = n / 2;
  if (odd >= pairs / 4 && odd > 3 * even) return "UTF-16LE";
  if (even >= pairs / 4 && even > 3 * odd) return "UTF-16BE";
  return undefined;
}

/**
 * Whether a guessed decoding reads as text: no control characters but tab
 * and line ends, no private-use characters (GB18030 maps its unassigned
 * codes there, so they mark a wrong guess, not a planner's words).
 */
function looksLikeText(text: string): boolean {
  return !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ue000-\uf8ff]/.test(text);
}
