import { describe, expect, it } from "vitest";
import { agendaOf, makeMeeting, makePlan, makeRule, makeSpec, runRule } from "./test-helpers.js";

// 钟山区 第四十二条: 专题会议研究事项应在接到相关请示或报告后的7个工作日内研究.
const rule = makeRule("deadline.topic-meeting-within", { workingDays: 7 }, { meetingTypes: ["topic"], cite: ["钟山区", "第四十二条", "7个工作日内研究"] });
const q1 = { from: "2026-01-01", to: "2026-03-31" };
const spec = makeSpec({ agendaItems: [{ id: "T01", title: "征收补偿分歧", unit: "fgj", responsibleLeader: "wang", meetingType: "topic", filedOn: "2026-01-13" }] });
const topicOn = (date: string) => makeMeeting(date, { id: `topic@${date}`, series: undefined, type: "topic", title: "专题会议", agenda: agendaOf(["T01"]) });

describe("deadline.topic-meeting-within", () => {
  it("keeps a topic meeting on the 7th working day after filing (2026-01-22) and breaks on the 8th", () => {
    expect(runRule(spec, makePlan(q1, { meetings: [topicOn("2026-01-22")] }), rule)).toEqual([]);
    const [v] = runRule(spec, makePlan(q1, { meetings: [topicOn("2026-01-23")] }), rule);
    expect(v!.message.en).toBe(
      "T01「征收补偿分歧」 was filed on 2026-01-13 but is first studied at 专题会议 (2026-01-23), after 7 working days (due 2026-01-22) (钟山区 第四十二条)",
    );
  });

  it("breaks when no topic meeting lists the item", () => {
    expect(runRule(spec, makePlan(q1), rule)[0]!.message.en).toContain("no topic meeting lists it");
  });

  it("does not judge a deadline outside the plan", () => {
    expect(runRule(spec, makePlan({ from: "2026-02-01", to: "2026-03-31" }), rule)).toEqual([]);
  });
});
