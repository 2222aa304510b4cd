import { request } from "node:http";
import { networkInterfaces } from "node:os";
import { afterEach, describe, expect, it } from "vitest";
import { startViewServer, type ViewServer } from "./view-server.js";
import { buildViewPayload, type ViewPayload } from "./view-payload.js";
import { buildTestPlan, buildTestSpec } from "./test-plan.js";

const servers: ViewServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function start(options: Parameters<typeof startViewServer>[0]) {
  const server = await startViewServer(options);
  servers.push(server);
  return server;
}

function send(url: string, method = "GET", headers: Record<string, string> = {}): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, type: String(res.headers["content-type"]), body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("startViewServer", () => {
  it("serves the workbench page, its script and style from the package, on 127.0.0.1 and a free port, its address carrying the launch token", async () => {
    const server = await start({ plan: buildTestPlan() });
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.url).toBe(`${server.origin}?token=${server.token}`);
    expect(server.token).toMatch(/^[0-9a-f]{64}$/);
    expect(server.port).toBeGreaterThan(0);
    const page = await send(server.url);
    expect(page.status).toBe(200);
    expect(page.type).toContain("text/html");
    expect(page.body).toContain('<script src="/workbench.js" type="module"></script>');
    expect(page.body).not.toMatch(/https?:\/\//);
    const js = await send(`${server.origin}workbench.js`);
    expect(js.type).toContain("text/javascript");
    expect(js.body).toContain("/api/session");
    expect((await send(`${server.origin}workbench.css`)).type).toContain("text/css");
    expect((await send(`${server.origin}nope`)).status).toBe(404);
    expect((await send(server.origin, "POST")).status).toBe(405);
  });

  it("serves the plan, never its stored verdict: without a spec, plainly unchecked", async () => {
    const plan = buildTestPlan();
    expect(plan.violations).toHaveLength(1);
    const server = await start({ plan });
    expect(JSON.parse((await send(`${server.origin}plan.json`)).body)).toEqual(JSON.parse(JSON.stringify({ ...plan, violations: [] })));
    const view = JSON.parse((await send(`${server.origin}view.json`)).body) as ViewPayload;
    expect(view.verdict).toEqual({ checked: false, reason: expect.objectContaining({ zh: expect.stringContaining("未检查") }) });
    expect(view.citations).toEqual([]);
  });

  it("serves the plan judged against its spec when it starts, and the day facts computed with the calendar", async () => {
    const plan = buildTestPlan();
    const server = await start({ plan, spec: buildTestSpec() });
    const served = JSON.parse((await send(`${server.origin}plan.json`)).body) as typeof plan;
    const view = JSON.parse((await send(`${server.origin}view.json`)).body) as ViewPayload;
    expect(view.verdict.checked).toBe(true);
    if (!view.verdict.checked) return;
    // The stored "2026-02-18 无人值班" is not what the checker says of this plan.
    expect(served.violations).toEqual(view.verdict.violations);
    expect(served.violations.map((v) => v.message.zh)).not.toContain("2026-02-18 无人值班");
    expect(view.verdict.note?.zh).toContain("未记录其检查依据");
    expect(view.days).toHaveLength(28);
    expect(view.days.find((d) => d.date === "2026-02-17")).toEqual({ date: "2026-02-17", weekday: 2, working: false, kind: "holiday", holiday: { zh: "春节", en: "Spring Festival" } });
    expect(view.days.find((d) => d.date === "2026-02-14")!.kind).toBe("adjusted-workday");
    expect(view.citations).toEqual(view.verdict.violations.map((v) => `${v.citation.jurisdiction} ${v.citation.article}`));
    expect(view.organization).toBe("六盘水市钟山区人民政府");
    expect(view.people).toEqual({ "li-na": "李娜" });
    expect(view.rooms).toEqual({ "room-401": "区政府4楼常务会议室" });
  });

  it("refuses a port in use with a clear error", async () => {
    const first = await start({ plan: buildTestPlan() });
    await expect(startViewServer({ plan: buildTestPlan(), port: first.port })).rejects.toThrow(/port is in use/);
  });

  it("names people, rooms and items from the spec, and falls back to ids without one", () => {
    const bare = buildViewPayload(buildTestPlan());
    expect(bare.organization).toBe("zhongshan");
    expect(bare.people).toEqual({});
    expect(bare.meetingTypes.executive).toEqual({ zh: "常务会议", en: "executive meeting" });
  });
});

const hasIpv6Loopback = Object.values(networkInterfaces()).some((list) => list?.some((i) => i.address === "::1"));

describe("who the viewer answers (DNS rebinding, issue 13)", () => {
  it("answers only to its own loopback names and port (421 otherwise)", async () => {
    const server = await start({ plan: buildTestPlan() });
    const p = server.port;
    for (const host of [`127.0.0.1:${p}`, `localhost:${p}`, `LocalHost:${p}`]) {
      expect([host, (await send(`${server.origin}plan.json`, "GET", { host })).status]).toEqual([host, 200]);
    }
    // A rebinding page's Host is its own name, which now resolves to 127.0.0.1.
    for (const host of [`evil.example:${p}`, "evil.example", `127.0.0.1:${p + 1}`, "127.0.0.1", "localhost", `[::1]:${p}`, `127.0.0.2:${p}`, `localhost.:${p}`, `127.0.0.1:${p}.evil.example`]) {
      const r = await send(`${server.origin}plan.json`, "GET", { host });
      expect([host, r.status]).toEqual([host, 421]);
      expect(r.body).not.toContain("zhongshan");
    }
  });

  it("refuses a foreign Origin (403) and accepts its own", async () => {
    const server = await start({ plan: buildTestPlan() });
    const p = server.port;
    for (const origin of [`http://127.0.0.1:${p}`, `http://localhost:${p}`]) {
      expect([origin, (await send(`${server.origin}plan.json`, "GET", { origin })).status]).toEqual([origin, 200]);
    }
    for (const origin of ["http://evil.example", `http://evil.example:${p}`, "null", `https://127.0.0.1:${p}`, `http://127.0.0.1:${p}/`, `http://127.0.0.1:${p + 1}`, "%", ""]) {
      const r = await send(`${server.origin}plan.json`, "GET", { origin });
      expect([origin, r.status]).toEqual([origin, 403]);
      expect(r.body).not.toContain("zhongshan");
    }
  });

  it.runIf(hasIpv6Loopback)("bound on ::1, answers to [::1]:PORT and localhost:PORT only", async () => {
    const server = await start({ plan: buildTestPlan(), host: "::1" });
    expect(server.origin).toBe(`http://[::1]:${server.port}/`);
    expect((await send(server.origin)).status).toBe(200);
    expect((await send(server.origin, "GET", { host: `localhost:${server.port}` })).status).toBe(200);
    expect((await send(server.origin, "GET", { host: `127.0.0.1:${server.port}` })).status).toBe(421);
    expect((await send(server.origin, "GET", { origin: `http://[::1]:${server.port}` })).status).toBe(200);
  });
});
