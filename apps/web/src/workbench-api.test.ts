import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { request } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { loadPlan, Plan } from "@yishi/domain";
import { calendarFromSnapshot } from "@yishi/calendar";
import { startViewServer, type ViewServer } from "./view-server.js";
import { WorkbenchSession } from "./workbench-session.js";
import { buildTestPlan, buildTestSpec } from "./test-plan.js";
import { formatPlanFile } from "./plan-file.js";

const servers: ViewServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A plan file in a fresh folder, and the workbench serving it with its spec. */
async function serveFile() {
  const dir = mkdtempSync(join(tmpdir(), "yishi-workbench-"));
  const file = join(dir, "plan.json");
  writeFileSync(file, formatPlanFile(buildTestPlan()));
  const server = await startViewServer({ plan: loadPlan(file), spec: buildTestSpec(), planFile: file });
  servers.push(server);
  return { server, file, dir };
}

function post(server: ViewServer, path: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  const data = typeof body === "string" ? body : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(`${server.origin}${path.slice(1)}`, { method: "POST", headers: { "content-type": "application/json", "x-yishi-token": server.token, ...headers } }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text, headers: res.headers }));
    });
    req.on("error", reject);
    req.end(data);
  });
}

async function session(server: ViewServer): Promise<WorkbenchSession> {
  return WorkbenchSession.parse(await (await fetch(`${server.origin}api/session`)).json());
}

describe("the workbench session", () => {
  it("hands the page the plan judged now, the spec, the effective profile and the calendar around the period", async () => {
    const { server } = await serveFile();
    const s = await session(server);
    expect(s.profile?.id).toBeDefined();
    expect(s.spec?.organization.id).toBe("zhongshan");
    expect(s.planFile).toBe("plan.json");
    expect(s.version).toMatch(/^[0-9a-f]{64}$/);
    // The stored "2026-02-18 无人值班" is not the checker's verdict: the session carries the checker's.
    expect(s.plan.violations.map((v) => v.message.zh)).not.toContain("2026-02-18 无人值班");
    const calendar = calendarFromSnapshot(s.calendar);
    expect(calendar.describeDay("2026-02-17").holiday?.zh).toBe("春节");
    expect(calendar.isWorkingDay("2026-02-14")).toBe(true);
    expect(s.calendar.days[0]!.date).toBe("2025-01-01");
  });
});

describe("POST /api/save", () => {
  it("writes the plan atomically with the checker's verdict, keeps the previous version, and moves the version on", async () => {
    const { server, file, dir } = await serveFile();
    const before = readFileSync(file, "utf8");
    const s = await session(server);
    const edited: Plan = { ...s.plan, meetings: s.plan.meetings.map((m, i) => (i === 0 ? { ...m, pinned: true } : m)), violations: [] };
    const r = await post(server, "/api/save", { plan: edited, version: s.version });
    expect(r.status).toBe(200);
    const answer = JSON.parse(r.body) as { version: string; file: string; previous: string };
    expect(answer).toMatchObject({ file: "plan.json", previous: "plan.prev.json" });
    expect(readFileSync(join(dir, "plan.prev.json"), "utf8")).toBe(before);
    const saved = loadPlan(file);
    expect(saved.meetings[0]!.pinned).toBe(true);
    // Not the page's empty list: the verdict judged when saving, with what it was judged against.
    expect(saved.violations).toEqual(s.plan.violations);
    expect(saved.judgedAgainst).toBeDefined();
    // The next save needs the new version; the old one is refused.
    expect((await post(server, "/api/save", { plan: edited, version: s.version })).status).toBe(409);
    expect((await post(server, "/api/save", { plan: edited, version: answer.version })).status).toBe(200);
  });

  it("refuses, and writes nothing, when the file changed on disk since the page loaded it", async () => {
    const { server, file } = await serveFile();
    const s = await session(server);
    const other = `${formatPlanFile({ ...s.plan, meetings: [] })}`;
    writeFileSync(file, other);
    const r = await post(server, "/api/save", { plan: s.plan, version: s.version });
    expect(r.status).toBe(409);
    expect(JSON.parse(r.body)).toMatchObject({ error: { code: "PLAN_CHANGED", message: { zh: expect.stringContaining("已被修改"), en: expect.stringContaining("changed on disk") } } });
    expect(readFileSync(file, "utf8")).toBe(other);
  });

  it("refuses a plan of another period and a body the schema rejects, naming the field", async () => {
    const { server, file } = await serveFile();
    const before = readFileSync(file, "utf8");
    const s = await session(server);
    const shifted = await post(server, "/api/save", { plan: { ...s.plan, period: { ...s.plan.period, to: "2026-12-31" } }, version: s.version });
    expect(shifted.status).toBe(400);
    const bad = await post(server, "/api/save", { plan: { ...s.plan, meetings: [{ ...s.plan.meetings[0], date: "2026-02-30" }] }, version: s.version });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.message.en).toContain("plan.meetings[0].date");
    expect(readFileSync(file, "utf8")).toBe(before);
  });
});

describe("what writes and plans need", () => {
  it("a token (401), a JSON body (415) within the size limit (413), valid JSON (400); nothing changes on disk", async () => {
    const { server, file } = await serveFile();
    const before = readFileSync(file, "utf8");
    const s = await session(server);
    const body = { plan: s.plan, version: s.version };
    expect((await post(server, "/api/save", body, { "x-yishi-token": "" })).status).toBe(401);
    expect((await post(server, "/api/save", body, { "x-yishi-token": "0".repeat(64) })).status).toBe(401);
    expect((await post(server, "/api/save", body, { "content-type": "text/plain" })).status).toBe(415);
    expect((await post(server, "/api/save", "{not json")).status).toBe(400);
    const small = await startViewServer({ plan: buildTestPlan(), maxBodyBytes: 1000 });
    servers.push(small);
    expect((await post(small, "/api/export", { plan: buildTestPlan(), format: "ics", pad: "x".repeat(2000) })).status).toBe(413);
    expect((await post(server, "/api/save", body, { origin: "http://evil.example" })).status).toBe(403);
    expect((await post(server, "/api/nothing", body)).status).toBe(404);
    expect(readFileSync(file, "utf8")).toBe(before);
  });
});

describe("POST /api/export", () => {
  it("gives the calendar file of the plan on screen, or of one person's part of it", async () => {
    const { server } = await serveFile();
    const s = await session(server);
    const all = await post(server, "/api/export", { plan: s.plan, format: "ics" });
    expect(all.status).toBe(200);
    expect(all.headers["content-disposition"]).toBe('attachment; filename="plan.ics"');
    expect(all.body).toContain("BEGIN:VCALENDAR");
    const mine = await post(server, "/api/export", { plan: s.plan, format: "ics", person: "nobody" });
    expect(mine.headers["content-disposition"]).toBe('attachment; filename="plan-nobody.ics"');
    expect(mine.body.match(/BEGIN:VEVENT/g) ?? []).toHaveLength(0);
    expect((all.body.match(/BEGIN:VEVENT/g) ?? []).length).toBeGreaterThan(0);
  });
});
