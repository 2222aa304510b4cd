import { describe, expect, it } from "vitest";
import { fullRoster, makePlan, makeRule, makeSpec, runRule } from "./test-helpers.js";

// 钟山区 第五十七条: 实行工作日、双休日和节假日24小时政务总值班.
const rule = makeRule("duty.daily-coverage", {}, { duties: ["*"], cite: ["钟山区", "第五十七条", "实行工作日、双休日和节假日24小时政务总值班"] });
const feb = { from: "2026-02-01", to: "2026-02-28" };

describe("duty.daily-coverage", () => {
  const spec = makeSpec();
  const roster = fullRoster(spec, feb.from, feb.to);

  it("keeps a roster with every post filled every day, holidays included", () => {
    expect(runRule(spec, makePlan(feb, { roster }), rule)).toEqual([]);
  });

  it("breaks when one post is empty on one day (2026-02-17, 春节)", () => {
    const gap = roster.filter((a) => !(a.date === "2026-02-17" && a.post === "staff"));
    const [v, ...rest] = runRule(spec, makePlan(feb, { roster: gap }), rule);
    expect(rest).toEqual([]);
    expect(v!.message.en).toBe("2026-02-17: 值班人员 has 0 on duty; the spec staffs it with 1 on a weekend or holiday (钟山区 第五十七条)");
    expect(v!.subjects).toMatchObject({ dates: ["2026-02-17"], duties: ["staff"] });
  });

  it("needs perHeavyDay people on weekends and holidays but not on an adjusted working Saturday", () => {
    const heavy = makeSpec({ duty: { posts: [{ id: "staff", name: "值班人员", pool: ["s1", "s2", "s3", "s4"], perHeavyDay: 2 }] } });
    const one = fullRoster(heavy, feb.from, feb.to);
    const broken = runRule(heavy, makePlan(feb, { roster: one }), rule).map((v) => v.subjects.dates[0]);
    expect(broken).toContain("2026-02-01"); // Sunday
    expect(broken).toContain("2026-02-16"); // 春节
    expect(broken).not.toContain("2026-02-14"); // 调休上班
    expect(broken).not.toContain("2026-02-02");
  });
});
