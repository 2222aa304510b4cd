import { describe, expect, it } from "vitest";
import { fullRoster, makePlan, makeRule, makeSpec, runCheck, runRule } from "./test-helpers.js";

// 房山区 第七十四条: 带班领导因故不能带班的，应与其他领导调换.
const rule = makeRule("duty.available", {}, { duties: ["*"], cite: ["房山区", "第七十四条", "因故不能带班的，应与其他领导调换"] });
const march = { from: "2026-03-01", to: "2026-03-07" };
const away = makeSpec({ absences: [{ person: "li", from: "2026-03-03", to: "2026-03-04", kind: "travel" }] });

describe("duty.available", () => {
  it("keeps a roster that works around an absence", () => {
    expect(runRule(away, makePlan(march, { roster: fullRoster(away, march.from, march.to) }), rule)).toEqual([]);
  });

  it("breaks when the absent leader is on duty, and the built-in check stays quiet then", () => {
    const roster = [{ date: "2026-03-03", post: "leader", person: "li" }];
    const [v] = runRule(away, makePlan(march, { roster }), rule);
    expect(v!.message.en).toBe("李娜 is on 带班领导 on 2026-03-03 while away (travel, 2026-03-03 to 2026-03-04); swap with someone (房山区 第七十四条)");
    expect(runCheck(away, makePlan(march, { roster }), [rule]).filter((x) => x.rule === "spec.person-conflict")).toEqual([]);
  });
});
