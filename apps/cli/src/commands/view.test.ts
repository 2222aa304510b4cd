import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runningViewServers } from "./view.js";
import { runCaptured } from "../test-run.js";

const run = (argv: string[]) => runCaptured(argv);

// The exporters' sample plan and its spec (examples/sample/).
const planFile = resolve(import.meta.dirname, "../../../../examples/sample/plan.json");
const specFile = resolve(import.meta.dirname, "../../../../examples/sample/spec.json");
const samplePlan = JSON.parse(readFileSync(planFile, "utf8")) as { meetings: unknown[] };

afterEach(async () => {
  await Promise.all([...runningViewServers].map((s) => s.close()));
  runningViewServers.clear();
});

describe("yishi view", () => {
  it("serves the workbench on 127.0.0.1 and prints its address with the launch token", async () => {
    const { code, out } = await run(["view", planFile, "--spec", specFile, "--port", "0", "--no-open"]);
    expect(code).toBe(0);
    expect(out.trim()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64}$/);
    const url = out.trim().replace(/\?token=.*$/, "");
    const plan = (await (await fetch(`${url}plan.json`)).json()) as { organization: string; meetings: unknown[] };
    expect(plan.organization).toBe("zhongshan");
    expect(plan.meetings).toHaveLength(samplePlan.meetings.length);
    const view = (await (await fetch(`${url}view.json`)).json()) as { people: Record<string, string> };
    expect(view.people["zhang-wei"]).toBe("张伟");
    expect(await (await fetch(url)).text()).toContain("/workbench.js");
    // Writing needs the token: without it, nothing is saved.
    const save = await fetch(`${url}api/save`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ plan, version: "x" }) });
    expect(save.status).toBe(401);
  });

  it("rejects a bad port and a missing plan with exit 2", async () => {
    const port = await run(["view", planFile, "--port", "http", "--no-open"]);
    expect(port.code).toBe(2);
    expect(port.err).toContain("--port http: expected a port number");
    const missing = await run(["view", join(mkdtempSync(join(tmpdir(), "yishi-cli-view-")), "nope.json"), "--no-open"]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("FILE_NOT_FOUND");
    expect(runningViewServers.size).toBe(0);
  });
});
