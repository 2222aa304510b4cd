import { describe, expect, it } from "vitest";
import { getProfile } from "../get-profile.js";
import { makeMeeting, makePlan, makeSpec, runRule } from "./test-helpers.js";

/**
 * “About every half year / three months” as the profiles read it: 依安县
 * 第四十五条 “县政府全体会议一般每半年召开一次” and 第七十二条 “一般三个月安排一次”. The
 * articles give no number of days; the shipped profile reads 121–243 days
 * for the half-year and 61–121 for the quarter, and every message says so.
 */
const yian = getProfile("依安县");
const plenaryRule = yian.rules.find((r) => r.id === "plenary.cadence")!;
const lectureRule = yian.rules.find((r) => r.id === "study.lectures")!;
const year = { from: "2026-01-01", to: "2026-12-31" };
const plenary = (date: string, n: number) => makeMeeting(date, { n, id: `plenary#${n}`, series: undefined, type: "plenary", title: `全体会议${n}` });
const lecture = (date: string, n: number) => makeMeeting(date, { n, id: `study#${n}`, series: undefined, type: "study", title: `学习讲座${n}` });
const spec = makeSpec();

describe("依安县 第四十五条 一般每半年召开一次: the spacing of the half-yearly plenary", () => {
  it("the shipped profile states its reading as named parameters", () => {
    expect(plenaryRule.params).toMatchObject({ min: 1, minGapDays: 121, maxGapDays: 243 });
    expect(lectureRule.params).toMatchObject({ min: 1, minGapDays: 61, maxGapDays: 121 });
  });

  it("keep: one in each half, about six months apart", () => {
    expect(runRule(spec, makePlan(year, { meetings: [plenary("2026-01-15", 1), plenary("2026-07-10", 2)] }), plenaryRule)).toEqual([]);
  });

  it("break: one each side of 1 July, three days apart, though each half has its one", () => {
    const found = runRule(spec, makePlan(year, { meetings: [plenary("2026-06-29", 1), plenary("2026-07-02", 2)] }), plenaryRule);
    expect(found.map((v) => v.message.zh)).toEqual([
      "全体会议1（2026-06-29）与全体会议2（2026-07-02）相隔3天，应相隔121至243天；121至243天是本规则配置的理解（条文为每半年一次，未规定相隔天数） (依安县 第四十五条)",
    ]);
    expect(found[0]!.message.en).toContain("once every half year allows 121 to 243 days, which is the profile's reading (the article gives no number of days)");
  });

  it("break: January and December, eleven months apart", () => {
    const found = runRule(spec, makePlan(year, { meetings: [plenary("2026-01-05", 1), plenary("2026-12-28", 2)] }), plenaryRule);
    expect(found.map((v) => v.subjects.dates)).toEqual([["2026-01-05", "2026-12-28"]]);
  });

  it("a spec overriding the reading away judges the counts only", () => {
    const countsOnly = { ...plenaryRule, params: { min: 1 } };
    expect(runRule(spec, makePlan(year, { meetings: [plenary("2026-06-29", 1), plenary("2026-07-02", 2)] }), countsOnly)).toEqual([]);
  });
});

describe("依安县 第七十二条 一般三个月安排一次: the spacing of the study lectures", () => {
  const half = { from: "2026-01-01", to: "2026-06-30" };

  it("keep: early February and early May", () => {
    expect(runRule(spec, makePlan(half, { meetings: [lecture("2026-02-05", 1), lecture("2026-05-07", 2)] }), lectureRule)).toEqual([]);
  });

  it("break: late March and early April, each quarter with its one", () => {
    const found = runRule(spec, makePlan(half, { meetings: [lecture("2026-03-30", 1), lecture("2026-04-02", 2)] }), lectureRule);
    expect(found.map((v) => v.message.en)).toEqual([
      "study lecture on 2026-03-30 and 2026-04-02 are 3 days apart; about every three months allows 61 to 121 days, which is the profile's reading (the article gives no number of days) (依安县 第七十二条)",
    ]);
  });
});
