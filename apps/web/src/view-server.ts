import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
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

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    const file = files.get(path);
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
    } else if (file === undefined) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
    } else {
      res.writeHead(200, { "content-type": file.type, "content-length": file.body.length, "cache-control": "no-store", "x-content-type-options": "nosniff" });
      res.end(req.method === "HEAD" ? undefined : file.body);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      const why = error.code === "EADDRINUSE" ? "the port is in use; give another with --port, or 0 for a free one" : (error.code ?? error.message);
      reject(new YishiError("USAGE", `cannot serve on ${host}:${options.port ?? 0}: ${why}`, { cause: error }));
    });
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
