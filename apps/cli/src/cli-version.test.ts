import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCaptured } from "./test-run.js";

describe("yishi --version", () => {
  it("prints the version in the CLI's package.json", async () => {
    const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    const r = await runCaptured(["--version"]);
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe(version);
  });
});
