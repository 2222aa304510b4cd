import { describe, expect, it } from "vitest";
import { makeMeeting, makePlan, makeRule, makeSpec, runRule } from "./test-helpers.js";

// 西城区 附件1 二.1: 区政府常务会议一般安排在星期一.
const rule = makeRule("calendar.preferred-weekday", { weekdays: [1] }, { severity: "soft", cite: ["西城区", "附件1 二.1", "一般安排在星期一"] });
const spec = makeSpec();
const march = { from: "2026-03-01", to: "2026-03-31" };

describe("calendar.preferred-weekday", () => {
  it("keeps a Monday and softly reports a Tuesday", () => {
    expect(runRule(spec, makePlan(march, { meetings: [makeMeeting("2026-03-09")] }), rule)).toEqual([]);
    const [v] = runRule(spec, makePlan(march, { meetings: [makeMeeting("2026-03-10")] }), rule);
    expect(v!.severity).toBe("soft");
    expect(v!.message.en).toBe("第1次常务会议 (2026-03-10) is on a Tuesday; it is usually held on Monday (西城区 附件1 二.1)");
  });
});
