import { describe, expect, it } from "vitest";
import { createProgress } from "./progress.js";

function fakeIo(isTty: boolean) {
  const lines: string[] = [];
  return { lines, io: { err: (t: string) => void lines.push(t), isTty } };
}

describe("createProgress", () => {
  it("stays quiet when not on a terminal", () => {
    const { lines, io } = fakeIo(false);
    const p = createProgress(io);
    p.update("导出", 1, 6);
    p.done();
    expect(lines).toEqual([]);
  });

  it("rewrites one line on a terminal and clears it at the end", () => {
    const { lines, io } = fakeIo(true);
    const p = createProgress(io);
    p.update("值班表", 1, 6);
    p.update("会议安排", 2, 6);
    p.update("扫描", 3);
    p.done();
    expect(lines[0]).toBe("值班表 (1/6)");
    expect(lines[1]).toBe("\x1b[1A\x1b[2K会议安排 (2/6)");
    expect(lines[2]).toBe("\x1b[1A\x1b[2K扫描 (3)");
    expect(lines[3]).toBe("\x1b[1A\x1b[2K\x1b[1A");
  });
});
