import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const EXAMPLE = resolve(import.meta.dirname, "../../../../examples/zhongshan-2026q1.yaml");

/** Profiles the governments cycle through (every one plans the example's people and series). */
const PROFILES = ["default", "钟山区", "北京市", "依安县", "常州市"];

/**
 * A small province for batch tests: `count` copies of the bundled example,
 * each its own organization under another profile, and one spec with an
 * error (a person id referenced that does not exist). Returns the folder.
 */
export function writeTestProvince(count: number): { dir: string; bad: string; good: string[] } {
  const dir = mkdtempSync(join(tmpdir(), "yishi-batch-specs-"));
  mkdirSync(dir, { recursive: true });
  const text = readFileSync(EXAMPLE, "utf8");
  const good: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = `gov-${String(i + 1).padStart(2, "0")}`;
    const spec = text.replace("id: zhongshan", `id: ${name}`).replace("base: default", `base: ${PROFILES[i % PROFILES.length]}`);
    writeFileSync(join(dir, `${name}.yaml`), spec);
    good.push(name);
  }
  writeFileSync(join(dir, "gov-bad.yaml"), text.replace("convener: zhang-wei\n    designatedConveners", "convener: zhang-wie\n    designatedConveners"));
  return { dir, bad: "gov-bad", good };
}
