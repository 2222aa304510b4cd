import { createHash, randomBytes } from "node:crypto";
import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import type { Plan } from "@yishi/domain";

/** A plan file's identity for save conflicts: the sha256 of its bytes. */
export function versionOfFile(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

/** `out/plan.json` → `out/plan.prev.json`: where a save keeps the version it replaces. */
export function previousVersionPath(file: string): string {
  const ext = extname(file);
  return join(dirname(file), `${basename(file, ext)}.prev${ext || ".json"}`);
}

/** The plan as `yishi plan` writes it: two-space JSON and a final newline. */
export function formatPlanFile(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

export type SaveOutcome = { saved: true; version: string; previous: string } | { saved: false; found: string };

/**
 * Writes the plan over `file` only if the file is still the version the page
 * loaded (`expected`); otherwise writes nothing and says what is there now.
 * The version replaced is kept beside it (plan.prev.json); the new one is
 * written to a temporary file in the same folder, flushed, then renamed over
 * the old, so a reader sees the old file or the new one, never a part.
 */
export function savePlanFile(file: string, plan: Plan, expected: string): SaveOutcome {
  const found = versionOfFile(file);
  if (found !== expected) return { saved: false, found };
  const previous = previousVersionPath(file);
  copyFileSync(file, previous);
  const data = formatPlanFile(plan);
  const tmp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    const fd = openSync(tmp, "wx");
    try {
      writeSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } finally {
    if (existsSync(tmp)) rmSync(tmp, { force: true });
  }
  return { saved: true, version: createHash("sha256").update(data).digest("hex"), previous };
}
