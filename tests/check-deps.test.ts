import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// scripts/check-deps.mjs on a small workspace written for each case, so a
// declared dependency nobody uses is caught before it ships to consumers.
const script = resolve(import.meta.dirname, "../scripts/check-deps.mjs");

function writeWorkspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "yishi-check-deps-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  mkdirSync(join(root, "apps"), { recursive: true });
  return root;
}

function domainPackage(deps: Record<string, string>, devDeps: Record<string, string> = {}): string {
  return JSON.stringify({ name: "@yishi/domain", dependencies: deps, devDependencies: devDeps });
}

function checkDeps(root: string) {
  const r = spawnSync(process.execPath, [script, root], { encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("check-deps: declared dependencies", () => {
  it("fails on a dependency the package declares but never uses, naming package and dependency", () => {
    const root = writeWorkspace({
      "packages/domain/package.json": domainPackage({ zod: "^4.0.0", luxon: "^3.0.0" }),
      "packages/domain/src/index.ts": 'import { z } from "zod";\nexport const Id = z.string();\n',
    });
    const r = checkDeps(root);
    expect(r.code).toBe(1);
    expect(r.err).toContain("@yishi/domain declares luxon, which nothing in its src/, bin/, page/ or scripts/ uses");
    expect(r.err).not.toContain("declares zod");
  });

  it("counts a path resolved at run time, a bin file's import and @types of a used package as uses", () => {
    const root = writeWorkspace({
      "packages/domain/package.json": domainPackage(
        { "chinese-days": "^1.0.0", luxon: "^3.0.0", "@noble/hashes": "^2.0.0" },
        { "@types/luxon": "^3.0.0", "@types/node": "^20.0.0" },
      ),
      "packages/domain/src/index.ts": [
        'import { createRequire } from "node:module";',
        'import { DateTime } from "luxon";',
        'const DATA = "chinese-days/dist/chinese-days.json";',
        "export const path = createRequire(import.meta.url).resolve(DATA);",
        "export const now = DateTime.now();",
      ].join("\n"),
      "packages/domain/bin/run.js": 'await import("@noble/hashes/sha2.js");\n',
    });
    const r = checkDeps(root);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
  });
});

describe("check-deps: the source condition stays in the workspace", () => {
  const exportsWithSource = { ".": { source: "./src/index.ts", types: "./dist/index.d.ts", default: "./dist/index.js" } };
  const published = { ".": { types: "./dist/index.d.ts", default: "./dist/index.js" } };
  const files = (pkg: object) => ({
    "packages/domain/package.json": JSON.stringify({ name: "@yishi/domain", ...pkg }),
    "packages/domain/src/index.ts": "export const one = 1;\n",
  });

  it("fails when a package would publish its source condition", () => {
    const r = checkDeps(writeWorkspace(files({ exports: exportsWithSource })));
    expect(r.code).toBe(1);
    expect(r.err).toContain('@yishi/domain: publishConfig.exports must be its exports without the "source" condition');
  });

  it("fails when publishConfig.exports has drifted from exports", () => {
    const drifted = { ".": { types: "./dist/main.d.ts", default: "./dist/main.js" } };
    const r = checkDeps(writeWorkspace(files({ exports: exportsWithSource, publishConfig: { exports: drifted } })));
    expect(r.code).toBe(1);
    expect(r.err).toContain("publishConfig.exports must be");
  });

  it("passes when publishConfig.exports is exports without source", () => {
    const r = checkDeps(writeWorkspace(files({ exports: exportsWithSource, publishConfig: { exports: published } })));
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
  });
});
