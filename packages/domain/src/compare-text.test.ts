import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { compareText } from "./compare-text.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules" || name === "dist") return [];
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|js|mjs)$/.test(name) ? [path] : [];
  });
}

describe("compareText", () => {
  it("orders by code unit, where a collation would not: punctuation, case, Chinese", () => {
    // ICU collation ignores '#' and '-' and puts 'a' before 'B'; code units do not.
    expect(["exec-1", "exec#10", "B", "a", "张", "李", "exec#2"].sort(compareText)).toEqual(["B", "a", "exec#10", "exec#2", "exec-1", "张", "李"]);
    expect(compareText("2026-01-02", "2026-01-10")).toBeLessThan(0);
    expect(compareText("x", "x")).toBe(0);
  });

  it("is the only string order in the code: no source file sorts by the host's locale", () => {
    const offenders = ["packages", "apps", "bench", "tests", "scripts"]
      .flatMap((d) => sources(join(root, d)))
      .filter((file) => !file.endsWith("compare-text.ts") && !file.endsWith("compare-text.test.ts") && /\.localeCompare\(|Intl\.Collator/.test(readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
  });
});
