import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createCalendar, type WorkCalendar } from "@yishi/calendar";
import { YishiError, type Plan, type PlanVerdict, type RuleProfile, type Spec } from "@yishi/domain";
import { judgePlan, resolveProfile } from "@yishi/rules";
import { buildViewPayload } from "./view-payload.js";
import { buildWorkbenchSession } from "./workbench-session.js";
import { exportFromPage, replanFromPage, savePlanFromPage, type WorkbenchState } from "./workbench-api.js";
import { ApiError, readJsonBody } from "./read-json-body.js";
import { formatHostName, isOwnOrigin, listAuthorities, parseRequestTarget, refuse } from "./http-guard.js";
import { versionOfFile } from "./plan-file.js";

export interface ViewServerOptions {
  plan: Plan;
  spec?: Spec;
  calendar?: WorkCalendar;
  /** The profile to judge by; default: the spec's own selection. */
  profile?: RuleProfile;
  /** A verdict judged already; by default the server judges the plan when it starts. */
  verdict?: PlanVerdict;
  /** The file the plan was read from: the page saves to it. Without it, saving is refused. */
  planFile?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1: the workbench is for the planner's own machine. */
  host?: string;
  /** The per-launch token writes and plans need; default 32 random bytes. */
  token?: string;
  /** The largest request body accepted, in bytes; default 32 MiB (a year's plan of a large government). */
  maxBodyBytes?: number;
}

export interface ViewServer {
  /** The page's address with its token: what `yishi view` prints and opens. */
  url: string;
  /** The address without the token. */
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/**
 * The built page (see scripts/build-page.mjs): one script with the domain,
 * calendar and rules packages bundled, its style and its HTML, shipped in
 * dist/page so the workbench needs no build and no network on the user's machine.
 */
const PAGE: Record<string, { file: string; type: string }> = {
  "/": { file: "index.html", type: "text/html; charset=utf-8" },
  "/index.html": { file: "index.html", type: "text/html; charset=utf-8" },
  "/workbench.js": { file: "workbench.js", type: "text/javascript; charset=utf-8" },
  "/workbench.css": { file: "workbench.css", type: "text/css; charset=utf-8" },
};

/** Gzipped once per body (the page's script is 1.2 MB, a year's session several hundred kB). */
const gzipped = new WeakMap<Buffer, Buffer>();
function compressed(body: Buffer): Buffer {
  let gz = gzipped.get(body);
  if (gz === undefined) gzipped.set(body, (gz = gzipSync(body, { level: 6 })));
  return gz;
}

const etags = new WeakMap<Buffer, string>();
function etagOf(body: Buffer): string {
  let tag = etags.get(body);
  if (tag === undefined) etags.set(body, (tag = createHash("sha256").update(body).digest("base64url").slice(0, 27)));
  return tag;
}

const pageFiles = new Map<string, Buffer>();
function readPageFile(file: string): Buffer {
  try {
    // Read once: the same Buffer each time, so its gzip is made once too.
    let body = pageFiles.get(file);
    if (body === undefined) pageFiles.set(file, (body = readFileSync(new URL(`../dist/page/${file}`, import.meta.url))));
    return body;
  } catch {
    throw new ApiError(503, "USAGE", { zh: "工作台页面尚未构建：请运行 pnpm build", en: "the workbench page is not built: run pnpm build" });
  }
}

const SECURITY_HEADERS = { "cache-control": "no-store", "x-content-type-options": "nosniff", "x-frame-options": "DENY", "referrer-policy": "no-referrer" } as const;
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = Buffer.from(JSON.stringify(value));
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": body.length, ...SECURITY_HEADERS }).end(body);
}

function sendError(res: ServerResponse, error: ApiError): void {
  if (res.headersSent) return void res.destroy();
  sendJson(res, error.status, { error: { code: error.code, message: error.text, ...(error.path ? { path: error.path } : {}) } });
}

function hasToken(req: IncomingMessage, token: Buffer): boolean {
  const given = Buffer.from(String(req.headers["x-yishi-token"] ?? ""));
  return given.length === token.length && timingSafeEqual(given, token);
}

/**
 * Serves the planner's workbench on localhost: the page, GET /api/session
 * (the plan, spec, profile and calendar the page judges edits with), and,
 * with the launch token, POST /api/replan, /api/save and /api/export. Also
 * /plan.json and /view.json, the plan and its judged view, for scripts.
 * Every request is checked: Host first (421), then Origin (403), then the
 * target (400); writes then need the token (401), a JSON body within the
 * size limit (413/415) that the domain's schemas accept (400).
 */
