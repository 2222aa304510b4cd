// The page's calls to its server: the session once, then re-plan, save and
// downloads, each with the launch token from the page's own address.
import { Plan } from "@yishi/domain";
import { WorkbenchSession } from "../src/workbench-session.js";
import type { LocalizedText } from "@yishi/domain";

/** A refusal from the server, in both languages. */
export class ServerError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly text: LocalizedText,
  ) {
    super(text.en);
  }
}

const token = new URLSearchParams(location.search).get("token") ?? "";

async function refusal(res: Response): Promise<ServerError> {
  try {
    const body = (await res.json()) as { error?: { code?: string; message?: LocalizedText } };
    if (body.error?.message) return new ServerError(res.status, body.error.code ?? "", body.error.message);
  } catch {
    // Not our JSON: fall through to the status line.
  }
  return new ServerError(res.status, "", { zh: `服务器返回 ${res.status}`, en: `the server answered ${res.status}` });
}

export async function loadSession(): Promise<WorkbenchSession> {
  // The same request the page's <link rel=preload> made while the script loaded: the browser hands over that response.
  const res = await fetch("/api/session", { credentials: "same-origin", mode: "cors" });
  if (!res.ok) throw await refusal(res);
  const body = (await res.json()) as WorkbenchSession;
  performance.mark("yishi:fetched");
  return body;
}

async function post(path: string, body: unknown): Promise<Response> {
  const res = await fetch(path, { method: "POST", headers: { "content-type": "application/json", "x-yishi-token": token }, body: JSON.stringify(body) });
  if (!res.ok) throw await refusal(res);
  return res;
}

export async function requestReplan(plan: Plan, from: string): Promise<Plan> {
  const res = await post("/api/replan", { plan, from });
  return Plan.parse(((await res.json()) as { plan: unknown }).plan);
}

export async function requestSave(plan: Plan, version: string): Promise<{ version: string; file: string; previous: string }> {
  const res = await post("/api/save", { plan, version });
  return (await res.json()) as { version: string; file: string; previous: string };
}

/** Asks the server for an export of the plan on screen and hands it to the browser as a download. */
export async function requestDownload(plan: Plan, format: "ics" | "xlsx" | "html", person?: string): Promise<string> {
  const res = await post("/api/export", { plan, format, ...(person ? { person } : {}) });
  const name = decodeURIComponent(/filename="([^"]+)"/.exec(res.headers.get("content-disposition") ?? "")?.[1] ?? `plan.${format}`);
  const url = URL.createObjectURL(await res.blob());
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}

/**
 * The session checked against its schema (the domain's Plan, Spec, profile
 * and calendar snapshot) once the page has drawn: the server built it from
 * inputs it validated, so this guards against a mismatch between server and
 * page, without holding up the first render (a year's plan takes ~0.2 s).
 */
export function checkSession(session: unknown): string | undefined {
  const parsed = WorkbenchSession.safeParse(session);
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0]!;
  return `${issue.path.join(".")}: ${issue.message}`;
}
