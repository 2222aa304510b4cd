import { randomBytes } from "node:crypto";
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { YishiError } from "@yishi/domain";

/**
 * The batch's own whole-or-nothing writes. The CLI has writeFilesAtomic, but
 * a package may not import an app (scripts/check-deps.mjs), and the batch
 * needs a folder swap the CLI does not: a government's folder is built
 * beside its target and renamed into place, so a reader never sees a new
 * plan.json beside old exports, and a killed batch leaves only a hidden
 * staging folder behind.
 */
export function writeFolderAtomic(folder: string, files: readonly { name: string; data: string | Uint8Array }[]): void {
  const tag = randomBytes(6).toString("hex");
  const parent = dirname(folder);
  const name = folder.slice(parent.length + 1);
  const staged = join(parent, `.${name}.${tag}.tmp`);
  const old = join(parent, `.${name}.${tag}.old`);
  try {
    mkdirSync(staged, { recursive: true });
    for (const file of files) writeFileSync(join(staged, file.name), file.data);
    // rename(2) cannot replace a non-empty folder: move the old one aside first, then drop it.
    let replaced = false;
    try {
      renameSync(folder, old);
      replaced = true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
    renameSync(staged, folder);
    if (replaced) rmSync(old, { recursive: true, force: true });
  } catch (error) {
    rmSync(staged, { recursive: true, force: true });
    throw unwritable(folder, error);
  }
}

/** Writes one file whole: to a temp file beside it, then renamed. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const tmp = `${path}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw unwritable(path, error);
  }
}

function unwritable(path: string, error: unknown): YishiError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = code === "ENOSPC" ? "no space left on the device" : code === "EACCES" || code === "EPERM" ? "permission denied" : code === "ENOTDIR" || code === "EEXIST" ? "a file is in the way of its folder" : (code ?? String(error));
  return new YishiError("OUTPUT_UNWRITABLE", `cannot write ${path}: ${reason}`, { file: path, cause: error });
}
