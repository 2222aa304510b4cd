import { describe, expect, it } from "vitest";
import { exportIcs } from "./ics.js";
import { buildSamplePlan, loadSampleSpec } from "./test-fixtures/sample-plan.js";

/** One character of each UTF-8 length: ASCII, Latin (2), CJK (3), outside the BMP (4, a surrogate pair). */
const MIXED = "aé议𠀋".repeat(40);

/**
 * RFC 5545 §3.1: lines longer than 75 octets are folded, and a fold must not
 * split a character's UTF-8 sequence. Folding as late as it may shows the
 * count is the UTF-8 length, not merely safe (a calendar full of Chinese
 * titles folds on every line).
 */
describe("ics folding counts UTF-8 octets", () => {
  const plan = buildSamplePlan();
  plan.meetings[0]!.title = MIXED;
  const text = exportIcs(plan, loadSampleSpec());
  const physical = text.slice(0, -2).split("\r\n");

  it("keeps every line within 75 octets and every character whole", () => {
    for (const line of physical) {
      expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/[\ud800-\udbff]$|^[ \t]?[\udc00-\udfff]/);
    }
  });

  it("folds the summary as late as it may, and unfolds to the title", () => {
    const start = physical.findIndex((l) => l.startsWith("SUMMARY:") && l.includes("aé议"));
    const parts = [physical[start]!];
    for (let k = start + 1; physical[k]!.startsWith(" "); k++) parts.push(physical[k]!);
    expect(parts.map((p, k) => (k === 0 ? p : p.slice(1))).join("")).toBe(`SUMMARY:${MIXED}`);
    // A fold comes only where the next character would not fit: each folded line plus the next one's first character passes 75.
    for (let k = 0; k + 1 < parts.length; k++) {
      const next = [...parts[k + 1]!.slice(1)][0]!;
      expect(Buffer.byteLength(parts[k]! + next, "utf8")).toBeGreaterThan(75);
    }
    expect(parts.length).toBeGreaterThan(5);
  });
});
