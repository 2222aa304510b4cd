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
  const res = await fetch("/api/session");
  if (!res.ok) throw await refusal(res);
  return WorkbenchSession.parse(await res.json());
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
