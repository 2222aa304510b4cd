import { describe, expect, it } from "vitest";
import type { MeetingSeries, PlannedMeeting } from "@yishi/domain";
import { check } from "../check.js";
import { getProfile } from "../get-profile.js";
import { makeMeeting, makePlan, makeProfile, makeRule, makeSpec } from "./test-helpers.js";

const q1 = { from: "2026-01-01", to: "2026-03-31" };
const only = (vs: ReturnType<typeof check>) => vs.filter((v) => v.rule === "spec.series-occurrences");

/** 钟山区-like spec with no duty posts (these plans hold no roster) and a mayor's office series holding one early each month. */
function mayorSpec(series: Partial<MeetingSeries> = {}) {
  return makeSpec({
    duty: {},
    bodies: [{ id: "mayor-office", name: "区长办公会议", type: "mayor-office", members: ["zhang", "li", "huang"], convener: "zhang" }],
    series: [{ id: "mayor-office", name: "区长办公会议", type: "mayor-office", body: "mayor-office", cadence: { kind: "month-position", position: "start", withinWorkingDays: 8 }, ...series }],
  });
}
function mayorMeeting(date: string, n: number, extra: Partial<PlannedMeeting> = {}): PlannedMeeting {
  return makeMeeting(date, { id: `mayor-office#${n}`, series: "mayor-office", type: "mayor-office", title: `区长办公会议第${n}次`, room: undefined, ...extra });
}

describe("spec.series-occurrences: a series' occurrences the plan lacks", () => {
  it("the mayor away all quarter: the plan without the mayor's office meetings breaks a hard rule each month, citing 钟山区 第四十一条 and saying the series asks", () => {
    const vs = only(check(mayorSpec(), makePlan(q1), getProfile("钟山区")));
    expect(vs.map((v) => [v.severity, v.subjects.dates[0], `${v.citation.jurisdiction} ${v.citation.article}`])).toEqual([
      ["hard", "2026-01-01", "钟山区 第四十一条"],
      ["hard", "2026-02-01", "钟山区 第四十一条"],
      ["hard", "2026-03-01", "钟山区 第四十一条"],
    ]);
    expect(vs[0]!.message.zh).toBe("2026-01区长办公会议安排0次，本计划的会议系列设置（series[0].cadence：每月月初一次（前8个工作日））要求至少1次 (钟山区 第四十一条)");
    expect(vs[0]!.message.en).toBe("区长办公会议 meets 0 times in 2026-01; the spec's series (series[0].cadence: once at the start of each month (first 8 working days)) asks for at least 1 (钟山区 第四十一条)");
  });

  it("one meeting a month keeps it", () => {
    const plan = makePlan(q1, { meetings: [mayorMeeting("2026-01-13", 1), mayorMeeting("2026-02-03", 2), mayorMeeting("2026-03-03", 3)] });
    expect(only(check(mayorSpec(), plan, getProfile("钟山区")))).toEqual([]);
  });

  it("a cancelled occurrence is a missing one, and the message says it was cancelled", () => {
    const plan = makePlan(q1, { meetings: [mayorMeeting("2026-01-13", 1), mayorMeeting("2026-02-03", 2, { status: "cancelled" }), mayorMeeting("2026-03-03", 3)] });
    const [v, ...rest] = only(check(mayorSpec(), plan, getProfile("钟山区")));
    expect(rest).toEqual([]);
    expect(v!.message.en).toContain("meets 0 times in 2026-02");
    expect(v!.message.en).toContain("(1 more cancelled, which do not count)");
  });

  it("with no cadence article for the type in the profile, cites the spec's series", () => {
    const [v] = only(check(mayorSpec(), makePlan({ from: "2026-02-01", to: "2026-02-28" }), makeProfile([])));
    expect(v!.citation).toMatchObject({ jurisdiction: "六盘水市钟山区人民政府", article: "series[0].cadence" });
    expect(v!.citation.text).toContain("非工作规则条文");
  });

  it("judges only whole spans: a period that is not a whole quarter asks nothing of a per-quarter series", () => {
    const spec = mayorSpec({ cadence: { kind: "per-quarter", min: 1 } });
    expect(only(check(spec, makePlan({ from: "2026-01-15", to: "2026-03-31" }), makeProfile([])))).toEqual([]);
    expect(only(check(spec, makePlan(q1), makeProfile([]))).map((v) => v.subjects.dates[0])).toEqual(["2026-01-01"]);
  });

  it("every-n-weeks asks for ⌈(days+1)/longest gap⌉ − 1: 5 in a 90-day quarter with 2 weeks (gap ≤ 18 days)", () => {
    const spec = makeSpec({ duty: {}, series: [{ id: "exec", name: "区政府常务会议", type: "executive", body: "executive", cadence: { kind: "every-n-weeks", weeks: 2 } }] });
    const five = ["2026-01-15", "2026-01-29", "2026-02-12", "2026-02-26", "2026-03-12"].map((d, i) => makeMeeting(d, { n: i + 1 }));
    expect(only(check(spec, makePlan(q1, { meetings: five }), makeProfile([])))).toEqual([]);
    const [v] = only(check(spec, makePlan(q1, { meetings: five.slice(0, 4) }), makeProfile([])));
    expect(v!.message.en).toBe("区政府常务会议 meets 4 times in 2026-01-01..2026-03-31; the spec's series (series[0].cadence: every 2 weeks) asks for at least 5 (六盘水市钟山区人民政府 series[0].cadence)");
    // Two weeks of a plan ask for nothing: the meetings around it may lie in the plans before and after.
    expect(only(check(spec, makePlan({ from: "2026-03-02", to: "2026-03-15" }), makeProfile([])))).toEqual([]);
  });

  it("a series without a cadence of its own under a hard cadence article is judged by that article alone (one violation, not two)", () => {
    const spec = makeSpec({ duty: {} });
    const rule = makeRule("cadence.every-n-weeks", { weeks: 2 }, { id: "executive.cadence", cite: ["钟山区", "第四十条", "区人民政府常务会议原则上每两周召开1次"] });
    const vs = check(spec, makePlan(q1), makeProfile([rule]));
    expect(only(vs)).toEqual([]);
    expect(vs.filter((v) => v.rule === "executive.cadence" && v.severity === "hard").length).toBeGreaterThan(0);
  });

  it("a pinned occurrence the plan lacks cites the pin", () => {
    const spec = mayorSpec({ cadence: { kind: "as-needed" }, pinned: [{ date: "2026-02-10", note: "年度工作部署" }] });
    const [v, ...rest] = only(check(spec, makePlan(q1), makeProfile([])));
    expect(rest).toEqual([]);
    expect(v!.citation).toEqual({ jurisdiction: "六盘水市钟山区人民政府", article: "series[0].pinned[0]", text: "年度工作部署" });
    expect(only(check(spec, makePlan(q1, { meetings: [mayorMeeting("2026-02-10", 1)] }), makeProfile([])))).toEqual([]);
  });
});
