import { describe, expect, it } from "vitest";
import { fullRoster, makePlan, makeRule, makeSpec, runRule } from "./test-helpers.js";

// 房山区 第七十四条: 带班区领导原则上应在办公室值班 — a leader on duty (带班领导) each day.
const rule = makeRule("duty.leader-on-duty", {}, { duties: ["*"], cite: ["房山区", "第七十四条", "带班领导"] });
const march = { from: "2026-03-01", to: "2026-03-07" };
const spec = makeSpec();
const roster = fullRoster(spec, march.from, march.to);

describe("duty.leader-on-duty", () => {
  it("keeps a leader on duty every day", () => {
    expect(runRule(spec, makePlan(march, { roster }), rule)).toEqual([]);
  });

  it("breaks on a day with no leader", () => {
    const [v] = runRule(spec, makePlan(march, { roster: roster.filter((a) => !(a.date === "2026-03-03" && a.post === "leader")) }), rule);
    expect(v!.message.en).toBe("2026-03-03 has no leader on duty (房山区 第七十四条)");
  });

  it("breaks when a non-leader holds the leaders-only post", () => {
    const swapped = roster.map((a) => (a.date === "2026-03-03" && a.post === "leader" ? { ...a, person: "huang" } : a));
    const messages = runRule(spec, makePlan(march, { roster: swapped }), rule).map((v) => v.message.en);
    expect(messages).toEqual([
      "2026-03-03: 黄敏 holds 带班领导, a post for leaders only, but is not a leader (房山区 第七十四条)",
      "2026-03-03 has no leader on duty (房山区 第七十四条)",
    ]);
  });
});
