import { describe, expect, it } from "vitest";
import type { ItemCategory, MeetingType, SpecInput } from "@yishi/domain";
import { check } from "../check.js";
import { getProfile } from "../get-profile.js";
import { agendaOf, makeMeeting, makePlan, makeSpec, runRule } from "./test-helpers.js";

// 西城区 附件1 三.1 (附件2 三.1 the same): “行政措施类材料…、重要体制改革、重大项目建设安排、重要资金使用情况等议题,
// 上会材料应在送区政府办公室文秘科审核前一周送区法制办审核,并由区政府办公室主任会签后方可上会,否则原则上不安排上会。”
// 三十三: “…上会材料应于会前2-3个工作日上报…属行政措施类…等议题,上会材料应在上报前一周送区法制办审核。”
const xicheng = getProfile("西城区");
const shipped = (id: string) => xicheng.rules.find((r) => r.id === id)!;
const march = { from: "2026-03-01", to: "2026-03-31" };
type Item = NonNullable<SpecInput["agendaItems"]>[number];
const spec = (extra: Partial<Item>, category: ItemCategory = "major-reform", meetingType: MeetingType = "executive") =>
  makeSpec({ agendaItems: [{ id: "A30", title: "改革方案", unit: "fgj", responsibleLeader: "li", category, meetingType, filedOn: "2026-03-02", ...extra }] });
// Monday 2026-03-23, 一般安排在星期一: materials are due 2 working days before, Thursday 2026-03-19.
const at = (type: MeetingType = "executive") =>
  makePlan(march, { meetings: [makeMeeting("2026-03-23", { id: `${type}#1`, series: undefined, type, title: "第1次会议", agenda: agendaOf(["A30"]) })] });

describe("西城区 附件1 三.1: to legal review a week (一周) before the materials go to 文秘科", () => {
  const rule = shipped("executive.legal-review");

  it("keep: sent 7 days before the materials; break: 6 days before", () => {
    expect(rule.citation.article).toBe("附件1 三.1");
    expect(runRule(spec({ materialsOn: "2026-03-18", legalReviewSentOn: "2026-03-11" }), at(), rule)).toEqual([]);
    const [v, ...rest] = runRule(spec({ materialsOn: "2026-03-18", legalReviewSentOn: "2026-03-12" }), at(), rule);
    expect(rest).toEqual([]);
    expect(v!.message.zh).toBe("A30「改革方案」于2026-03-12送法制办审核；材料于2026-03-18送办公室，应在此前7天（2026-03-11前）送审 (西城区 附件1 三.1)");
    expect(v!.message.en).toBe("A30「改革方案」 went to legal review on 2026-03-12; its materials went to the office on 2026-03-18, so it was due at legal review 7 days before, by 2026-03-11 (西城区 附件1 三.1)");
  });

  it("materials not yet in are taken at their due day, 2 working days before the meeting (三十三 会前2-3个工作日)", () => {
    expect(runRule(spec({ legalReviewSentOn: "2026-03-12" }), at(), rule)).toEqual([]);
    const [v] = runRule(spec({ legalReviewSentOn: "2026-03-13" }), at(), rule);
    expect(v!.message.en).toBe(
      "A30「改革方案」 went to legal review on 2026-03-13; its materials are due at the office by 2026-03-19 (第1次会议 (2026-03-23)), so it was due at legal review 7 days before, by 2026-03-12 (西城区 附件1 三.1)",
    );
  });

  it("no sending day recorded: a review done by the week's start shows it went in time; one done later does not", () => {
    expect(runRule(spec({ materialsOn: "2026-03-18", reviews: [{ kind: "legal", doneOn: "2026-03-10" }] }), at(), rule)).toEqual([]);
    const [v] = runRule(spec({ materialsOn: "2026-03-18", reviews: [{ kind: "legal", doneOn: "2026-03-16" }] }), at(), rule);
    expect(v!.message.zh).toBe("A30「改革方案」未记录送法制办审核的日期，审核于2026-03-16才完成；材料于2026-03-18送办公室，应在此前7天（2026-03-11前）送审 (西城区 附件1 三.1)");
  });

  it("asks the sending, not a finished review: an item sent in time and still under review keeps every legal-review rule", () => {
    const sent = spec({ materialsOn: "2026-03-18", legalReviewSentOn: "2026-03-09", countersignedBy: "huang", countersignedOn: "2026-03-20" });
    expect(check(sent, at(), xicheng).filter((v) => v.code === "agenda.legal-review" || v.code === "agenda.countersign")).toEqual([]);
  });

  it("an item never sent is one violation, and other categories need none", () => {
    const found = check(spec({}), at(), xicheng).filter((v) => v.code === "agenda.legal-review");
    expect(found.map((v) => v.message.en)).toEqual(["A30「改革方案」 has no legal review; it cannot go to 第1次会议 (2026-03-23) (西城区 附件1 三.1)"]);
    expect(runRule(spec({}, "other"), at(), rule)).toEqual([]);
  });

  it("附件2 三.1 judges the mayor's office meeting and 三十三 the plenary, each under its own article", () => {
    const late = spec({ materialsOn: "2026-03-18", legalReviewSentOn: "2026-03-16" }, "large-fund", "mayor-office");
    expect(runRule(late, at("mayor-office"), shipped("mayor-office.legal-review")).map((v) => v.citation.article)).toEqual(["附件2 三.1"]);
    const plenary = spec({ materialsOn: "2026-03-18", legalReviewSentOn: "2026-03-16" }, "investment-project", "plenary");
    expect(check(plenary, at("plenary"), xicheng).filter((v) => v.code === "agenda.legal-review").map((v) => v.citation.article)).toEqual(["三十三"]);
    expect(runRule(spec({ materialsOn: "2026-03-18", legalReviewSentOn: "2026-03-11" }, "investment-project", "plenary"), at("plenary"), shipped("plenary.legal-review"))).toEqual([]);
  });
});

