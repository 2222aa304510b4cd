import { describe, expect, it } from "vitest";
import type { Review } from "@yishi/domain";
import { agendaOf, makeMeeting, makePlan, makeRule, makeSpec, runRule } from "./test-helpers.js";

// 钟山区 第四十二条(五): 大额资金…须先经专题会议研究.
const rule = makeRule("agenda.topic-meeting-first", { categories: ["large-fund", "investment-agreement"] }, { cite: ["钟山区", "第四十二条(五)", "须先经专题会议研究"] });
const march = { from: "2026-03-01", to: "2026-03-31" };
const fund = (reviews: Review[] = []) =>
  makeSpec({ agendaItems: [{ id: "A12", title: "排水管网改造资金", unit: "fgj", responsibleLeader: "wang", category: "large-fund", filedOn: "2026-03-02", reviews }] });
const exec = makeMeeting("2026-03-12", { agenda: agendaOf(["A12"]) });

describe("agenda.topic-meeting-first", () => {
  it("keeps a fund item studied by a topic meeting the day before", () => {
    expect(runRule(fund([{ kind: "topic-meeting", doneOn: "2026-03-11" }]), makePlan(march, { meetings: [exec] }), rule)).toEqual([]);
  });

  it("keeps it when an earlier topic meeting of the plan lists it", () => {
    const topic = makeMeeting("2026-03-10", { id: "topic#1", series: undefined, type: "topic", title: "专题会议", agenda: agendaOf(["A12"]) });
    expect(runRule(fund(), makePlan(march, { meetings: [topic, exec] }), rule)).toEqual([]);
  });

  it("breaks when the topic meeting is on the same day or missing", () => {
    expect(runRule(fund([{ kind: "topic-meeting", doneOn: "2026-03-12" }]), makePlan(march, { meetings: [exec] }), rule)).toHaveLength(1);
    const [v] = runRule(fund(), makePlan(march, { meetings: [exec] }), rule);
    expect(v!.message.en).toBe("A12「排水管网改造资金」 must be studied by a topic meeting before 第1次常务会议 (2026-03-12) (钟山区 第四十二条(五))");
  });
});
