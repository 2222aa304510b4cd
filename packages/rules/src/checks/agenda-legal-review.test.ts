import { describe, expect, it } from "vitest";
import type { Review } from "@yishi/domain";
import { agendaOf, makeMeeting, makePlan, makeRule, makeSpec, runRule } from "./test-helpers.js";

// 西城区 附件1 三.1: 规范性文件…在报送会议材料一周前送法制办进行合法性审查 — here 7 days before the meeting.
const rule = makeRule("agenda.legal-review", { categories: ["normative-document"], lead: 7 }, { cite: ["西城区", "附件1 三.1", "一周前送区政府法制办进行合法性审查"] });
const march = { from: "2026-03-01", to: "2026-03-31" };
const doc = (reviews: Review[]) =>
  makeSpec({ agendaItems: [{ id: "A14", title: "公共卫生应急预案", unit: "fgj", responsibleLeader: "chen", category: "normative-document", filedOn: "2026-03-01", reviews }] });
const plan = makePlan(march, { meetings: [makeMeeting("2026-03-19", { agenda: agendaOf(["A14"]) })] });

describe("agenda.legal-review", () => {
  it("keeps a review done 7 days before and breaks at 6", () => {
    expect(runRule(doc([{ kind: "legal", doneOn: "2026-03-12" }]), plan, rule)).toEqual([]);
    const [v] = runRule(doc([{ kind: "legal", doneOn: "2026-03-13" }]), plan, rule);
    expect(v!.message.en).toBe(
      "A14「公共卫生应急预案」 finished legal review on 2026-03-13; for 第1次常务会议 (2026-03-19) it is due 7 days before the meeting (by 2026-03-12) (西城区 附件1 三.1)",
    );
  });

  it("breaks with no legal review at all; other categories need none", () => {
    expect(runRule(doc([]), plan, rule)[0]!.message.zh).toBe("A14「公共卫生应急预案」未经合法性审查，不能提交第1次常务会议（2026-03-19） (西城区 附件1 三.1)");
    expect(runRule(doc([]), plan, makeRule("agenda.legal-review", { categories: ["major-reform"] }))).toEqual([]);
  });

  it("counts working days when asked: 2 working days before Monday 2026-03-23 is Thursday 2026-03-19", () => {
    const wd = makeRule("agenda.legal-review", { categories: ["normative-document"], lead: 2, unit: "working-days" });
    const monday = makePlan(march, { meetings: [makeMeeting("2026-03-23", { agenda: agendaOf(["A14"]) })] });
    expect(runRule(doc([{ kind: "legal", doneOn: "2026-03-19" }]), monday, wd)).toEqual([]);
    expect(runRule(doc([{ kind: "legal", doneOn: "2026-03-20" }]), monday, wd)).toHaveLength(1);
  });
});
