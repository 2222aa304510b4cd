import { describe, expect, it } from "vitest";
import type { ItemCategory, MeetingType } from "@yishi/domain";
import { check } from "../check.js";
import { getProfile } from "../get-profile.js";
import { agendaOf, makeMeeting, makePlan, makeSpec, runRule } from "./test-helpers.js";

const xicheng = getProfile("西城区");
const shipped = (id: string) => xicheng.rules.find((r) => r.id === id)!;
const spec = (category: ItemCategory, filedOn: string, meetingType: MeetingType = "executive") =>
  makeSpec({ agendaItems: [{ id: "W1", title: "工作要点", unit: "office", responsibleLeader: "zhang", category, filedOn, meetingType }] });
const on = (period: { from: string; to: string }, date: string, type: MeetingType = "executive", items = ["W1"]) =>
  makePlan(period, { meetings: [makeMeeting(date, { id: `${type}#1`, series: undefined, type, title: "第1次会议", agenda: agendaOf(items) })] });
const Q1 = { from: "2026-01-01", to: "2026-03-31" };

// 西城区 五十九(一): “每季度最后一个月的20日前,各职能部门、相关单位将下一季度的工作要点送政府办公室汇总后报各位区长审阅,
// 提交政府常务会议讨论。”
describe("西城区 五十九(一): next quarter's work points at an executive meeting after the 20th of the quarter's last month", () => {
  const rule = shipped("work-points.quarterly");

  it("keep: filed by the 20th, discussed on Monday 2026-03-23; break: on the 20th itself, or in the next quarter", () => {
    expect(rule.citation.article).toBe("五十九(一)");
    expect(runRule(spec("quarterly-work-points", "2026-03-18"), on(Q1, "2026-03-23"), rule)).toEqual([]);
    expect(runRule(spec("quarterly-work-points", "2026-03-18"), on(Q1, "2026-03-31"), rule)).toEqual([]);
    const [v] = runRule(spec("quarterly-work-points", "2026-03-18"), on(Q1, "2026-03-20"), rule);
    expect(v!.message.zh).toBe(
      "W1「工作要点」（2026-03-18申报）放在第1次会议（2026-03-20），应在季度最后一个月的20日以后（2026-03-21至2026-03-31）的会议上讨论下季度工作要点 (西城区 五十九(一))",
    );
    expect(v!.message.en).toBe(
      "W1「工作要点」 (filed 2026-03-18) is on 第1次会议 (2026-03-20), not after the 20th of the quarter's last month (2026-03-21 to 2026-03-31), when the article has a meeting that discusses next quarter's work points (西城区 五十九(一))",
    );
    expect(runRule(spec("quarterly-work-points", "2026-03-18"), on({ from: "2026-04-01", to: "2026-04-30" }, "2026-04-06"), rule)).toHaveLength(1);
  });

  it("an item filed after the quarter's window is for the next quarter's: filed 2026-04-02, it goes to late June", () => {
    const q2 = { from: "2026-04-01", to: "2026-06-30" };
    expect(runRule(spec("quarterly-work-points", "2026-04-02"), on(q2, "2026-06-22"), rule)).toEqual([]);
    expect(runRule(spec("quarterly-work-points", "2026-04-02"), on(q2, "2026-04-13"), rule)).toHaveLength(1);
    expect(runRule(spec("other", "2026-03-18"), on(Q1, "2026-03-02"), rule)).toEqual([]);
  });

  it("break: at the mayor's office meeting instead (提交政府常务会议讨论)", () => {
    const [v] = runRule(spec("quarterly-work-points", "2026-03-18", "mayor-office"), on(Q1, "2026-03-23", "mayor-office"), shipped("work-points.executive"));
    expect(v!.message.en).toBe("W1「工作要点」 must go to the executive meeting, not 第1次会议 (2026-03-23) (西城区 五十九(一))");
  });

  it("held (soft): a plan of the whole quarter with no such item placed says so, naming the window; one that holds it, or does not reach the window, keeps", () => {
    const held = shipped("work-points.quarterly-held");
    expect(held.severity).toBe("soft");
    const [v, ...rest] = runRule(spec("other", "2026-03-18"), on(Q1, "2026-03-23"), held);
    expect(rest).toEqual([]);
    expect(v!.message.zh).toBe(
      "季度最后一个月的20日以后（2026-03-21至2026-03-31）没有常务会议讨论下季度工作要点：计划中没有类别为 `quarterly-work-points` 的议题排在此期间（规格须先申报此议题） (西城区 五十九(一))",
    );
    expect(runRule(spec("quarterly-work-points", "2026-03-18"), on(Q1, "2026-03-23"), held)).toEqual([]);
    expect(runRule(spec("other", "2026-03-18"), on({ from: "2026-01-01", to: "2026-03-25" }, "2026-03-23"), held)).toEqual([]);
  });
});

