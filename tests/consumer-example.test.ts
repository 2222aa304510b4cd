import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// examples/consumer as another team has it: the packages packed as a registry
// would get them, installed into a project outside the workspace, type-checked
// under strict nodenext and run by plain Node, once with --conditions=source.
const root = resolve(import.meta.dirname, "..");
const example = join(root, "examples/consumer");
const spec = join(root, "examples/zhongshan-2026q1.yaml");
const packages = ["domain", "calendar", "rules", "solver"];
const built = packages.every((p) => existsSync(join(root, "packages", p, "dist/index.js")));
if (!built && process.env.CI) throw new Error("packages' dist/ is missing: CI runs `turbo run build` before the tests");

function run(command: string, args: string[], cwd: string) {
  const r = spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "" } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The resolved version of a root devDependency in the workspace lockfile. */
function lockedVersion(lockfile: string, name: string): string {
  const rootImporter = lockfile.slice(lockfile.indexOf("\n  .:\n"), lockfile.indexOf("\n\n", lockfile.indexOf("\n  .:\n") + 1));
  const m = new RegExp(`\\n      '?${name.replace("/", "\\/")}'?:\\n        specifier: .+\\n        version: (.+)\\n`).exec(`${rootImporter}\n`);
  if (m === null) throw new Error(`pnpm-lock.yaml: the root importer has no ${name}`);
  return m[1]!;
}

/**
 * The consumer's lockfile, seeded with every package version the workspace's
 * lockfile pins: pnpm then installs from its store, asking the registry
 * only for metadata a fresh machine's cache lacks (a workspace installed with
 * --frozen-lockfile downloads tarballs, not metadata, so strict --offline
 * failed on a clean CI machine), and adds only the tarballs' own entries.
 */
function seedLockfile(tarballs: Record<string, string>, devDependencies: Record<string, string>): string {
  const lockfile = readFileSync(join(root, "pnpm-lock.yaml"), "utf8");
  const header = lockfile.slice(0, lockfile.indexOf("\nimporters:"));
  if (/^(overrides|patchedDependencies|catalogs):/m.test(header)) throw new Error("pnpm-lock.yaml has workspace-wide settings this test does not carry over");
  const entry = (name: string, specifier: string, version: string) => `      '${name}':\n        specifier: ${specifier}\n        version: ${version}\n`;
  const tarballEntries = Object.entries(tarballs).map(([name, file]) => entry(name, file, file));
  const devEntries = Object.entries(devDependencies).map(([name, specifier]) => entry(name, specifier, lockedVersion(lockfile, name)));
  return [
    header,
    "\noverrides:\n",
    ...Object.entries(tarballs).map(([name, file]) => `  '${name}': ${file}\n`),
    "\nimporters:\n\n  .:\n    dependencies:\n",
    ...tarballEntries,
    "    devDependencies:\n",
    ...devEntries,
    lockfile.slice(lockfile.indexOf("\npackages:")),
  ].join("");
}

describe.skipIf(!built)("examples/consumer on the packed packages", () => {
  it("installs from the store, type-checks under strict nodenext and plans the bundled example, with and without --conditions=source", { timeout: 120_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), "yishi-consumer-"));
    const packs = join(dir, "packs");
    mkdirSync(packs);
    for (const p of packages) {
      const pack = run("pnpm", ["pack", "--pack-destination", packs], join(root, "packages", p));
      expect(pack.code, pack.err).toBe(0);
    }
    // The tarballs depend on each other by version ("@yishi/domain": "0.1.0"): overrides point those at the files too.
    const tarballs = Object.fromEntries(readdirSync(packs).map((file) => [`@yishi/${file.replace(/^yishi-(.+)-\d+\.\d+\.\d+.*\.tgz$/, "$1")}`, `file:../packs/${file}`]));
    expect(Object.keys(tarballs).sort()).toEqual(packages.map((p) => `@yishi/${p}`).sort());

    const app = join(dir, "app");
    mkdirSync(app);
    for (const file of ["package.json", "tsconfig.json", "src"]) cpSync(join(example, file), join(app, file), { recursive: true });
    const manifest = JSON.parse(readFileSync(join(app, "package.json"), "utf8"));
    expect(Object.keys(manifest.dependencies).sort()).toEqual(Object.keys(tarballs).sort());
    manifest.dependencies = Object.fromEntries(Object.keys(manifest.dependencies).map((name) => [name, tarballs[name]]));
    manifest.pnpm = { overrides: tarballs };
    writeFileSync(join(app, "package.json"), JSON.stringify(manifest, null, 2));
    writeFileSync(join(app, "pnpm-lock.yaml"), seedLockfile(tarballs, manifest.devDependencies));

    const install = run("pnpm", ["install", "--prefer-offline", "--no-frozen-lockfile"], app);
    expect(install.code, install.err + install.out).toBe(0);
    const tsc = run(join(app, "node_modules/.bin/tsc"), ["-p", "tsconfig.json"], app);
    expect(tsc.code, tsc.out + tsc.err).toBe(0);

    const plain = run(process.execPath, ["dist/main.js", spec, "2026Q1"], app);
    expect(plain.err).toBe("");
    expect(plain.code).toBe(0);
    const line = /^2026Q1: (\d+) meetings, (\d+) duty assignments; 0 hard and \d+ soft violations\n$/.exec(plain.out);
    expect(line, plain.out).not.toBeNull();
    expect(Number(line![1])).toBeGreaterThan(6);
    expect(Number(line![2])).toBeGreaterThan(90);

    // A consumer whose own build uses the `source` condition still gets dist/, not .ts Node cannot run.
    const withSource = run(process.execPath, ["--conditions=source", "dist/main.js", spec, "2026Q1"], app);
    expect(withSource.err).toBe("");
    expect(withSource.out).toBe(plain.out);
    rmSync(dir, { recursive: true, force: true });
  });
});
