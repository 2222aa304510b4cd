#!/usr/bin/env node
// Import boundaries and cycles, checked in CI (the test command runs this first).
// - Packages depend one way: domain → calendar → rules → solver → exports/apps
//   (tables, the Excel/CSV forms, sits beside calendar: it needs only domain).
// - A package imports another only by its name (never a path into its src/),
//   and only if it is declared in its package.json.
// - Every declared dependency is used: named by a string in its src/, bin/,
//   page/ (a browser page's source, apps/web) or scripts/ (its build)
//   (an import, or a path handed to require.resolve), or, for @types/x, x is.
// - No import cycles between the files of a package.
// - The `source` condition (exports pointing at src/*.ts, for tests and tsx in
//   this workspace) is never published: publishConfig.exports, which pnpm
//   pack/publish puts in its place, is exports without it, so a consumer
//   running with --conditions=source gets dist/ and not .ts it cannot run.
// Usage: node scripts/check-deps.mjs [ROOT] (default: this repository).
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const root = resolve(process.argv[2] ?? resolve(dirname(new URL(import.meta.url).pathname), ".."));

/** Layer of each workspace package: a package may only import lower layers. */
const LAYERS = {
  "@yishi/domain": 0,
  "@yishi/calendar": 1,
  "@yishi/tables": 1,
  "@yishi/rules": 2,
  "@yishi/solver": 3,
  "@yishi/solver-highs": 4,
  "@yishi/export": 4,
  "@yishi/web": 5,
  "@yishi/batch": 5,
  "@yishi/cli": 6,
};

const problems = [];
const dirs = ["packages", "apps"].flatMap((d) => readdirSync(join(root, d)).map((x) => join(root, d, x))).filter((d) => existsSync(join(d, "package.json")));

for (const dir of dirs) {
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const layer = LAYERS[pkg.name];
  if (layer === undefined) {
    problems.push(`${pkg.name}: not in the layer table of scripts/check-deps.mjs`);
    continue;
  }
  const published = JSON.stringify(withoutSource(pkg.exports));
  if (JSON.stringify(pkg.exports) !== published && JSON.stringify(pkg.publishConfig?.exports) !== published) {
    problems.push(`${pkg.name}: publishConfig.exports must be its exports without the "source" condition, ${published}`);
  }
  const declared = new Set(Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }));
  for (const dep of declared) {
    if (dep.startsWith("@yishi/") && !(LAYERS[dep] < layer)) problems.push(`${pkg.name} depends on ${dep}, which is not below it (domain → calendar → rules → solver → apps)`);
  }
  // A page bundled for the browser (apps/web/page) is code of its package like src/.
  const files = [...listTs(join(dir, "src")), ...listTs(join(dir, "page"))];
  const named = new Set();
  for (const file of [...files, ...listTs(join(dir, "bin")), ...listTs(join(dir, "scripts"))]) {
    for (const m of readFileSync(file, "utf8").matchAll(/["'`](@?[\w.-]+(?:\/[\w.-]+)?)/g)) named.add(m[1].startsWith("@") ? m[1] : m[1].split("/")[0]);
  }
  for (const dep of declared) {
    const types = dep.startsWith("@types/") ? dep.slice("@types/".length).replace(/^(.+)__(.+)$/, "@$1/$2") : undefined;
    if (!named.has(dep) && !(types !== undefined && (types === "node" || named.has(types)))) {
      problems.push(`${pkg.name} declares ${dep}, which nothing in its src/, bin/, page/ or scripts/ uses; remove it from package.json`);
    }
  }
  const graph = new Map();
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    const edges = [];
    for (const m of text.matchAll(/(?:import|export)\s[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)) {
      const spec = m[1] ?? m[2];
      const where = relative(root, file);
      if (spec.startsWith(".")) {
        const base = resolve(dirname(file), spec).replace(/\.js$/, "");
        const target = existsSync(`${base}.tsx`) ? `${base}.tsx` : `${base}.ts`;
        if (!target.startsWith(dir + "/")) problems.push(`${where}: imports ${spec}, outside its package; import the package by name`);
        else if (!/\.test\.tsx?$/.test(file)) edges.push(target);
      } else if (spec.startsWith("@yishi/")) {
        const name = spec.split("/").slice(0, 2).join("/");
        if (spec !== name) problems.push(`${where}: imports ${spec}; import only "${name}" (its public index)`);
        if (!declared.has(name)) problems.push(`${where}: imports ${name}, not declared in ${pkg.name}'s package.json`);
      }
    }
    graph.set(file, edges);
  }
  for (const cycle of findCycles(graph)) problems.push(`import cycle: ${cycle.map((f) => relative(root, f)).join(" → ")}`);
}

if (problems.length > 0) {
  console.error(`check-deps: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  process.exit(1);
}
console.log(`check-deps: ${dirs.length} packages, boundaries and cycles OK`);

/** exports with every "source" condition left out (the shape a consumer should get). */
function withoutSource(exports) {
  if (typeof exports !== "object" || exports === null) return exports;
  return Object.fromEntries(Object.entries(exports).filter(([key]) => key !== "source").map(([key, value]) => [key, withoutSource(value)]));
}

function listTs(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === "node_modules" ? [] : listTs(p);
    return /\.(tsx?|m?js)$/.test(name) ? [p] : [];
  });
}

function findCycles(graph) {
  const state = new Map();
  const cycles = [];
  const stack = [];
  const visit = (node) => {
    state.set(node, 1);
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === 1) cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 2);
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}
