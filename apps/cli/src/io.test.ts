import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isYishiError, type YishiError } from "@yishi/domain";
import { writeFileAtomic, writeFilesAtomic } from "./io.js";
import { runCaptured } from "./test-run.js";

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
