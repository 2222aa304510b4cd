import { describe, expect, it } from "vitest";
import { withoutTsx } from "./thread-pool-runner.js";

// What a process started by tsx 4 has in process.execArgv (the bench's, as printed there).
const TSX = ["--require", "/repo/node_modules/.pnpm/tsx@4.23.15/node_modules/tsx/dist/preflight.cjs", "--import", "file:///repo/node_modules/.pnpm/tsx@4.23.15/node_modules/tsx/dist/loader.mjs"];

describe("withoutTsx: the Node options of threads running the built worker", () => {
  it("drops tsx's loader, in either form, and keeps every other option in order", () => {
    expect(withoutTsx(TSX)).toEqual([]);
    expect(withoutTsx(["--max-old-space-size=4096", ...TSX, "--enable-source-maps"])).toEqual(["--max-old-space-size=4096", "--enable-source-maps"]);
    expect(withoutTsx(["--import=file:///repo/node_modules/tsx/dist/loader.mjs", "-r", "/repo/node_modules/tsx/dist/preflight.cjs", "--trace-warnings"])).toEqual(["--trace-warnings"]);
  });

  it("keeps other loaders, and everything when the source condition makes the workers import TypeScript", () => {
    const other = ["--import", "file:///repo/node_modules/@opentelemetry/auto/register.mjs"];
    expect(withoutTsx([...other, ...TSX])).toEqual(other);
    for (const condition of [["--conditions=source"], ["--conditions", "source"], ["-C", "source"]]) expect(withoutTsx([...TSX, ...condition])).toEqual([...TSX, ...condition]);
  });
});
