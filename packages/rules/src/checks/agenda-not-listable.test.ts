import { describe, expect, it } from "vitest";
import { agendaOf, makeMeeting, makePlan, makeRule, makeSpec, runRule } from "./test-helpers.js";

// 钟山区 第四十六条 and 房山区 第四十四条(五)(7).
const rule = makeRule("agenda.not-listable", { decidableBy: ["topic-meeting", "department", "leading-group"], excludeWorkReports: true }, {
  cite: ["钟山区", "第四十六条", "部门…职权范围内能决定的事项，不列入区人民政府议事决策会议议题"],
});
const march = { from: "2026-03-01", to: "2026-03-31" };
const item = (extra: Record<string, unknown>) => makeSpec({ agendaItems: [{ id: "A1", title: "窗口调整", unit: "office", responsibleLeader: "li", filedOn: "2026-03-01", ...extra }] });
const plan = makePlan(march, { meetings: [makeMeeting("2026-03-12", { agenda: agendaOf(["A1"]) })] });

describe("agenda.not-listable", () => {
  it("keeps an item that only the meeting can decide, with its procedure done", () => {
    expect(runRule(item({}), plan, rule)).toEqual([]);
    expect(runRule(item({ decidableBy: "leader" }), plan, rule)).toEqual([]);
  });

  it("breaks on an item a department can decide", () => {
    const [v] = runRule(item({ decidableBy: "department" }), plan, rule);
    expect(v!.message.en).toBe("A1「窗口调整」 can be decided by a department within its own authority; it is not listed at 第1次常务会议 (2026-03-12) (钟山区 第四十六条)");
  });

  it("breaks on a skipped approval procedure and on an ordinary work report", () => {
    expect(runRule(item({ procedureComplete: false }), plan, rule)).toHaveLength(1);
    expect(runRule(item({ category: "work-report" }), plan, rule)).toHaveLength(1);
    expect(runRule(item({ category: "work-report" }), plan, makeRule("agenda.not-listable", {}))).toEqual([]);
  });
});
