import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { runCaptured } from "../test-run.js";

/**
 * `agenda --meeting` takes a meeting as planners see it: its title as the
 * summary, check and report print it, `SERIES@DATE` (the series by id or
 * name), or a date alone; a title or date two meetings share is refused with
 * both listed, never guessed.
 */
const EXAMPLE = fileURLToPath(new URL("../../../../examples/zhongshan-2026q1.yaml", import.meta.url));

describe("yishi agenda --meeting by title, series@date or date", () => {
  const dir = mkdtempSync(join(tmpdir(), "yishi-cli-agenda-names-"));
  const planFile = join(dir, "plan.json");
  const shown = async (meeting: string) => {
    const r = await runCaptured(["agenda", EXAMPLE, planFile, "--meeting", meeting, "--json"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    return (JSON.parse(r.out) as { meetings: { id: string }[] }).meetings.map((m) => m.id);
  };

  beforeAll(async () => {
    expect((await runCaptured(["plan", EXAMPLE, "--period", "2026Q1", "--out", dir])).code).toBe(0);
  }, 120_000);

  it("takes the title", async () => {
    expect(await shown("区政府常务会议（2026年第一季度第3次）")).toEqual(["exec#3"]);
  });

  it("takes SERIES@DATE, the series by id or by name", async () => {
    expect(await shown("exec@2026-02-12")).toEqual(["exec#3"]);
    expect(await shown("区政府常务会议@2026-02-12")).toEqual(["exec#3"]);
    expect(await shown("topic@2026-03-04")).toEqual(["topic#2"]);
  });

  it("takes a date with one meeting on it", async () => {
    expect(await shown("2026-01-13")).toEqual(["mayor-office#1"]);
  });

  it("still takes the id, which wins", async () => {
    expect(await shown("exec#1")).toEqual(["exec#1"]);
  });

  it("refuses a title two meetings share, listing both with their dates (exit 2)", async () => {
    const r = await runCaptured(["agenda", EXAMPLE, planFile, "--meeting", "专题会议"]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain('--meeting: "专题会议" names 2 meetings: topic#1 (专题会议, 2026-01-16 09:00), topic#2 (专题会议, 2026-03-04 09:00)');
    expect(r.err).not.toContain("    at ");
  });

  it("refuses a series@date with no meeting, naming the series' dates", async () => {
    const r = await runCaptured(["agenda", EXAMPLE, planFile, "--meeting", "exec@2026-02-13"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--meeting: unknown meeting "exec@2026-02-13"');
    expect(r.err).toContain("exec#3 (区政府常务会议（2026年第一季度第3次）, 2026-02-12 09:00)");
  });

  it("suggests the close title for a typo", async () => {
    const r = await runCaptured(["agenda", EXAMPLE, planFile, "--meeting", "区政府常务会议（2026年第一季度第3次"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("did you mean exec#3 (区政府常务会议（2026年第一季度第3次）, 2026-02-12 09:00)");
  });
});
