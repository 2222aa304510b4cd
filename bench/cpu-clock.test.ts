import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cpuSince, readCpu } from "./cpu-clock.js";

describe.skipIf(!existsSync("/proc/self/stat"))("the bench's CPU clock", () => {
  it("counts a child started before a case and ended inside it only for the time it ran inside (a browser's start-up is not the case's)", async () => {
    const zero = readCpu();
    const child = spawn("sh", ["-c", "i=0; while [ $i -lt 2000000 ]; do i=$((i+1)); done"], { stdio: "ignore" });
    const exited = new Promise((resolve) => child.on("exit", resolve));
    // It burns a while before the case's first reading.
    await new Promise((r) => setTimeout(r, 600));
    const start = readCpu();
    await exited;
    const inside = cpuSince(start).childMs!;
    const whole = cpuSince(zero).childMs!;
    expect(inside).toBeGreaterThan(0);
    // What it burned before `start` is not the case's: counting only ended children made the two equal.
    expect(whole - inside).toBeGreaterThan(100);
  });
});
