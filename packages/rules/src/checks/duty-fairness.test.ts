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

  it("leaves out of a leaders-only pool those who cannot take the post", () => {
    // 黄敏 (office director) is listed in the leader pool but may not lead a duty day;
    // counting her zero duties would make every fair roster look uneven.
    const leaderRule = makeRule("duty.fairness", { maxSpread: 1 }, { severity: "soft", duties: ["leader"], cite: ["钟山区", "第五十七条", "24小时政务总值班"] });
    const withDirector = makeSpec({ duty: { ...spec.duty, posts: spec.duty.posts.map((p) => (p.id === "leader" ? { ...p, pool: [...p.pool, "huang"] } : p)) } });
    expect(runRule(withDirector, makePlan(march, { roster }), leaderRule)).toEqual([]);
    const everyone = makeSpec({ duty: { ...withDirector.duty, posts: withDirector.duty.posts.map((p) => (p.id === "leader" ? { ...p, leadersOnly: false } : p)) } });
    expect(runRule(everyone, makePlan(march, { roster }), leaderRule)).toHaveLength(1);
  });
});
