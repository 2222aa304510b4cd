/**
 * Encodes text as GB18030 (GBK's two-byte codes), as Notepad on Chinese
 * Windows saves it, for tests (test-only; not built). Node's TextEncoder only
 * writes UTF-8, so the table is read back from the decoder.
 */
export function encodeGb18030(text: string): Uint8Array {
  const table = buildTable();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const bytes = table.get(ch);
    if (bytes === undefined) throw new Error(`encodeGb18030: ${JSON.stringify(ch)} has no two-byte GB18030 code`);
    out.push(...bytes);
  }
  return Uint8Array.from(out);
}

let cached: Map<string, [number, number]> | undefined;

function buildTable(): Map<string, [number, number]> {
  if (cached) return cached;
  const decoder = new TextDecoder("gb18030");
  cached = new Map();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(Uint8Array.of(lead, trail));
      if (ch.length === 1 && ch !== "\ufffd" && !cached.has(ch)) cached.set(ch, [lead, trail]);
    }
  }
  return cached;
}
