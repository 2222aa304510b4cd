import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { GovernmentResult, SummaryRow } from "./government-job.js";
import { writeFolderAtomic } from "./write-atomic.js";
import { YISHI_VERSION } from "./yishi-version.js";

/** The file in each government's folder that records what its outputs were made from. */
export const MANIFEST_FILE = "batch.json";
export const MANIFEST_SCHEMA = "yishi.batch-output/v1";

export interface GovernmentManifest {
  schema: typeof MANIFEST_SCHEMA;
  government: string;
  period: string;
  yishi: string;
  /** The plan key (see computePlanKey); absent when the inputs could not be read. */
  key?: string;
  row: SummaryRow;
}

/** The manifest an earlier run left in the government's folder, if any (an unreadable one counts as none: plan again). */
export function readManifest(outDir: string, government: string): GovernmentManifest | undefined {
  try {
    const data = JSON.parse(readFileSync(join(outDir, government, MANIFEST_FILE), "utf8")) as GovernmentManifest;
    return data.schema === MANIFEST_SCHEMA && typeof data.row === "object" ? data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Replaces the government's folder with this run's files and manifest, as
 * one: a government with bad input gets a folder holding only the manifest
 * (its error), so no stale plan.json stays beside a spec that no longer loads.
 */
export function writeGovernmentOutput(outDir: string, period: string, result: GovernmentResult): void {
  const manifest: GovernmentManifest = { schema: MANIFEST_SCHEMA, government: result.row.government, period, yishi: YISHI_VERSION, ...(result.key ? { key: result.key } : {}), row: result.row };
  writeFolderAtomic(join(outDir, result.row.government), [...result.files, { name: MANIFEST_FILE, data: `${JSON.stringify(manifest, null, 2)}\n` }]);
}
