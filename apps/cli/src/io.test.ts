import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { isYishiError, type YishiError } from "@yishi/domain";
import { writeFileAtomic, writeFilesAtomic } from "./io.js";
import { runCaptured } from "./test-run.js";

/** A hook before every rename io.ts makes: the folder as a reader sees it at that instant, as a kill there would leave it. */
const renames = vi.hoisted(() => ({ before: undefined as ((from: string, to: string) => void) | undefined }));
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  return {
    ...fs,
    renameSync: (from: string, to: string) => {
      renames.before?.(from, to);
      fs.renameSync(from, to);
    },
  };
});

const EXAMPLE = join(import.meta.dirname, "../../../examples/zhongshan-2026q1.yaml");

function tmp(): string {
  return mkdtempSync(join(tmpdir(), "yishi-io-"));
}

function catchError(fn: () => void): YishiError {
  try {
    fn();
  } catch (error) {
    if (isYishiError(error)) return error;
    throw error;
  }
  throw new Error("expected a YishiError");
}

describe("writeFileAtomic", () => {
  it("writes the whole file and leaves no temp file", () => {
    const dir = tmp();
    writeFileAtomic(join(dir, "sub", "a.txt"), "hello");
    expect(readFileSync(join(dir, "sub", "a.txt"), "utf8")).toBe("hello");
    expect(readdirSync(join(dir, "sub"))).toEqual(["a.txt"]);
  });

  it("names the file in the way when the output folder is an existing file", () => {
    const dir = tmp();
    const file = join(dir, "afile");
    writeFileSync(file, "keep me");
    const error = catchError(() => writeFileAtomic(join(file, "plan.json"), "{}"));
    expect(error.code).toBe("OUTPUT_UNWRITABLE");
    expect(error.message).toBe(`cannot write ${join(file, "plan.json")}: ${file} is a file, not a directory`);
    expect(error.file).toBe(join(file, "plan.json"));
    expect(readFileSync(file, "utf8")).toBe("keep me");
    expect(readdirSync(dir)).toEqual(["afile"]);
  });

  it("names a deeper file in the way too", () => {
    const dir = tmp();
    writeFileSync(join(dir, "afile"), "");
    const error = catchError(() => writeFileAtomic(join(dir, "afile", "x", "plan.json"), "{}"));
    expect(error.message).toContain(`${join(dir, "afile")} is a file, not a directory`);
  });

  it("refuses a target that is a directory and leaves no temp file", () => {
    const dir = tmp();
    const target = join(dir, "plan.json");
    mkdirSync(target);
    const error = catchError(() => writeFileAtomic(target, "{}"));
    expect(error.code).toBe("OUTPUT_UNWRITABLE");
    expect(error.message).toBe(`cannot write ${target}: ${target} is a directory, not a file`);
    expect(readdirSync(dir)).toEqual(["plan.json"]);
    expect(readdirSync(target)).toEqual([]);
  });

  it.runIf(process.platform === "linux")("says permission denied for a folder it may not write", () => {
    // /sys/kernel refuses new files even for root.
    const error = catchError(() => writeFileAtomic("/sys/kernel/yishi-test.json", "x"));
    expect(error.code).toBe("OUTPUT_UNWRITABLE");
    expect(error.message).toBe("cannot write /sys/kernel/yishi-test.json: permission denied");
  });
});

describe("yishi plan --out pointing at a file", () => {
  it("prints one clear error, exit 2, no stack trace", async () => {
    const dir = tmp();
    const file = join(dir, "afile");
    writeFileSync(file, "keep me");
    const r = await runCaptured(["plan", EXAMPLE, "--period", "2026Q1", "--out", file]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`yishi: OUTPUT_UNWRITABLE: cannot write ${join(file, "plan.json")}: ${file} is a file, not a directory`);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(readFileSync(file, "utf8")).toBe("keep me");
    expect(readdirSync(dir)).toEqual(["afile"]);
  });
});

