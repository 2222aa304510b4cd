// Builds the workbench page into dist/page: the page's TSX with the domain,
// calendar, rules and solver packages bundled (esbuild), its style and HTML.
// Node built-ins those packages import for file loading are replaced by a
// stub that throws if called: the page never reads files, it is handed the
// spec, profile and calendar by the server.
import { build } from "esbuild";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "dist", "page");
mkdirSync(out, { recursive: true });

/**
 * Working stand-ins where a package uses a built-in when it loads (the domain's
 * encoding listener keeps an AsyncLocalStorage); every other built-in refuses
 * when used.
 */
const SHIMS = {
  "node:async_hooks": "export class AsyncLocalStorage { run(_store, fn, ...args) { return fn(...args); } getStore() { return undefined; } }",
};

/**
 * Libraries the page reaches only through code it never runs: the lunar
 * calendar (provisional years are computed on the server and arrive in the
 * calendar snapshot) and the LP solver (planning runs on the server). Left
 * out, they would add 380 kB for the browser to parse on every load.
 */
const SERVER_ONLY = /^(lunar-typescript|javascript-lp-solver)$/;

const nodeStub = {
  name: "node-builtins-stub",
  setup(b) {
    b.onResolve({ filter: /^node:/ }, (args) => ({ path: args.path, namespace: "node-stub" }));
    b.onResolve({ filter: SERVER_ONLY }, (args) => ({ path: args.path, namespace: "node-stub" }));
    b.onLoad({ filter: /.*/, namespace: "node-stub" }, (args) => {
      if (SHIMS[args.path] !== undefined) return { contents: SHIMS[args.path], loader: "js" };
      // CommonJS, so any named import resolves (to something that refuses when used).
      const refuse = `function () { throw new Error(${JSON.stringify(`${args.path} is not available in the workbench page (it runs on the server)`)}); }`;
      return {
        contents: `const refuse = ${refuse};\nmodule.exports = new Proxy({}, { get: (_, key) => (key === "__esModule" ? false : key === "default" ? module.exports : refuse) });`,
        loader: "js",
      };
    });
  },
};

const result = await build({
  entryPoints: [join(root, "page", "main.tsx")],
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  outfile: join(out, "workbench.js"),
  jsx: "automatic",
  jsxImportSource: "preact",
  // YISHI_PAGE_MINIFY=0 keeps names, for profiling the page.
  minify: process.env.YISHI_PAGE_MINIFY !== "0",
  sourcemap: false,
  legalComments: "eof",
  metafile: true,
  logLevel: "warning",
  plugins: [nodeStub],
  define: { "process.env.NODE_ENV": '"production"' },
});
copyFileSync(join(root, "page", "workbench.css"), join(out, "workbench.css"));
copyFileSync(join(root, "page", "index.html"), join(out, "index.html"));
const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
writeFileSync(join(out, "build.json"), `${JSON.stringify({ bytes }, null, 2)}\n`);
