import { describe, expect, it } from "vitest";
import { agendaOf, makeItems, makeMeeting, makePlan, makeRule, makeSpec, runRule } from "./test-helpers.js";

// 钟山区 第四十五条: 常务会议议题原则上每次不超过15个；…报区长同意后方可上会.
const rule = makeRule("agenda.max-items", { max: 15 }, { cite: ["钟山区", "第四十五条", "区人民政府常务会议议题原则上每次不超过15个"] });
const march = { from: "2026-03-01", to: "2026-03-31" };
const ids = (n: number) => Array.from({ length: n }, (_, i) => `I${String(i + 1).padStart(2, "0")}`);
const planWith = (n: number) => makePlan(march, { meetings: [makeMeeting("2026-03-12", { n: 3, agenda: agendaOf(ids(n), 5) })] });
const approval = (maxItems: number, approvedBy = "zhang") => ({ meeting: "exec#3", maxItems, approvedBy, explanation: "年初项目集中" });

describe("agenda.max-items", () => {
  const spec = makeSpec({ agendaItems: makeItems(20) });

  it("keeps 15 items and breaks at 16", () => {
    expect(runRule(spec, planWith(15), rule)).toEqual([]);
    const [v, ...rest] = runRule(spec, planWith(16), rule);
    expect(rest).toEqual([]);
    expect(v!.message).toEqual({
      zh: "第3次常务会议（2026-03-12）有16个议题，未经区长同意最多15个 (钟山区 第四十五条)",
      en: "第3次常务会议 (2026-03-12) has 16 items; at most 15 without the mayor's approval (钟山区 第四十五条)",
    });
    expect(v!.subjects.items).toHaveLength(16);
  });

  it("keeps 17 with the mayor's recorded approval of 17, breaks at 18", () => {
    const approved = makeSpec({ agendaItems: makeItems(20), capApprovals: [approval(17)] });
    expect(runRule(approved, planWith(17), rule)).toEqual([]);
    expect(runRule(approved, planWith(18), rule)[0]!.message.en).toBe(
      "第3次常务会议 (2026-03-12) has 18 items; the mayor approved at most 17 (钟山区 第四十五条)",
    );
  });

  it("ignores an approval by someone other than the mayor, or for another meeting, or when overrides are off", () => {
    expect(runRule(makeSpec({ agendaItems: makeItems(20), capApprovals: [approval(17, "wang")] }), planWith(17), rule)).toHaveLength(1);
    expect(runRule(makeSpec({ agendaItems: makeItems(20), capApprovals: [{ ...approval(17), meeting: "exec#4" }] }), planWith(17), rule)).toHaveLength(1);
    const noOverride = makeRule("agenda.max-items", { max: 15, approvalOverrides: false });
    expect(runRule(makeSpec({ agendaItems: makeItems(20), capApprovals: [approval(17)] }), planWith(17), noOverride)).toHaveLength(1);
  });

  it("matches an approval given by series and date", () => {
    const spec2 = makeSpec({ agendaItems: makeItems(20), capApprovals: [{ series: "exec", date: "2026-03-12", maxItems: 17, approvedBy: "zhang" }] });
    expect(runRule(spec2, planWith(17), rule)).toEqual([]);
  });
});
