import type { IncomingMessage } from "node:http";
import type { LocalizedText } from "@yishi/domain";

/** A request the workbench API refuses: an HTTP status and a message in both languages. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly text: LocalizedText,
    readonly path?: (string | number)[],
  ) {
    super(text.en);
  }
}

/**
 * The request's JSON body, at most `limit` bytes, sent as application/json
 * (which a cross-site form cannot send without a preflight this server
 * refuses). Reading stops at the limit: an oversized body is not buffered.
 */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const type = String(req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json") {
    throw new ApiError(415, "USAGE", { zh: `请求体须为 application/json，实为 ${type || "（无）"}`, en: `the body must be application/json, found ${type || "none"}` });
  }
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > limit) throw tooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw tooLarge(limit);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new ApiError(400, "USAGE", { zh: `请求体不是有效的 JSON：${why}`, en: `the body is not valid JSON: ${why}` });
  }
}

function tooLarge(limit: number): ApiError {
  const mib = (limit / 1024 / 1024).toFixed(0);
  return new ApiError(413, "USAGE", { zh: `请求体超过 ${mib} MiB 上限`, en: `the body is over the ${mib} MiB limit` });
}
