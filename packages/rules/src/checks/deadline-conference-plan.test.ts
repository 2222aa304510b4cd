import { describe, expect, it } from "vitest";
import { getProfile } from "../get-profile.js";
import { makeMeeting, makePlan, makeRule, makeSpec, runRule } from "./test-helpers.js";

// 钟山区 第四十九条 (catalog: plan submitted 10 days ahead).
const rule = makeRule("deadline.conference-plan", { lead: 10 }, { meetingTypes: ["conference"], cite: ["钟山区", "第四十九条", "严格审批"] });
const conf = (planSubmittedOn?: string) =>
  makePlan({ from: "2026-03-01", to: "2026-03-31" }, {
    meetings: [makeMeeting("2026-03-20", { id: "c#1", series: undefined, type: "conference", title: "全区安全生产工作会议", ...(planSubmittedOn === undefined ? {} : { planSubmittedOn }) })],
  });

describe("deadline.conference-plan", () => {
  it("keeps a plan 10 days ahead and breaks at 9", () => {
    expect(runRule(makeSpec(), conf("2026-03-10"), rule)).toEqual([]);
    const [v] = runRule(makeSpec(), conf("2026-03-11"), rule);
    expect(v!.message.en).toBe("the plan for 全区安全生产工作会议 (2026-03-20) was submitted on 2026-03-11; it is due 10 days ahead (by 2026-03-10) (钟山区 第四十九条)");
  });

  it("does not judge a plan not yet submitted", () => {
    expect(runRule(makeSpec(), conf(), rule)).toEqual([]);
  });
});

// 西城区 三十二: “会议主办单位应当提前将拟召开会议的名称、时间、地点…等报区政府办公室。” — 提前, no number of days.
describe("西城区 三十二: the conference plan in advance, before the meeting day", () => {
  const xicheng = getProfile("西城区").rules.find((r) => r.id === "conference.plan")!;

  it("keep: filed the day before; break: filed on the meeting day, and the message says the article gives no number", () => {
    expect(runRule(makeSpec(), conf("2026-03-19"), xicheng)).toEqual([]);
    const [v, ...rest] = runRule(makeSpec(), conf("2026-03-20"), xicheng);
    expect(rest).toEqual([]);
    expect(v!.message.en).toBe(
      "the plan for 全区安全生产工作会议 (2026-03-20) was submitted on 2026-03-20; it is due before the meeting day (by 2026-03-19; the article gives no number of days) (西城区 三十二)",
    );
    expect(v!.message.zh).toContain("应在会议当天之前（2026-03-19前；条文未规定提前几天）");
  });
});
