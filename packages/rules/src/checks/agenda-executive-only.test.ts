import { describe, expect, it } from "vitest";
import { agendaOf, makeMeeting, makePlan, makeRule, makeSpec, runRule } from "./test-helpers.js";

// 钟山区 第四十条(五)(六): 新增政府投资项目、动用存量财政资金200万元以上 go to the executive meeting.
// 以上 includes the number itself (民法典 第一千二百五十九条).
const rule = makeRule("agenda.executive-only", { categories: ["investment-project"], amountYuanAtLeast: 2_000_000 }, {
  cite: ["钟山区", "第四十条(六)", "动用存量财政资金200万元以上的事项"],
});
const march = { from: "2026-03-01", to: "2026-03-31" };
const fund = (amountYuan: number) =>
  makeSpec({ agendaItems: [{ id: "F1", title: "设备购置资金", unit: "fgj", responsibleLeader: "li", category: "large-fund", filedOn: "2026-03-01", amountYuan }] });
const mayorOffice = makeMeeting("2026-03-12", { id: "mo#1", series: undefined, type: "mayor-office", title: "区长办公会议", agenda: agendaOf(["F1"]) });

describe("agenda.executive-only", () => {
  it("keeps 1,999,999 yuan at a mayor's office meeting and any amount at the executive meeting", () => {
    expect(runRule(fund(1_999_999), makePlan(march, { meetings: [mayorOffice] }), rule)).toEqual([]);
    expect(runRule(fund(4_600_000), makePlan(march, { meetings: [makeMeeting("2026-03-12", { agenda: agendaOf(["F1"]) })] }), rule)).toEqual([]);
  });

  it("breaks at exactly 2,000,000 yuan at a mayor's office meeting (200万元以上)", () => {
    const [v] = runRule(fund(2_000_000), makePlan(march, { meetings: [mayorOffice] }), rule);
    expect(v!.message.en).toBe("F1「设备购置资金」 (2000000 yuan) must go to the executive meeting, not 区长办公会议 (2026-03-12) (钟山区 第四十条(六))");
  });

  it("reads amountYuanOver as strictly above", () => {
    const over = makeRule("agenda.executive-only", { amountYuanOver: 2_000_000 }, { cite: ["钟山区", "第四十条(六)", "动用存量财政资金200万元以上的事项"] });
    expect(runRule(fund(2_000_000), makePlan(march, { meetings: [mayorOffice] }), over)).toEqual([]);
    expect(runRule(fund(2_000_001), makePlan(march, { meetings: [mayorOffice] }), over)).toHaveLength(1);
  });

  it("lets a topic meeting study it first (钟山区 第四十二条(五))", () => {
    const topic = { ...mayorOffice, id: "t#1", type: "topic" as const, title: "专题会议" };
    expect(runRule(fund(4_600_000), makePlan(march, { meetings: [topic] }), rule)).toEqual([]);
  });
});
