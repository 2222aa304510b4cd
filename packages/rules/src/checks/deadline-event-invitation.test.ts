import { describe, expect, it } from "vitest";
import { makePlan, makeRule, makeSpec, runRule } from "./test-helpers.js";

// 钟山区 第七十五条: 原则上须提前7天报区人民政府办公室.
const rule = makeRule("deadline.event-invitation", { lead: 7 }, { cite: ["钟山区", "第七十五条", "原则上须提前7天报区人民政府办公室"] });
const plan = makePlan({ from: "2026-03-01", to: "2026-03-31" });
const event = (invitedOn: string) => makeSpec({ events: [{ id: "E1", name: "植树节活动", date: "2026-03-12", invitedOn, leaders: ["li"] }] });

describe("deadline.event-invitation", () => {
  it("keeps an invitation 7 days ahead and breaks at 6", () => {
    expect(runRule(event("2026-03-05"), plan, rule)).toEqual([]);
    const [v] = runRule(event("2026-03-06"), plan, rule);
    expect(v!.message.zh).toBe("活动“植树节活动”（2026-03-12）的邀请于2026-03-06才报送，应提前7天（2026-03-05前） (钟山区 第七十五条)");
  });
});