describe("西城区 附件1 三.1: 由区政府办公室主任会签后方可上会", () => {
  const rule = shipped("executive.countersign");
  const inTime = { materialsOn: "2026-03-18", legalReviewSentOn: "2026-03-11" };

  it("keep: the office director countersigned by the meeting day; break: no countersign", () => {
    expect(runRule(spec({ ...inTime, countersignedBy: "huang", countersignedOn: "2026-03-23" }), at(), rule)).toEqual([]);
    const [v] = runRule(spec(inTime), at(), rule);
    expect(v!.message.zh).toBe("A30「改革方案」未经区政府办公室主任会签，不能提交第1次会议（2026-03-23） (西城区 附件1 三.1)");
    expect(v!.message.en).toBe("A30「改革方案」 has no countersign by the office director (区政府办公室主任); it cannot go to 第1次会议 (2026-03-23) (西城区 附件1 三.1)");
  });

  it("break: countersigned by someone the article does not name, or only after the meeting", () => {
    const [deputy] = runRule(spec({ ...inTime, countersignedBy: "wang", countersignedOn: "2026-03-20" }), at(), rule);
    expect(deputy!.message.zh).toBe("A30「改革方案」由王强会签，条文要求由区政府办公室主任会签后方可提交第1次会议（2026-03-23） (西城区 附件1 三.1)");
    expect(deputy!.subjects.people).toEqual(["wang"]);
    const [late] = runRule(spec({ ...inTime, countersignedBy: "huang", countersignedOn: "2026-03-24" }), at(), rule);
    expect(late!.message.en).toBe(
      "A30「改革方案」 was countersigned by 黄敏 only on 2026-03-24, after 第1次会议 (2026-03-23); it goes to the meeting once countersigned (the article gives no number of days: by the meeting day) (西城区 附件1 三.1)",
    );
  });

  it("binds the categories the article lists, and the mayor's office meeting by 附件2 三.1", () => {
    expect(runRule(spec(inTime, "work-report"), at(), rule)).toEqual([]);
    expect(runRule(spec(inTime, "normative-document", "mayor-office"), at("mayor-office"), shipped("mayor-office.countersign")).map((v) => v.citation.article)).toEqual(["附件2 三.1"]);
  });
});
