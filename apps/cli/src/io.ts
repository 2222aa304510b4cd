import { randomBytes } from "node:crypto";
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from "node:fs";
import { YishiError } from "@yishi/domain";
import { dirname } from "node:path";

/** Output sink, so commands can be tested without touching process streams. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** True when stdout is a terminal (progress bars, colours). */
  isTty: boolean;
}

export const processIo: Io = {
  out: (text) => void process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => void process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
  isTty: Boolean(process.stdout.isTTY),
};

/** Writes a file whole or not at all: to a temp file beside it, then renamed. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  writeFilesAtomic([{ path, data }]);
}

/**
 * Writes a set of files all or none (as far as the file system allows): every
 * file goes to a temp file first, and only when all are written are they
 * renamed into place, so a failure on the fourth export does not leave a new
 * plan.json beside the old exports.
 */
export function writeFilesAtomic(files: readonly { path: string; data: string | Uint8Array }[]): void {
  const staged: { tmp: string; path: string }[] = [];
  let current = "";
  try {
    for (const { path, data } of files) {
      current = path;
      if (isDirectory(path)) throw Object.assign(new Error("target is a directory"), { code: "EISDIR" });
      mkdirSync(dirname(path), { recursive: true });
      const tmp = `${path}.${randomBytes(6).toString("hex")}.tmp`;
      staged.push({ tmp, path });
      writeFileSync(tmp, data);
    }
    for (const { tmp, path } of staged) {
      current = path;
      renameSync(tmp, path);
    }
  } catch (error) {
    for (const { tmp } of staged) removeQuietly(tmp);
    throw toOutputError(current, error);
  }
}

/** Turns an fs failure into a user-facing error: the path and the reason in plain words. */
function toOutputError(path: string, error: unknown): YishiError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  let reason: string;
  switch (code) {
    case "EISDIR":
      reason = isDirectory(path) ? `${path} is a directory, not a file` : "a directory is in the way";
      break;
    case "EEXIST":
    case "ENOTDIR": {
      const blocker = findFileInPath(dirname(path));
      reason = blocker === undefined ? "a file is in the way of its folder" : `${blocker} is a file, not a directory`;
      break;
    }
    case "EACCES":
    case "EPERM":
      reason = "permission denied";
      break;
    case "EROFS":
      reason = "the file system is read-only";
      break;
    case "ENOSPC":
      reason = "no space left on the device";
      break;
    case "ENOENT":
      reason = `the folder ${dirname(path)} cannot hold new files`;
      break;
    default:
      reason = code ?? (error instanceof Error ? error.message : String(error));
  }
  return new YishiError("OUTPUT_UNWRITABLE", `cannot write ${path}: ${reason}`, { file: path, cause: error });
}

/** The nearest existing ancestor (or the folder itself) that is not a directory, if any. */
function findFileInPath(folder: string): string | undefined {
  for (let current = folder; ; current = dirname(current)) {
    const stats = statQuietly(current);
    if (stats !== undefined) return stats.isDirectory() ? undefined : current;
    if (dirname(current) === current) return undefined;
  }
}

function isDirectory(path: string): boolean {
  return statQuietly(path)?.isDirectory() ?? false;
}

function statQuietly(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Best effort: the write already failed and that error is what the user needs.
  }
}
