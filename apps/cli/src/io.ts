import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync, type Stats } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { YishiError } from "@yishi/domain";

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

export interface WriteSetOptions {
  /**
   * Files an earlier run may have left that belong to this set (e.g. every
   * export `plan --export` can write): those not written this time are
   * removed before the first file appears, so it never sits beside them.
   */
  retire?: readonly string[];
}

/**
 * Writes a set of files so that a reader never mixes two runs. The first file
 * is the head (plan.json), the one readers start from. Promise: whenever the
 * head exists, every file of the set beside it is from the head's run.
 *
 * 1. Every file is written to a temp file beside its target (same folder, so
 *    each rename is atomic and never crosses devices) and flushed. A failure
 *    here removes the temp files and leaves the folder as it was.
 * 2. The previous head is removed, then the `retire` files not written now,
 *    then the other files are renamed into place, and the head last.
 *
 * A kill in step 2 leaves no head (the previous one is gone, the new one not
 * yet there): the set reads as absent, never as mixed, and the next run writes
 * it whole. On POSIX nothing stronger exists without swapping folders, which
 * would change what `--out` names. A reader that reads the head and then the
 * others can check the head is still the same file (inode) afterwards.
 * Temp files are `.<name>.yishi-<pid>-<random>.tmp`: any of ours whose
 * process is gone (killed mid-write) is removed from the folders written to.
 */
export function writeFilesAtomic(files: readonly { path: string; data: string | Uint8Array }[], options: WriteSetOptions = {}): void {
  const staged: { tmp: string; path: string }[] = [];
  let current = "";
  try {
    for (const { path, data } of files) {
      current = path;
      if (isDirectory(path)) throw Object.assign(new Error("target is a directory"), { code: "EISDIR" });
      makeFolder(dirname(path));
      removeStaleTemps(dirname(path));
      const tmp = join(dirname(path), `.${basename(path)}.yishi-${process.pid}-${randomBytes(6).toString("hex")}.tmp`);
      staged.push({ tmp, path });
      writeFlushed(tmp, data);
    }
  } catch (error) {
    for (const { tmp } of staged) removeQuietly(tmp);
    throw toOutputError(current, error);
  }
  try {
    const [head, ...rest] = staged;
    if (head === undefined) return;
    const written = new Set(staged.map((s) => resolve(s.path)));
    const retired = (options.retire ?? []).filter((path) => !written.has(resolve(path)));
    if (rest.length > 0 || retired.length > 0) {
      current = head.path;
      removeFile(head.path);
      for (const path of retired) (current = path), removeFile(path);
    }
    for (const { tmp, path } of [...rest, head]) {
      current = path;
      renameSync(tmp, path);
    }
  } catch (error) {
    for (const { tmp } of staged) removeQuietly(tmp);
    throw toOutputError(current, error);
  }
}

/** Data on disk before the rename makes it visible, so a crash cannot publish an empty file. */
function writeFlushed(path: string, data: string | Uint8Array): void {
  const fd = openSync(path, "wx");
  try {
    writeFileSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Removes a file of the set if there is one; a directory of that name is not ours and stays. */
function removeFile(path: string): void {
  if (lstatQuietly(path)?.isDirectory() === false) unlinkSync(path);
}

/**
 * `mkdir -p`, one level at a time from the nearest existing folder. Not
 * `mkdirSync(…, { recursive: true })`: Node's reads ENOENT as "the parent is
 * missing" and retries the parent, which exists, for ever when a file
 * system answers ENOENT for a child whose parent exists (/proc, /sys).
 * Here every failure is final.
 */
function makeFolder(folder: string): void {
  const missing: string[] = [];
  for (let current = resolve(folder); statQuietly(current) === undefined; current = dirname(current)) {
    missing.push(current);
    if (dirname(current) === current) break;
  }
  for (const path of missing.reverse()) {
    try {
      mkdirSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST" && isDirectory(path)) continue;
      throw Object.assign(error as Error, { folder: path });
    }
  }
}

const TEMP_NAME = /^\..+\.yishi-(\d+)-[0-9a-f]{12}\.tmp$/;

/** Our temp files whose writer is gone: a run killed mid-write left them. Anything else is left alone. */
function removeStaleTemps(folder: string): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = TEMP_NAME.exec(name)?.[1];
    if (pid === undefined || isRunning(Number(pid))) continue;
    const path = join(folder, name);
    if (lstatQuietly(path)?.isFile()) removeQuietly(path);
  }
}

/** Signal 0 only asks: ESRCH is no such process; EPERM is someone else's, alive. */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== "ESRCH";
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
    case "ENOENT": {
      const folder = (error as { folder?: string }).folder;
      reason = folder === undefined ? `the folder ${dirname(path)} cannot hold new files` : `cannot create the folder ${folder}: ${dirname(folder)} does not accept new folders`;
      break;
    }
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

function lstatQuietly(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
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
