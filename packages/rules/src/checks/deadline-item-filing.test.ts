import { describe, expect, it } from "vitest";
import { agendaOf, makeItems, makeMeeting, makePlan, makeRule, makeSpec, runRule } from "./test-helpers.js";

// 西城区 附件1 二.4: 议题须提前一周报区政府办公室…未按时报送的议题不列入.
const rule = makeRule("deadline.item-filing", { lead: 7, unit: "calendar-days" }, { cite: ["西城区", "附件1 二.4", "提前一周报送"] });
const plan = makePlan({ from: "2026-03-01", to: "2026-03-31" }, { meetings: [makeMeeting("2026-03-19", { agenda: agendaOf(["I01"]) })] });

describe("deadline.item-filing", () => {
  it("keeps an item filed 7 days before and breaks at 6", () => {
    expect(runRule(makeSpec({ agendaItems: makeItems(1, "2026-03-12") }), plan, rule)).toEqual([]);
    const [v] = runRule(makeSpec({ agendaItems: makeItems(1, "2026-03-13") }), plan, rule);
    expect(v!.message.en).toBe("I01「议题1」: filed on 2026-03-13; 第1次常务会议 (2026-03-19) needs it 7 days ahead (by 2026-03-12) (西城区 附件1 二.4)");
  });

  it("counts working days across the Spring Festival: 5 working days before 2026-02-26 is 2026-02-12", () => {
    const wd = makeRule("deadline.item-filing", { lead: 5, unit: "working-days" }, { cite: ["房山区", "第五十九条", "至少提前5个工作日"] });
    const feb = makePlan({ from: "2026-02-01", to: "2026-02-28" }, { meetings: [makeMeeting("2026-02-26", { agenda: agendaOf(["I01"]) })] });
    // Back from 02-26: 02-25, 02-24, 02-14 (调休上班), 02-13, 02-12 — 02-15..02-23 are 春节.
    expect(runRule(makeSpec({ agendaItems: makeItems(1, "2026-02-12") }), feb, wd)).toEqual([]);
    expect(runRule(makeSpec({ agendaItems: makeItems(1, "2026-02-13") }), feb, wd)).toHaveLength(1);
  });
});
