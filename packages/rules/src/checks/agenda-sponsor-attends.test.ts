import { describe, expect, it } from "vitest";
import { agendaOf, makeMeeting, makePlan, makeRule, makeSpec, runRule } from "./test-helpers.js";

// 房山区 第四十四条(五)(6): 分管副区长或提请单位主要负责人不能出席会议的…不列入议题.
const rule = makeRule("agenda.sponsor-attends", {}, { cite: ["房山区", "第四十四条(五)", "分管副区长或提请单位主要负责人不能出席会议的"] });
const march = { from: "2026-03-01", to: "2026-03-31" };
const items = [{ id: "A1", title: "储备粮轮换", unit: "fgj", responsibleLeader: "wang", filedOn: "2026-03-01" }];
const plan = makePlan(march, { meetings: [makeMeeting("2026-03-12", { agenda: agendaOf(["A1"]) })] });
const away = (person: string, from = "2026-03-12", to = "2026-03-12") => makeSpec({ agendaItems: items, absences: [{ person, from, to }] });

describe("agenda.sponsor-attends", () => {
  it("keeps an item whose leader and unit head are there (away the day before)", () => {
    expect(runRule(away("wang", "2026-03-11", "2026-03-11"), plan, rule)).toEqual([]);
  });

  it("breaks when the responsible deputy mayor is away", () => {
    const [v] = runRule(away("wang"), plan, rule);
    expect(v!.message.en).toBe("A1「储备粮轮换」: its responsible leader 王强 is away from 第1次常务会议 (2026-03-12), so it is not listed (房山区 第四十四条(五))");
  });

  it("breaks when the submitting unit's head is away, unless the params skip unit heads", () => {
    expect(runRule(away("zhou"), plan, rule)[0]!.subjects.people).toEqual(["zhou"]);
    expect(runRule(away("zhou"), plan, makeRule("agenda.sponsor-attends", { unitHead: false }))).toEqual([]);
  });
});
