import { describe, expect, it } from "vitest";
import { agendaOf, makeMeeting, makePlan, makeRule, makeSpec, runRule } from "./test-helpers.js";

// 常州市 四十七: 部门向市政府常务会议汇报工作不超过10分钟.
const rule = makeRule("duration.report-minutes", { minutes: 10 }, { cite: ["常州市", "四十七", "汇报工作一般不超过10分钟"] });
const spec = makeSpec({ agendaItems: [{ id: "A05", title: "安全生产工作汇报", unit: "fgj", responsibleLeader: "li", filedOn: "2026-03-01", isReport: true }] });
const plan = (minutes: number, speeches: { kind: "report"; minutes: number }[] = []) =>
  makePlan({ from: "2026-03-01", to: "2026-03-31" }, { meetings: [makeMeeting("2026-03-12", { agenda: agendaOf(["A05"], minutes), speeches })] });

describe("duration.report-minutes", () => {
  it("keeps a 10-minute department report and breaks at 11", () => {
    expect(runRule(spec, plan(10), rule)).toEqual([]);
    expect(runRule(spec, plan(11), rule)[0]!.message.en).toBe(
      "the department report A05「安全生产工作汇报」 at 第1次常务会议 (2026-03-12) takes 11 minutes; at most 10 (常州市 四十七)",
    );
  });

  it("judges report speeches too", () => {
    expect(runRule(spec, plan(10, [{ kind: "report", minutes: 11 }]), rule)).toHaveLength(1);
  });
});