export async function startViewServer(options: ViewServerOptions): Promise<ViewServer> {
  const host = options.host ?? "127.0.0.1";
  const token = options.token ?? randomBytes(32).toString("hex");
  const tokenBytes = Buffer.from(token);
  const limit = options.maxBodyBytes ?? 32 * 1024 * 1024;
  const calendar = options.calendar ?? createCalendar({ assumeWeekendsOnly: options.spec?.calendar.assumeWeekendsOnly ?? false });
  const profile = options.profile ?? (options.spec === undefined ? undefined : resolveProfile(options.spec.profile));
  const state: WorkbenchState = {
    plan: options.plan,
    spec: options.spec,
    profile,
    calendar,
    planFile: options.planFile,
    version: options.planFile === undefined ? undefined : versionOfFile(options.planFile),
  };
  // Judged once at start: /view.json, /plan.json and the session all show this verdict of the loaded plan.
  const verdict = options.verdict ?? judgePlan({ plan: options.plan, spec: options.spec, ...(profile ? { profile } : {}), calendar });
  const payload = buildViewPayload(options.plan, options.spec, { calendar, ...(profile ? { profile } : {}), verdict });
  const served: Plan = { ...options.plan, violations: payload.verdict.checked ? payload.verdict.violations : [] };
  const scripts = new Map([
    ["/plan.json", Buffer.from(JSON.stringify(served))],
    ["/view.json", Buffer.from(JSON.stringify(payload))],
  ]);
  // Built when the server starts and again after a save, not per request: the page's first render waits on it.
  let sessionFor: { plan: Plan; body: Buffer } | undefined;
  const session = (): Buffer => {
    if (sessionFor?.plan !== state.plan) {
      const built = buildWorkbenchSession({
        plan: state.plan, spec: state.spec, profile: state.profile, calendar,
        ...(state.plan === options.plan ? { verdict } : {}),
        ...(state.planFile !== undefined ? { planFile: basename(state.planFile), version: state.version! } : {}),
      });
      sessionFor = { plan: state.plan, body: Buffer.from(JSON.stringify(built)) };
    }
    return sessionFor.body;
  };
  // Ready before the address is printed: the first page load waits on nothing but the wire.
  compressed(session());
  for (const { file } of Object.values(PAGE)) {
    try {
      compressed(readPageFile(file));
    } catch {
      // Not built: the page's own request says so.
    }
  }

  async function answer(req: IncomingMessage, res: ServerResponse, authorities: ReadonlySet<string>): Promise<void> {
    const target = parseRequestTarget(req.url ?? "", req.headers.host);
    if (target?.authority === undefined && req.headers.host === undefined) return refuse(res, 400, "a Host header is required");
    const authority = target?.authority ?? req.headers.host!.toLowerCase();
    if (!authorities.has(authority)) return refuse(res, 421, "this server answers only to its loopback address");
    const origin = req.headers.origin;
    if (origin !== undefined && !isOwnOrigin(origin, authorities)) return refuse(res, 403, "cross-origin requests are refused");
    if (target === undefined) return refuse(res, 400, "bad request target");
    const path = target.path;
    if (path.startsWith("/api/") && req.method === "POST") {
      if (!hasToken(req, tokenBytes)) {
        throw new ApiError(401, "USAGE", { zh: "缺少或错误的访问令牌：请使用 yishi view 打印的完整地址", en: "missing or wrong token: open the full address yishi view printed" });
      }
      const body = await readJsonBody(req, limit);
      if (path === "/api/replan") return sendJson(res, 200, await replanFromPage(state, body));
      if (path === "/api/save") return sendJson(res, 200, savePlanFromPage(state, body));
      if (path === "/api/export") {
        const file = await exportFromPage(state, body);
        const data = typeof file.data === "string" ? Buffer.from(file.data) : Buffer.from(file.data);
        res.writeHead(200, { "content-type": file.type, "content-length": data.length, "content-disposition": `attachment; filename="${encodeURIComponent(file.name)}"`, ...SECURITY_HEADERS });
        return void res.end(data);
      }
      throw new ApiError(404, "USAGE", { zh: "没有这个接口", en: "no such endpoint" });
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: path.startsWith("/api/") ? "GET, HEAD, POST" : "GET, HEAD" }).end();
      return;
    }
    // Browsers ask for an icon unprompted; the page has none, and says so without a 404 in the console.
    if (path === "/favicon.ico") return void res.writeHead(204, SECURITY_HEADERS).end();
    let body: Buffer;
    let type = "application/json; charset=utf-8";
    if (path === "/api/session") body = session();
    else if (scripts.has(path)) body = scripts.get(path)!;
    else if (PAGE[path] !== undefined) {
      body = readPageFile(PAGE[path].file);
      type = PAGE[path].type;
    } else return refuse(res, 404, "not found");
    // The page's files may be kept by the browser, asked again each load (304 when unchanged), so it can
    // reuse the compiled script; the plan and session are never kept.
    const fixed = PAGE[path] !== undefined;
    const etag = fixed ? `"${etagOf(body)}"` : undefined;
    if (etag !== undefined && req.headers["if-none-match"] === etag) return void res.writeHead(304, { etag, "cache-control": "no-cache" }).end();
    const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? "")) ? compressed(body) : undefined;
    const headers = { "content-type": type, "content-security-policy": CSP, vary: "accept-encoding", ...SECURITY_HEADERS, ...(etag ? { etag, "cache-control": "no-cache" } : {}) };
    if (gzip) res.writeHead(200, { ...headers, "content-encoding": "gzip", "content-length": gzip.length }).end(req.method === "HEAD" ? undefined : gzip);
    else res.writeHead(200, { ...headers, "content-length": body.length }).end(req.method === "HEAD" ? undefined : body);
  }

  // The names this server answers to are known once it is bound; until then it refuses every request.
  let authorities: ReadonlySet<string> = new Set();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    // Nothing a client sends may stop the workbench: an exception here would end `yishi view`.
    answer(req, res, authorities).catch((error: unknown) => {
      try {
        if (error instanceof ApiError) return sendError(res, error);
        const message = error instanceof Error ? error.message : String(error);
        sendError(res, new ApiError(500, "INTERNAL", { zh: `服务器出错：${message}`, en: `server error: ${message}` }));
      } catch {
        res.destroy();
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      const why = error.code === "EADDRINUSE" ? "the port is in use; give another with --port, or 0 for a free one" : (error.code ?? error.message);
      reject(new YishiError("USAGE", `cannot serve on ${host}:${options.port ?? 0}: ${why}`, { cause: error }));
    });
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const port = address.port;
  authorities = listAuthorities(host, address.address, port);
  // A failed accept (e.g. too many open files) is that connection's loss, not the viewer's end.
  server.removeAllListeners("error");
  server.on("error", () => undefined);
  const origin = `http://${formatHostName(host)}:${port}/`;
  return {
    url: `${origin}?token=${token}`,
    origin,
    port,
    token,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
