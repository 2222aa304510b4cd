import { describe, expect, it } from "vitest";
import type { ItemCategory, MeetingType, Review } from "@yishi/domain";
import { check } from "../check.js";
import { getProfile } from "../get-profile.js";
import { agendaOf, makeMeeting, makePlan, makeSpec, runRule } from "./test-helpers.js";

// 钟山区 第十七条: “区人民政府及各部门制定规范性文件,应当经过评估论证、公开征求意见、合法性审查、集体决议决定等程序”.
const zhongshan = getProfile("钟山区");
const rule = zhongshan.rules.find((r) => r.id === "documents.procedure")!;
const march = { from: "2026-03-01", to: "2026-03-31" };
const spec = (reviews: Review[], category: ItemCategory = "normative-document") =>
  makeSpec({ agendaItems: [{ id: "A40", title: "实施办法", unit: "fgj", responsibleLeader: "li", category, filedOn: "2026-03-02", reviews }] });
const at = (type: MeetingType = "executive") =>
  makePlan(march, { meetings: [makeMeeting("2026-03-19", { id: `${type}#1`, series: undefined, type, title: "第1次会议", agenda: agendaOf(["A40"]) })] });
const both = (assessment: string, comment: string): Review[] => [
  { kind: "assessment", doneOn: assessment },
  { kind: "public-comment", doneOn: comment },
];

describe("钟山区 第十七条: a normative document is assessed and put to public comment before the collective decision", () => {
  it("keep: both done before the meeting day; break: public comment closing on the meeting day", () => {
    expect(rule.citation.article).toBe("第十七条");
    expect(runRule(spec(both("2026-03-02", "2026-03-18")), at(), rule)).toEqual([]);
    const [v] = runRule(spec(both("2026-03-02", "2026-03-19")), at(), rule);
    expect(v!.message.zh).toBe("A40「实施办法」公开征求意见于2026-03-19才完成，须在第1次会议（2026-03-19）当天之前完成（条文未规定提前几天） (钟山区 第十七条)");
    expect(v!.message.en).toBe(
      "A40「实施办法」: public comment (公开征求意见) done only on 2026-03-19; each is due before 第1次会议 (2026-03-19), the day it is decided (the article gives no number of days) (钟山区 第十七条)",
    );
  });

  it("break: neither recorded, one violation naming both; a consultation of departments is not public comment", () => {
    const [v, ...rest] = runRule(spec([]), at(), rule);
    expect(rest).toEqual([]);
    expect(v!.message.zh).toBe("A40「实施办法」未经评估论证、未经公开征求意见，须在第1次会议（2026-03-19）当天之前完成（条文未规定提前几天） (钟山区 第十七条)");
    expect(runRule(spec([{ kind: "assessment", doneOn: "2026-03-02" }, { kind: "consultation", doneOn: "2026-03-05" }]), at(), rule)).toHaveLength(1);
  });

  it("binds normative documents at every deciding meeting, not other items nor a topic meeting that only studies them", () => {
    expect(runRule(spec([]), at("plenary"), rule)).toHaveLength(1);
    expect(runRule(spec([]), at("mayor-office"), rule)).toHaveLength(1);
    expect(runRule(spec([], "large-fund"), at(), rule)).toEqual([]);
    expect(runRule(spec([]), at("topic"), rule)).toEqual([]);
  });

  it("the default profile carries it; legal review stays 第十八条's, reported once", () => {
    const found = check(spec(both("2026-03-02", "2026-03-10")), at(), getProfile("default")).filter((v) => v.code.startsWith("agenda."));
    expect(found.map((v) => `${v.rule} ${v.citation.article}`)).toEqual(["executive.legal-review-documents 第十八条"]);
  });
});
