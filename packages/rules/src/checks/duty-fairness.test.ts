import { describe, expect, it } from "vitest";
import { fullRoster, makePlan, makeRule, makeSpec, runRule } from "./test-helpers.js";

const rule = makeRule("duty.fairness", { maxSpread: 1 }, { severity: "soft", duties: ["staff"], cite: ["钟山区", "第五十七条", "24小时政务总值班"] });
const march = { from: "2026-03-01", to: "2026-03-08" };

describe("duty.fairness", () => {
  const spec = makeSpec();
  const roster = fullRoster(spec, march.from, march.to);

  it("keeps a round-robin roster (2 duties each)", () => {
    expect(runRule(spec, makePlan(march, { roster }), rule)).toEqual([]);
  });

  it("softly reports a spread of 2", () => {
    const skewed = roster.map((a) => (a.post === "staff" && a.date === "2026-03-02" ? { ...a, person: "s1" } : a));
    const vs = runRule(spec, makePlan(march, { roster: skewed }), rule);
    expect(vs.map((v) => v.severity)).toContain("soft");
    expect(vs[0]!.message.en).toBe("值班人员 duties are uneven: 胡燕 has 3, 郭鹏 1; the spread may be at most 1 (钟山区 第五十七条)");
  });

  it("counts the history carried over", () => {
    const withHistory = makeSpec({ duty: { ...spec.duty, history: [{ person: "s1", total: 2, heavy: 0 }] } });
    expect(runRule(withHistory, makePlan(march, { roster }), rule)).toHaveLength(1);
  });
});
