import { hashContent } from "@yishi/domain";
import type { GovernmentJob, GovernmentResult } from "./government-job.js";
import { YISHI_VERSION } from "./yishi-version.js";

/** The default BullMQ queue name. */
export const DEFAULT_QUEUE_NAME = "yishi-batch";

/** A result as JSON (Redis keeps text): binary files (xlsx) travel as base64. */
export interface EncodedResult extends Omit<GovernmentResult, "files"> {
  files: { name: string; text?: string; base64?: string }[];
}

export function encodeResult(result: GovernmentResult): EncodedResult {
  return { ...result, files: result.files.map((f) => (typeof f.data === "string" ? { name: f.name, text: f.data } : { name: f.name, base64: Buffer.from(f.data).toString("base64") })) };
}

export function decodeResult(encoded: EncodedResult): GovernmentResult {
  return { ...encoded, files: encoded.files.map((f) => ({ name: f.name, data: f.text ?? new Uint8Array(Buffer.from(f.base64 ?? "", "base64")) })) };
}

/**
 * A job's id: the government, the period and a hash of everything the job
 * carries, so adding the same job twice (two coordinators, a restarted one)
 * plans it once: BullMQ ignores an add whose id it already has. BullMQ
 * forbids ":" in ids.
 */
export function jobIdOf(job: GovernmentJob): string {
  const hash = hashContent({ ...job, yishi: YISHI_VERSION }).slice("sha256:".length, "sha256:".length + 24);
  return `${job.government}|${job.period}|${hash}`.replaceAll(":", "_");
}
