import { describe, expect, it } from "vitest";
import { makeMeeting, makePlan, makeRule, makeSpec, runRule } from "./test-helpers.js";

// 钟山区 第四十七条: 须向会议召集人请假…明确代会人员，经会议召集人同意后方可请假.
const rule = makeRule("attendance.leave-approved", {}, { cite: ["钟山区", "第四十七条", "经会议召集人同意后方可请假"] });
const march = { from: "2026-03-01", to: "2026-03-31" };
const leave = (extra = {}) => makeSpec({ absences: [{ person: "wang", from: "2026-03-09", to: "2026-03-11", ...extra }] });
const absentInPlan = (extra = {}) => makePlan(march, { meetings: [makeMeeting("2026-03-10", { absent: [{ person: "wang", kind: "leave", ...extra }] })] });

describe("attendance.leave-approved", () => {
  it("keeps an absence the spec records as approved", () => {
    expect(runRule(leave(), absentInPlan(), rule)).toEqual([]);
    expect(runRule(leave({ substitute: "zhou" }), absentInPlan({ substitute: "zhou" }), rule)).toEqual([]);
  });

  it("breaks on an absence with no leave on record, or leave not approved", () => {
    const [v] = runRule(makeSpec(), absentInPlan(), rule);
    expect(v!.message.en).toBe("王强 misses 第1次常务会议 (2026-03-10) with no leave on record (钟山区 第四十七条)");
    expect(runRule(leave({ approved: false }), makePlan(march, { meetings: [makeMeeting("2026-03-10")] }), rule)).toHaveLength(1);
  });

  it("breaks on a stand-in the approved leave does not name", () => {
    const [v] = runRule(leave(), absentInPlan({ substitute: "zhou" }), rule);
    expect(v!.message.zh).toBe("周军代王强出席第1次常务会议（2026-03-10），未经召集人同意 (钟山区 第四十七条)");
    expect(runRule(leave(), absentInPlan({ substitute: "zhou" }), makeRule("attendance.leave-approved", { substituteNeedsApproval: false }))).toEqual([]);
  });
});