// 西城区 五十五: “坚持区政府工作‘年初布臵,年中检查,年末总结’制度。区政府年初制定全年重点工作目标…,在年中、年底召开会议,
// 总结检查各项任务完成情况”. 年中 and 年底 give no month: June–July and December are the profile's reading.
describe("西城区 五十五: review meetings at mid-year and year-end", () => {
  it("keep: the mid-year review at a plenary on 2026-06-29; break: in May, saying the dates are a reading", () => {
    const rule = shipped("review.mid-year");
    const h1 = { from: "2026-05-01", to: "2026-07-31" };
    expect(runRule(spec("mid-year-review", "2026-05-20", "plenary"), on(h1, "2026-06-29", "plenary"), rule)).toEqual([]);
    const [v] = runRule(spec("mid-year-review", "2026-05-20", "plenary"), on(h1, "2026-05-25", "plenary"), rule);
    expect(v!.message.zh).toBe(
      "W1「工作要点」（2026-05-20申报）放在第1次会议（2026-05-25），应在年中（2026-06-01至2026-07-31；条文只说“年中”，此期间是本规则配置的理解）的会议上总结检查各项任务完成情况 (西城区 五十五)",
    );
  });

  it("keep: the year-end review in December, at any meeting type; break: in November", () => {
    const rule = shipped("review.year-end");
    const q4 = { from: "2026-10-01", to: "2026-12-31" };
    expect(runRule(spec("year-end-review", "2026-11-02", "mayor-office"), on(q4, "2026-12-21", "mayor-office"), rule)).toEqual([]);
    expect(runRule(spec("year-end-review", "2026-11-02", "executive"), on(q4, "2026-11-30"), rule)).toHaveLength(1);
  });

  it("held (soft): a Q4 plan without a year-end review says so; a plan of the quarter does not reach mid-year's June–July whole", () => {
    const q4 = { from: "2026-10-01", to: "2026-12-31" };
    const reviews = (v: { code: string; rule: string }) => v.code === "agenda.item-held" && v.rule.startsWith("review.");
    const found = check(spec("other", "2026-11-02"), on(q4, "2026-12-21"), xicheng).filter(reviews);
    expect(found.map((v) => [v.rule, v.severity, v.message.en])).toEqual([
      [
        "review.year-end-held",
        "soft",
        "no meeting reviews how the year's tasks are done at year-end (年底) (2026-12-01 to 2026-12-31; the article says only at year-end (年底), these dates are the profile's reading): the plan has no item of category `year-end-review` on a meeting then (the spec must file one) (西城区 五十五)",
      ],
    ]);
    expect(check(spec("year-end-review", "2026-11-02", "plenary"), on(q4, "2026-12-21", "plenary"), xicheng).filter(reviews)).toEqual([]);
    const q3 = { from: "2026-07-01", to: "2026-09-30" };
    expect(check(spec("other", "2026-07-02"), on(q3, "2026-07-20"), xicheng).filter(reviews)).toEqual([]);
  });
});
