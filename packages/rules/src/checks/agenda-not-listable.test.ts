import { describe, expect, it } from "vitest";
import { getProfile } from "../get-profile.js";
import { agendaOf, makeMeeting, makePlan, makeRule, makeSpec, runCheck, runRule } from "./test-helpers.js";

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

// 钟山区 第四十六条: “可由区人民政府专题会议研究决定的事项,原则上不列入区人民政府常务会议或区长办公会议议题;
// 区人民政府各部门…职权范围内能决定的事项,不列入区人民政府议事决策会议议题;…未按报批程序办理的事项,原则上不列入区人民政府议事决策会议议题。”
describe("钟山区 第四十六条: the department, leading-group and procedure exclusions bind every 议事决策会议", () => {
  const profile = getProfile("钟山区");
  const rules = profile.rules.filter((r) => r.check === "agenda.not-listable");
  const at = (type: "plenary" | "topic" | "executive" | "mayor-office" | "conference", extra: Record<string, unknown>) => {
    const spec = item({ meetingType: type, ...extra });
    const meeting = makeMeeting("2026-03-12", { id: `${type}#1`, series: undefined, type, title: `第1次${type}`, agenda: agendaOf(["A1"]) });
    return runCheck(spec, makePlan(march, { meetings: [meeting] }), rules).filter((v) => v.code === "agenda.not-listable");
  };

  it("the shipped rules split the article where its words do: topic-meeting items off the executive and mayor's office meetings; the rest off every deciding meeting", () => {
    expect(rules.map((r) => [r.id, r.scope.meetingTypes, r.params["decidableBy"]])).toEqual([
      ["agenda.not-listable.topic-meeting", ["executive", "mayor-office"], ["topic-meeting"]],
      ["agenda.not-listable", ["plenary", "executive", "mayor-office", "topic"], ["department", "leading-group"]],
    ]);
    expect(rules[1]!.citation.text).toContain("不列入区人民政府议事决策会议议题");
  });

  it.each(["plenary", "topic", "executive", "mayor-office"] as const)("break: a department's matter at the %s meeting", (type) => {
    const [v, ...rest] = at(type, { decidableBy: "department" });
    expect(rest).toEqual([]);
    expect(v).toMatchObject({ rule: "agenda.not-listable", citation: { article: "第四十六条" } });
  });

  it.each(["plenary", "topic"] as const)("break: a leading group's matter, and an item that skipped the approval procedure, at the %s meeting", (type) => {
    expect(at(type, { decidableBy: "leading-group" })).toHaveLength(1);
    expect(at(type, { procedureComplete: false })).toHaveLength(1);
  });

  it("keep: a matter a topic meeting can decide, at a topic meeting; break: the same at the executive meeting", () => {
    expect(at("topic", { decidableBy: "topic-meeting" })).toEqual([]);
    expect(at("executive", { decidableBy: "topic-meeting" })).toMatchObject([{ rule: "agenda.not-listable.topic-meeting" }]);
  });

  it("keep: a conference (全区性会议) decides no items and is not a 议事决策会议", () => {
    expect(at("conference", { decidableBy: "department" })).toEqual([]);
  });
});

// 依安县 第四十九条: “(一)县政府领导成员能独立负责处理职权范围内工作的,不提交县政府例会讨论;(二)县政府所属部门职权范围内决定的问题,
// 不提交县政府例会讨论。…(三)通过正常行文经县政府领导会签即能解决的问题,不安排会议讨论。”
describe("依安县 第四十九条(三): 会签即能解决 is a consultation, kept off every meeting", () => {
  const rules = getProfile("依安县").rules.filter((r) => r.check === "agenda.not-listable");
  const at = (type: "executive" | "topic" | "coordination", decidableBy: string) => {
    const meeting = makeMeeting("2026-03-12", { id: `${type}#1`, series: undefined, type, title: `第1次${type}`, agenda: agendaOf(["A1"]) });
    return runCheck(item({ meetingType: type, decidableBy }), makePlan(march, { meetings: [meeting] }), rules).filter((v) => v.code === "agenda.not-listable");
  };

  it("break: an item countersigning settles, at the executive meeting (it passed before: (三) was read as a leader's decision)", () => {
    const [v, ...rest] = at("executive", "consultation");
    expect(rest).toEqual([]);
    expect(v).toMatchObject({ rule: "agenda.not-listable.countersign", citation: { article: "第四十九条(三)" } });
    expect(v!.citation.text).toContain("会签即能解决的问题,不安排会议讨论");
  });

  it("break: the same at a topic or coordination meeting (不安排会议讨论: no meeting, not only the 例会)", () => {
    expect(at("topic", "consultation")).toHaveLength(1);
    expect(at("coordination", "consultation")).toHaveLength(1);
  });

  it("(一)(二) keep their own scope: a leader's or a department's matter is off the 例会, free at a topic meeting", () => {
    expect(at("executive", "leader")).toMatchObject([{ rule: "agenda.not-listable", citation: { article: "第四十九条(一)(二)" } }]);
    expect(at("executive", "department")).toHaveLength(1);
    expect(at("topic", "leader")).toEqual([]);
  });
});

// 西城区 附件1 二.3 and 附件2 二.4: “凡应主管副区长做出决定或职能部门职权范围内的事情,不提请会议讨论。”
describe("西城区 附件1 二.3, 附件2 二.4: what the responsible deputy or a department may decide is not put to the meeting", () => {
  const xicheng = getProfile("西城区");
  const at = (type: "executive" | "mayor-office" | "topic", decidableBy?: string) => {
    const meeting = makeMeeting("2026-03-12", { id: `${type}#1`, series: undefined, type, title: `第1次${type}`, agenda: agendaOf(["A1"]) });
    return runCheck(item({ meetingType: type, ...(decidableBy === undefined ? {} : { decidableBy }) }), makePlan(march, { meetings: [meeting] }), xicheng.rules.filter((r) => r.check === "agenda.not-listable")).filter(
      (v) => v.code === "agenda.not-listable",
    );
  };

  it.each([
    ["executive", "附件1 二.3"],
    ["mayor-office", "附件2 二.4"],
  ] as const)("break: a deputy's or a department's matter at the %s meeting (%s)", (type, article) => {
    expect(at(type, "leader")).toMatchObject([{ citation: { jurisdiction: "西城区", article } }]);
    expect(at(type, "department")).toHaveLength(1);
  });

  it("keep: an item only the meeting can decide; a topic meeting is not covered", () => {
    expect(at("executive")).toEqual([]);
    expect(at("topic", "department")).toEqual([]);
  });
});