describe("writeFilesAtomic", () => {
  it("writes every file, or none when one of them cannot be written (no temp files left)", () => {
    const dir = tmp();
    writeFileSync(join(dir, "plan.json"), "old plan");
    mkdirSync(join(dir, "plan.html")); // a directory where an export should go
    const error = catchError(() =>
      writeFilesAtomic([
        { path: join(dir, "plan.json"), data: "new plan" },
        { path: join(dir, "plan.ics"), data: "BEGIN:VCALENDAR" },
        { path: join(dir, "plan.html"), data: "<html>" },
      ]),
    );
    expect(error.code).toBe("OUTPUT_UNWRITABLE");
    expect(error.file).toBe(join(dir, "plan.html"));
    expect(readFileSync(join(dir, "plan.json"), "utf8")).toBe("old plan");
    expect(readdirSync(dir).sort()).toEqual(["plan.html", "plan.json"]);
    writeFilesAtomic([
      { path: join(dir, "plan.json"), data: "new plan" },
      { path: join(dir, "plan.ics"), data: "BEGIN:VCALENDAR" },
    ]);
    expect(readFileSync(join(dir, "plan.json"), "utf8")).toBe("new plan");
    expect(readdirSync(dir).sort()).toEqual(["plan.html", "plan.ics", "plan.json"]);
  });

  it("leaves the old plan.json when `plan --export` cannot write one export", async () => {
    const dir = tmp();
    mkdirSync(join(dir, "plan.html"));
    const r = await runCaptured(["plan", EXAMPLE, "--period", "2026Q1", "--out", dir, "--export", "ics,html"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("OUTPUT_UNWRITABLE");
    expect(r.err).not.toContain("    at ");
    expect(readdirSync(dir)).toEqual(["plan.html"]);
  });
});

const ROOT = join(import.meta.dirname, "../../..");

/** The CLI in a child process, so that a hang is a timeout here instead of a stuck test worker. */
function runCliChild(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ["--import", "tsx", "--conditions=source", join(ROOT, "apps/cli/src/bin.ts"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, ...env },
  });
}

describe("an output folder that cannot exist (issue 13)", () => {
  it.runIf(existsSync("/proc/self"))("yishi plan --out /proc/x fails at once with OUTPUT_UNWRITABLE naming the folder, exit 2", { timeout: 90_000 }, () => {
    const r = runCliChild(["plan", EXAMPLE, "--period", "2026Q1", "--out", "/proc/yishi-x"]);
    // Node's recursive mkdir spun for ever here: /proc answers ENOENT for a child whose parent exists.
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("yishi: OUTPUT_UNWRITABLE: cannot write /proc/yishi-x/plan.json: cannot create the folder /proc/yishi-x");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("a dangling symbolic link as the folder fails at once too", () => {
    const dir = tmp();
    symlinkSync(join(dir, "gone"), join(dir, "out"));
    const error = catchError(() => writeFileAtomic(join(dir, "out", "sub", "plan.json"), "{}"));
    expect(error.code).toBe("OUTPUT_UNWRITABLE");
    expect(error.message).toContain(`cannot write ${join(dir, "out", "sub", "plan.json")}`);
    expect(readdirSync(dir)).toEqual(["out"]);
  });
});

/** Every file `plan --export` can write beside plan.json. */
const SET_NAMES = ["plan.json", "plan.ics", "plan.xlsx", "plan.html", "roster.csv", "meetings.csv", "agendas.csv"];

/**
 * What a reader starting from plan.json sees: "none" without one, else the
 * runs of plan.json and of every file of the set beside it (each file's
 * content is its run's name).
 */
function readerView(dir: string): string {
  if (!existsSync(join(dir, "plan.json"))) return "none";
  const present = SET_NAMES.filter((name) => existsSync(join(dir, name)));
  return present.map((name) => `${name}=${readFileSync(join(dir, name), "utf8")}`).join(" ");
}

function isOneRun(view: string): boolean {
  return view === "none" || new Set(view.split(" ").map((part) => part.split("=")[1])).size === 1;
}

const ourTemps = (dir: string) => readdirSync(dir).filter((name) => name.endsWith(".tmp"));

function writeRun(dir: string, run: string, names: string[]): void {
  writeFilesAtomic(
    names.map((name) => ({ path: join(dir, name), data: run })),
    { retire: SET_NAMES.map((name) => join(dir, name)) },
  );
}

describe("a reader never mixes two runs (issue 13)", () => {
  it("at every instant of the renames, plan.json is absent or every file of the set beside it is from its run", () => {
    const dir = tmp();
    writeRun(dir, "A", ["plan.json", "plan.ics", "plan.html", "roster.csv"]);
    expect(readerView(dir)).toBe("plan.json=A plan.ics=A plan.html=A roster.csv=A");
    const views: string[] = [];
    renames.before = () => views.push(readerView(dir));
    try {
      // Run B asks for other exports: plan.html and roster.csv of run A must not stay beside B's plan.json.
      writeRun(dir, "B", ["plan.json", "plan.ics", "meetings.csv"]);
    } finally {
      renames.before = undefined;
    }
    views.push(readerView(dir));
    expect(views).toHaveLength(4);
    for (const view of views) expect([view, isOneRun(view)]).toEqual([view, true]);
    expect(views.at(-1)).toBe("plan.json=B plan.ics=B meetings.csv=B");
    expect(ourTemps(dir)).toEqual([]);
  });

  it("a single file is replaced in place: never absent", () => {
    const dir = tmp();
    writeFileAtomic(join(dir, "plan.ics"), "A");
    const views: boolean[] = [];
    renames.before = () => views.push(existsSync(join(dir, "plan.ics")));
    try {
      writeFileAtomic(join(dir, "plan.ics"), "B");
    } finally {
      renames.before = undefined;
    }
    expect(views).toEqual([true]);
    expect(readFileSync(join(dir, "plan.ics"), "utf8")).toBe("B");
  });

  it("killed (SIGKILL) between two renames: the reader sees no plan, never a mix; the next run removes the temp files and writes the set whole", { timeout: 60_000 }, () => {
    const dir = tmp();
    writeRun(dir, "A", ["plan.json", "plan.ics", "plan.html", "roster.csv"]);
    // A real kill in a child process, at its second rename: no catch block, no cleanup runs.
    const child = join(dir, "..", `${dir.split("/").at(-1)}-child.mjs`);
    writeFileSync(
      child,
      `import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";
const rename = fs.renameSync;
let count = 0;
fs.renameSync = (from, to) => { if (++count === 2) process.kill(process.pid, "SIGKILL"); return rename(from, to); };
syncBuiltinESMExports();
const { writeFilesAtomic } = await import(${JSON.stringify(join(import.meta.dirname, "io.ts"))});
const dir = ${JSON.stringify(dir)};
writeFilesAtomic(["plan.json", "plan.ics", "meetings.csv"].map((name) => ({ path: dir + "/" + name, data: "B" })), { retire: ${JSON.stringify(SET_NAMES)}.map((name) => dir + "/" + name) });
`,
    );
    const r = spawnSync(process.execPath, ["--import", "tsx", "--conditions=source", child], { cwd: ROOT, encoding: "utf8", timeout: 50_000 });
    expect([r.signal, r.stderr]).toEqual(["SIGKILL", ""]);
    expect(readerView(dir)).toBe("none");
    const left = ourTemps(dir);
    expect(left.length).toBe(2); // plan.json's and meetings.csv's (plan.ics was renamed)
    for (const name of left) expect(name).toMatch(/^\.(plan\.json|meetings\.csv)\.yishi-\d+-[0-9a-f]{12}\.tmp$/);
    writeRun(dir, "C", ["plan.json", "plan.ics"]);
    expect(readerView(dir)).toBe("plan.json=C plan.ics=C");
    expect(readdirSync(dir).sort()).toEqual(["plan.ics", "plan.json"]);
  });
});

describe("stale temp files", () => {
  it("removes ours whose writer is gone and nothing else", () => {
    const dir = tmp();
    const dead = spawnSync(process.execPath, ["-e", ""]).pid!;
    const stale = `.plan.json.yishi-${dead}-0123456789ab.tmp`;
    const keep = [
      `.plan.json.yishi-${process.pid}-0123456789ab.tmp`, // a writer still running
      "plan.json.tmp",
      `plan.json.yishi-${dead}-0123456789ab.tmp`, // no leading dot: not a name we write
      `.notes.yishi-${dead}-0123456789.tmp`, // 10 hex digits, not 12
      `.notes.yishi-${dead}-0123456789ab.tmp.bak`,
      "report.xlsx",
    ];
    for (const name of [stale, ...keep]) writeFileSync(join(dir, name), "user data");
    mkdirSync(join(dir, `.dir.yishi-${dead}-0123456789ab.tmp`)); // a folder is never ours
    writeFileAtomic(join(dir, "plan.json"), "{}");
    expect(readdirSync(dir).sort()).toEqual([...keep, `.dir.yishi-${dead}-0123456789ab.tmp`, "plan.json"].sort());
    for (const name of keep) expect(readFileSync(join(dir, name), "utf8")).toBe("user data");
  });
});
