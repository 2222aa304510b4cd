import { describe, expect, it } from "vitest";
import type { ItemCategory, Review } from "@yishi/domain";
import { getProfile } from "../get-profile.js";
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

// 钟山区 第四十二条(五): “凡是制发重要文件、开展重要活动、决定重要事项、使用大额资金、…等重要工作,应召开区人民政府专题会议进行充分研究或论证后,
// 再提请区人民政府常务会议或区人民政府区长办公会议研究或审定。”
describe("钟山区 第四十二条(五): 开展重要活动 and 决定重要事项 pass a topic meeting first too", () => {
  const shipped = getProfile("钟山区").rules.find((r) => r.id === "agenda.topic-meeting-first")!;
  const of = (category: ItemCategory, reviews: Review[] = []) =>
    makeSpec({ agendaItems: [{ id: "A20", title: "全区招商推介大会", unit: "fgj", responsibleLeader: "wang", category, filedOn: "2026-03-02", reviews }] });
  const plan = makePlan(march, { meetings: [makeMeeting("2026-03-12", { agenda: agendaOf(["A20"]) })] });

  it.each(["important-activity", "important-matter"] as const)("break: a %s item at the executive meeting with no topic meeting before", (category) => {
    const [v, ...rest] = runRule(of(category), plan, shipped);
    expect(rest).toEqual([]);
    expect(v!.message.zh).toBe("A20「全区招商推介大会」须先经专题会议研究，才能提交第1次常务会议（2026-03-12） (钟山区 第四十二条(五))");
  });

  it.each(["important-activity", "important-matter"] as const)("keep: a %s item a topic meeting studied the day before", (category) => {
    expect(runRule(of(category, [{ kind: "topic-meeting", doneOn: "2026-03-11" }]), plan, shipped)).toEqual([]);
  });

  it("keep: an item of no category the article names", () => {
    expect(runRule(of("other"), plan, shipped)).toEqual([]);
  });
});
