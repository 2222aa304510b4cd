import { describe, expect, it } from "vitest";
import { runCaptured } from "../test-run.js";

const run = (...argv: string[]) => runCaptured(argv);

describe("yishi workdays", () => {
  it("adds working days across the Spring Festival", async () => {
    expect(await run("workdays", "add", "2026-02-13", "7")).toEqual({ code: 0, out: "2026-03-02\n", err: "" });
    expect((await run("workdays", "add", "2026-02-24", "-1")).out).toBe("2026-02-14\n");
  });

  it("explains what it skipped and counted", async () => {
    const { out } = await run("workdays", "add", "2026-02-13", "7", "--explain", "--lang", "en");
    expect(out).toBe(
      [
        "2026-02-13 + 7 working days = 2026-03-02 (Monday)",
        "skipped 10 days off: 2026-02-15..2026-02-23 Spring Festival; 2026-03-01 weekend",
        "counted adjusted working days: 2026-02-14, 2026-02-28",
        "",
      ].join("\n"),
    );
    expect((await run("workdays", "add", "2026-02-13", "7", "--explain")).out).toContain("跳过 10 个休息日：2026-02-15..2026-02-23 春节；2026-03-01 周末");
  });

  it("counts working days after A up to and including B", async () => {
    expect((await run("workdays", "between", "2026-02-13", "2026-03-02")).out).toBe("7\n");
  });

  it("describes a day", async () => {
    expect((await run("workdays", "is", "2026-02-14")).out).toBe("2026-02-14 星期六：工作日（调休上班，春节；依据：shipped）\n");
    expect((await run("workdays", "is", "2026-02-17", "--lang", "en")).out).toBe("2026-02-17 Tuesday: day off (holiday, Spring Festival; source: shipped)\n");
    expect((await run("workdays", "is", "2035-01-01", "--assume-weekends", "--lang", "en")).out).toBe(
      "2035-01-01 Monday: working day (workday; source: weekday-rule)\n",
    );
  });

  it.each([
    [["workdays", "add", "2026-02-13", "seven"], "USAGE"],
    [["workdays", "add", "2026-02-30", "1"], "DATE_INVALID"],
    [["workdays", "between", "2026-02-13", "2035-01-01"], "UNKNOWN_HOLIDAY_YEAR"],
    [["workdays", "is", "2026/02/14"], "DATE_INVALID"],
  ])("rejects %j with exit 2 and no stack trace", async (argv, code) => {
    const result = await run(...argv);
    expect(result.code).toBe(2);
    expect(result.err).toContain(`yishi: ${code}:`);
    expect(result.err).not.toMatch(/\n\s+at /);
  });
});
