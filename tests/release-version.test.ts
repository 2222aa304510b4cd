import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// `pnpm release:version` on a copy of the repository's manifests and pending
// changesets: the real .changeset/ stays as it is (others keep adding to it).
const root = resolve(import.meta.dirname, "..");

/** The workspace's package folders, from pnpm-workspace.yaml (`dir` or `dir/*`). */
function listWorkspaceDirs(): string[] {
  const globs = [...readFileSync(join(root, "pnpm-workspace.yaml"), "utf8").matchAll(/^\s+-\s+["']?([^"'\s]+)["']?\s*$/gm)].map((m) => m[1]!);
  return globs
    .flatMap((g) => (g.endsWith("/*") ? readdirSync(join(root, g.slice(0, -2))).map((d) => `${g.slice(0, -2)}/${d}`) : [g]))
    .filter((d) => existsSync(join(root, d, "package.json")));
}

/** Each pending changeset's packages and the first line of its text. */
function readChangesets(dir: string) {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md") && f !== "README.md")
    .map((file) => {
      const [, front = "", body = ""] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(join(dir, file), "utf8")) ?? [];
      const packages = [...front.matchAll(/^["']?([^"':\s]+)["']?\s*:\s*(major|minor|patch)\s*$/gm)].map((m) => m[1]!);
      return { file, packages, firstLine: body.trim().split("\n")[0]! };
    });
}

describe("pnpm release:version", () => {
  it("writes each changed package a CHANGELOG.md with its changesets under the bumped version, and uses them up", { timeout: 60_000 }, () => {
    const copy = mkdtempSync(join(tmpdir(), "yishi-release-"));
    for (const file of ["package.json", "pnpm-workspace.yaml", ".changeset"]) cpSync(join(root, file), join(copy, file), { recursive: true });
    const dirs = listWorkspaceDirs();
    const dirOf = new Map<string, string>();
    for (const d of dirs) {
      mkdirSync(join(copy, d), { recursive: true });
      cpSync(join(root, d, "package.json"), join(copy, d, "package.json"));
      dirOf.set(JSON.parse(readFileSync(join(root, d, "package.json"), "utf8")).name, d);
    }
    const changesets = readChangesets(join(copy, ".changeset"));
    expect(changesets.length).toBeGreaterThan(0);

    const path = `${join(root, "node_modules/.bin")}${delimiter}${process.env.PATH ?? ""}`;
    const r = spawnSync("pnpm", ["run", "release:version"], { cwd: copy, encoding: "utf8", env: { ...process.env, PATH: path, NODE_OPTIONS: "" } });
    expect(r.status, r.stdout + r.stderr).toBe(0);

    for (const { file, packages, firstLine } of changesets) {
      for (const name of packages) {
        const dir = dirOf.get(name);
        expect(dir, `${file} names ${name}, which is no workspace package`).toBeDefined();
        const before = JSON.parse(readFileSync(join(root, dir!, "package.json"), "utf8")).version;
        const after = JSON.parse(readFileSync(join(copy, dir!, "package.json"), "utf8")).version;
        expect(after, `${name}'s version`).not.toBe(before);
        const changelog = readFileSync(join(copy, dir!, "CHANGELOG.md"), "utf8");
        expect(changelog.startsWith(`# ${name}\n\n## ${after}\n`), `${name}'s CHANGELOG.md heading`).toBe(true);
        // changesets runs the text through prettier, which spaces CJK from Latin (附件1 → 附件 1).
        expect(changelog.replace(/\s+/g, ""), `${name}'s CHANGELOG.md holds ${file}`).toContain(firstLine.replace(/\s+/g, "").slice(0, 80));
      }
    }
    expect(readChangesets(join(copy, ".changeset"))).toEqual([]);
    rmSync(copy, { recursive: true, force: true });
  });
});
