import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCaptured } from "../test-run.js";

function write(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "yishi-validate-year-")), "spec.yaml");
  writeFileSync(file, text);
  return file;
}

const spec = (calendar: string) => `organization: { id: o, name: 区政府, jurisdiction: 钟山区 }
${calendar}people: [{ id: a, name: 甲, roles: [mayor] }]
absences:
  - { person: a, from: 2031-01-19, to: 2031-01-23 }
  - { person: a, from: 2026-03-02, to: 2026-03-03 }
`;

describe("yishi validate: dates in years with no known arrangement", () => {
  it("stays valid (exit 0) but adds a note naming the dates and the real ways to opt in", async () => {
    const r = await runCaptured(["validate", write(spec("")), "--lang", "en"]);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split("\n");
    expect(lines[0]).toMatch(/: valid \(区政府\)$/);
    expect(lines[3]).toBe("  holiday arrangements known: 2004–2026");
    expect(lines.at(-1)).toBe(
      "  note: 2031 has no known holiday arrangement (absences[0].from 2031-01-19, absences[0].to 2031-01-23); planning will fail unless the spec supplies 2031's arrangement in calendar.national or sets calendar.assumeWeekendsOnly: true (only Saturdays and Sundays off)",
    );
    expect(r.out).not.toContain("2026-03-02");
  });

  it("says it in Chinese by default", async () => {
    const r = await runCaptured(["validate", write(spec(""))]);
    expect(r.out).toContain("注意: 2031 年没有已知的节假日安排（absences[0].from 2031-01-19、absences[0].to 2031-01-23）");
  });

  it("adds no note when the spec opted in to plain weeks", async () => {
    const r = await runCaptured(["validate", write(spec("calendar: { assumeWeekendsOnly: true }\n")), "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain("2031");
  });
});
