import { describe, expect, it } from "vitest";
import { check } from "../check.js";
import { getProfile } from "../get-profile.js";
import { agendaOf, makeItems, makeMeeting, makePlan, makeSpec } from "./test-helpers.js";

// 钟山区 第四十三条: “…并提前按要求报区人民政府办公室汇总后,按程序报区长或副区长确定,” — 提前, and no number of days.
// 钟山区 第十八条: “…文件草案应在送区人民政府常务会议审议前先交由区司法局进行合法性审查。” — before, no number.
const march = { from: "2026-03-01", to: "2026-03-31" };
const profile = getProfile("钟山区");
const planWith = (items: string[]) => makePlan(march, { meetings: [makeMeeting("2026-03-10", { agenda: agendaOf(items) })] });
const of = (spec: ReturnType<typeof makeSpec>, rule: string) => check(spec, planWith(["I01"]), profile).filter((v) => v.rule === rule);

describe("where an article says only 提前, the message says before the meeting day, not a number", () => {
  it("keep: filed and materials in the day before the meeting", () => {
    const spec = makeSpec({ duty: {}, agendaItems: makeItems(1, "2026-03-09", { materialsOn: "2026-03-09" }) });
    expect(of(spec, "agenda.filed-ahead")).toEqual([]);
    expect(of(spec, "agenda.materials-ahead")).toEqual([]);
  });

  it("break: filed on the meeting day (钟山区 第四十三条)", () => {
    const spec = makeSpec({ duty: {}, agendaItems: makeItems(1, "2026-03-10", { materialsOn: "2026-03-10" }) });
    const [filed] = of(spec, "agenda.filed-ahead");
    expect(filed!.message.en).toBe("I01「议题1」: filed on 2026-03-10; 第1次常务会议 (2026-03-10) needs it before the meeting day (by 2026-03-09; the article gives no number of days) (钟山区 第四十三条)");
    expect(filed!.message.zh).toBe("I01「议题1」于2026-03-10报送议题，第1次常务会议（2026-03-10）要求在会议当天之前（2026-03-09前；条文未规定提前几天） (钟山区 第四十三条)");
    expect(of(spec, "agenda.materials-ahead")[0]!.message.en).toContain("needs it before the meeting day");
  });

  it("break: a normative document reviewed on the meeting day (钟山区 第十八条)", () => {
    const spec = makeSpec({ duty: {}, agendaItems: makeItems(1, "2026-03-02", { category: "normative-document", reviews: [{ kind: "legal", doneOn: "2026-03-10" }] }) });
    const [v] = of(spec, "executive.legal-review-documents");
    expect(v!.message.en).toBe("I01「议题1」 finished legal review on 2026-03-10; for 第1次常务会议 (2026-03-10) it is due before the meeting day (by 2026-03-09; the article gives no number of days) (钟山区 第十八条)");
    expect(v!.message.zh).toContain("应在会议当天之前（2026-03-09前；条文未规定提前几天）完成");
  });

  it("an article that gives the number keeps it in the message (西城区 附件1 二.4 提前一周)", () => {
    const spec = makeSpec({ duty: {}, agendaItems: makeItems(1, "2026-03-05") });
    const [v] = check(spec, planWith(["I01"]), getProfile("西城区")).filter((x) => x.rule === "executive.item-filing");
    expect(v!.message.en).toContain("needs it 7 days ahead (by 2026-03-03)");
  });
});
