import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { isIP, type AddressInfo } from "node:net";
import type { WorkCalendar } from "@yishi/calendar";
import { YishiError, type Plan, type PlanVerdict, type RuleProfile, type Spec } from "@yishi/domain";
import { buildViewPayload } from "./view-payload.js";

export interface ViewServerOptions {
  plan: Plan;
  spec?: Spec;
  calendar?: WorkCalendar;
  /** The profile to judge by; default: the spec's own selection. */
  profile?: RuleProfile;
  /** A verdict judged already; by default the server judges the plan when it starts. */
  verdict?: PlanVerdict;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1: the view is for the planner's own machine. */
  host?: string;
}

export interface ViewServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** The page, its script and style: plain files beside src/ and dist/, no build step. */
const ASSETS: Record<string, { file: string; type: string }> = {
  "/": { file: "index.html", type: "text/html; charset=utf-8" },
  "/index.html": { file: "index.html", type: "text/html; charset=utf-8" },
  "/app.js": { file: "app.js", type: "text/javascript; charset=utf-8" },
  "/i18n.js": { file: "i18n.js", type: "text/javascript; charset=utf-8" },
  "/app.css": { file: "app.css", type: "text/css; charset=utf-8" },
};

function readAsset(file: string): Buffer {
  return readFileSync(new URL(`../assets/${file}`, import.meta.url));
}

/** An IP literal as it appears in a Host header: IPv6 in brackets. */
function formatHostName(host: string): string {
  return isIP(host) === 6 ? `[${host}]` : host;
}

function isLoopback(address: string): boolean {
  return address === "::1" || address === "localhost" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(address) || address === "::ffff:127.0.0.1";
}

/**
 * The Host values (lower case) this server answers to: the address it is
 * bound to, and `localhost` when that is a loopback address, each with its
 * port (without it too on port 80, where browsers leave it out). Any other
 * name reached this socket through someone else's DNS, as a rebinding page
 * does, and is refused.
 */
function listAuthorities(host: string, bound: string, port: number): ReadonlySet<string> {
  const names = new Set([formatHostName(host).toLowerCase(), formatHostName(bound).toLowerCase()]);
  if (isLoopback(host) || isLoopback(bound)) names.add("localhost");
  if (host === "localhost") for (const literal of ["127.0.0.1", "[::1]"]) names.add(literal);
  const authorities = new Set<string>();
  for (const name of names) {
    authorities.add(`${name}:${port}`);
    if (port === 80) authorities.add(name);
  }
  return authorities;
}

/** RFC 3986 path characters: unreserved, sub-delims, `:` `@`, and `%XX` escapes; a query may add `/` and `?`. */
const ORIGIN_FORM = /^((?:\/(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)+)(?:\?(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$/;

/**
 * The request target split into the authority it names (absolute form,
 * RFC 9112 §3.2.2; else the Host header) and its decoded path, or
 * undefined when it is not a valid HTTP target. Parsed by hand, never by
 * `new URL`, which throws on `//%` and reads `//x` as a host.
 */
function parseRequestTarget(target: string, hostHeader: string | undefined): { authority: string | undefined; path: string } | undefined {
  let authority = hostHeader;
  let rest = target;
  const absolute = /^http:\/\/([^/?#]*)/i.exec(target);
  if (absolute !== null) {
    authority = absolute[1]!;
    rest = target.slice(absolute[0].length) || "/";
  }
  const match = ORIGIN_FORM.exec(rest);
  if (match === null) return undefined;
  try {
    return { authority: authority?.toLowerCase(), path: decodeURIComponent(match[1]!) };
  } catch {
    // %-escapes that are not UTF-8 (`%E4%BD`).
    return undefined;
  }
}

/** `http://` and one of this server's authorities, nothing more (`null`, another scheme, a path: refused). */
function isOwnOrigin(origin: string, authorities: ReadonlySet<string>): boolean {
  const match = /^http:\/\/(.*)$/i.exec(origin);
  return match !== null && authorities.has(match[1]!.toLowerCase());
}

type ServedFiles = ReadonlyMap<string, { body: Buffer; type: string }>;

/**
 * Host first (421), then Origin (403), then the target (400), the method
 * (405) and the file (404). 421 Misdirected Request (RFC 9110 §15.5.20)
 * says what a foreign Host is: a request for an origin this server does not
 * serve, not one it forbids; a foreign Origin is a page elsewhere asking for
 * ours, which is forbidden (403).
 */
function answer(req: IncomingMessage, res: ServerResponse, files: ServedFiles, authorities: ReadonlySet<string>): void {
  const target = parseRequestTarget(req.url ?? "", req.headers.host);
  if (target?.authority === undefined && req.headers.host === undefined) return refuse(res, 400, "a Host header is required");
  const authority = target?.authority ?? req.headers.host!.toLowerCase();
  if (!authorities.has(authority)) return refuse(res, 421, "this server answers only to its loopback address");
  const origin = req.headers.origin;
  if (origin !== undefined && !isOwnOrigin(origin, authorities)) return refuse(res, 403, "cross-origin requests are refused");
  if (target === undefined) return refuse(res, 400, "bad request target");
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { allow: "GET, HEAD" }).end();
    return;
  }
  const file = files.get(target.path);
  if (file === undefined) return refuse(res, 404, "not found");
  res.writeHead(200, { "content-type": file.type, "content-length": file.body.length, "cache-control": "no-store", "x-content-type-options": "nosniff" });
  res.end(req.method === "HEAD" ? undefined : file.body);
}

/** A short plain-text answer; when the headers have gone out already, the connection is cut instead. */
function refuse(res: ServerResponse, status: number, text: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", "x-content-type-options": "nosniff" }).end(text);
}

/**
 * Serves the plan viewer on localhost: the page, /plan.json (the plan, its
 * `violations` replaced by the verdict judged at start) and /view.json (day facts and names computed here with
 * @yishi/calendar). Resolves once listening.
 */
export async function startViewServer(options: ViewServerOptions): Promise<ViewServer> {
  const host = options.host ?? "127.0.0.1";
  const files = new Map(Object.entries(ASSETS).map(([path, a]) => [path, { body: readAsset(a.file), type: a.type }]));
  const payload = buildViewPayload(options.plan, options.spec, {
    ...(options.calendar === undefined ? {} : { calendar: options.calendar }),
    ...(options.profile === undefined ? {} : { profile: options.profile }),
    ...(options.verdict === undefined ? {} : { verdict: options.verdict }),
  });
  // The page shows the verdict judged now: the stored list is not served, so no script can show it by mistake.
  const served: Plan = { ...options.plan, violations: payload.verdict.checked ? payload.verdict.violations : [] };
  files.set("/plan.json", { body: Buffer.from(JSON.stringify(served)), type: "application/json; charset=utf-8" });
  files.set("/view.json", { body: Buffer.from(JSON.stringify(payload)), type: "application/json; charset=utf-8" });

  // The names this server answers to are known once it is bound; until then it refuses every request.
  let authorities: ReadonlySet<string> = new Set();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    // Nothing a client sends may stop the viewer: an exception here would end `yishi view`.
    try {
      answer(req, res, files, authorities);
    } catch {
      try {
        refuse(res, 400, "bad request");
      } catch {
        res.destroy();
      }
    }
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
  return {
    url: `http://${formatHostName(host)}:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
