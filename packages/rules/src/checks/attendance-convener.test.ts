import { describe, expect, it } from "vitest";
import { makeMeeting, makePlan, makeRule, makeSpec, runRule } from "./test-helpers.js";

// 钟山区 第四十条: 由区长或受区长委托的副区长召集和主持.
const rule = makeRule("attendance.convener", {}, { cite: ["钟山区", "第四十条", "由区长或受区长委托的副区长召集和主持"] });
const march = { from: "2026-03-01", to: "2026-03-31" };
const mayorAway = makeSpec({ absences: [{ person: "zhang", from: "2026-03-10", to: "2026-03-10" }] });

describe("attendance.convener", () => {
  it("keeps the mayor, or the designated deputy when the mayor is away", () => {
    expect(runRule(makeSpec(), makePlan(march, { meetings: [makeMeeting("2026-03-10", { convener: "zhang" })] }), rule)).toEqual([]);
    expect(runRule(mayorAway, makePlan(march, { meetings: [makeMeeting("2026-03-10", { convener: "li" })] }), rule)).toEqual([]);
    expect(runRule(mayorAway, makePlan(march, { meetings: [makeMeeting("2026-03-10")] }), rule)).toEqual([]);
  });

  it("breaks with a deputy who was not designated, or an absent convener", () => {
    const [v] = runRule(makeSpec(), makePlan(march, { meetings: [makeMeeting("2026-03-10", { convener: "wang" })] }), rule);
    expect(v!.message.en).toBe("第1次常务会议 (2026-03-10) is convened by 王强; only 张伟 or 李娜 may convene it (钟山区 第四十条)");
    expect(runRule(mayorAway, makePlan(march, { meetings: [makeMeeting("2026-03-10", { convener: "zhang" })] }), rule)).toHaveLength(1);
  });

  it("breaks when nobody who may convene is there", () => {
    const both = makeSpec({ absences: ["zhang", "li"].map((person) => ({ person, from: "2026-03-10", to: "2026-03-10" })) });
    expect(runRule(both, makePlan(march, { meetings: [makeMeeting("2026-03-10")] }), rule)).toHaveLength(1);
  });
});
