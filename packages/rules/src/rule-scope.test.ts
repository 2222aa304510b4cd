import { describe, expect, it } from "vitest";
import { Rule, type PlannedMeeting } from "@yishi/domain";
import { check } from "./check.js";
import { diffProfiles } from "./diff-profiles.js";
import { findRuleOverlaps } from "./find-rule-overlaps.js";
import { findRules } from "./find-rules.js";
import { getProfile } from "./get-profile.js";
import { resolveProfile } from "./resolve-profile.js";
import { resolveSeriesCadence } from "./series-cadence.js";
import { scopeAdmits, seriesFacts } from "./rule-scope.js";
import { BASE_SPEC, makeMeeting, makePlan, makeSpec, runRule } from "./checks/test-helpers.js";

const shipped = (profile: string, id: string): Rule => getProfile(profile).rules.find((r) => r.id === id)!;

// 房山区 第四十二条: “区长主持召开的区政府专题会议一般每两周一次,必要时随时召开,…副区长可根据工作需要,不定期召开专题会议”.
const topicSpec = makeSpec({
  bodies: [
    ...BASE_SPEC.bodies!,
    { id: "topic-mayor", name: "区长专题会议", type: "topic", members: ["zhang", "li", "huang"], convener: "zhang", designatedConveners: ["li"] },
  ],
  series: [
    ...BASE_SPEC.series!,
    { id: "t-mayor", name: "区长专题会议", type: "topic", body: "topic-mayor" },
    { id: "t-li", name: "副区长专题会议", type: "topic", body: "topic" },
  ],
});
const topic = (series: string, date: string, n: number, extra: Partial<PlannedMeeting> = {}) =>
  makeMeeting(date, { id: `${series}#${n}`, series, type: "topic", title: `${series}第${n}次专题会议`, ...extra });
const march = { from: "2026-03-01", to: "2026-03-31" };

describe("房山区 第四十二条: the scope names the chair — 区长主持召开的专题会议 every two weeks, a deputy's as needed", () => {
  const mayorsRule = shipped("房山区", "topic.cadence");

  it("the shipped rule is narrowed to the mayor's chair, hard, and quotes the words that narrow it", () => {
    expect(mayorsRule).toMatchObject({ severity: "hard", check: "cadence.every-n-weeks", scope: { meetingTypes: ["topic"], chairRoles: ["mayor"] } });
    expect(mayorsRule.citation.text).toContain("区长主持召开的区政府专题会议一般每两周一次");
    expect(shipped("房山区", "topic.deputies-cadence")).toMatchObject({ check: "cadence.as-needed", scope: { chairRoles: ["executive-deputy", "deputy"] } });
    expect(shipped("房山区", "topic.deputies-cadence").citation.text).toContain("副区长可根据工作需要,不定期召开专题会议");
  });

  it("break: the mayor's topic meetings four weeks apart", () => {
    const plan = makePlan(march, { meetings: [topic("t-mayor", "2026-03-03", 1), topic("t-mayor", "2026-03-31", 2)] });
    const found = runRule(topicSpec, plan, mayorsRule);
    expect(found.map((v) => v.subjects.meetings)).toEqual([["t-mayor#1", "t-mayor#2"]]);
    expect(found[0]!.message.en).toContain("(房山区 第四十二条)");
  });

  it("keep: a deputy mayor's topic meetings four weeks apart (不定期); only the mayor's empty series is named", () => {
    const plan = makePlan(march, { meetings: [topic("t-li", "2026-03-03", 1), topic("t-li", "2026-03-31", 2)] });
    const found = runRule(topicSpec, plan, mayorsRule);
    expect(found.flatMap((v) => v.subjects.meetings)).toEqual([]);
    expect(found.map((v) => v.message.zh)).toEqual([expect.stringContaining("期间没有安排区长专题会议")]);
  });

  it("keep: the mayor's meeting stays the mayor's series when the executive deputy chairs it that day", () => {
    const plan = makePlan(march, { meetings: [topic("t-mayor", "2026-03-03", 1), topic("t-mayor", "2026-03-17", 2, { convener: "li" }), topic("t-mayor", "2026-03-31", 3)] });
    expect(runRule(topicSpec, plan, mayorsRule)).toEqual([]);
  });

  it("the whole 房山区 profile asks the mayor's series for meetings and the deputy's for none", () => {
    const plan = makePlan(march, { meetings: [] });
    const asked = check(topicSpec, plan, getProfile("房山区")).filter((v) => v.code === "cadence.every-n-weeks" || v.code === "spec.series-occurrences");
    expect(asked.filter((v) => v.rule === "topic.cadence").map((v) => v.message.zh).join("\n")).toContain("区长专题会议");
    expect(asked.some((v) => v.message.zh.includes("副区长专题会议"))).toBe(false);
  });

  it("resolveSeriesCadence reads the chair from the spec; without it every rule of the type may bind", () => {
    const profile = getProfile("房山区");
    const [mayors, deputys] = [topicSpec.series[1]!, topicSpec.series[2]!];
    expect(resolveSeriesCadence(mayors, profile, topicSpec).cadence).toMatchObject({ kind: "every-n-weeks", weeks: 2 });
    expect(resolveSeriesCadence(deputys, profile, topicSpec)).toMatchObject({ cadence: { kind: "as-needed" }, rule: { id: "topic.deputies-cadence" } });
    expect(resolveSeriesCadence(deputys, profile).cadence.kind).toBe("every-n-weeks");
  });

  it("the two rules never bind one meeting, so the profile has no overlap between them", () => {
    const overlaps = findRuleOverlaps({ profile: "房山区", rules: getProfile("房山区").rules });
    expect(overlaps.filter((o) => [o.a.id, o.b.id].includes("topic.cadence") && [o.a.id, o.b.id].includes("topic.deputies-cadence"))).toEqual([]);
  });
});

describe("conferences by organizer", () => {
  const conference = (series: string, date: string, n: number, extra: Partial<PlannedMeeting> = {}) =>
    makeMeeting(date, { id: `${series}#${n}`, series, type: "conference", title: `${series}第${n}次全市性工作会议`, room: "r201", ...extra });
  const confSpec = (organizer?: "government" | "department") =>
    makeSpec({
      bodies: [...BASE_SPEC.bodies!, { id: "conf", name: "全市性工作会议", type: "conference", members: ["zhang", "li"], convener: "zhang" }],
      series: [...BASE_SPEC.series!, { id: "conf", name: "全市性工作会议", type: "conference", body: "conf", ...(organizer === undefined ? {} : { organizer }) }],
    });
  const year = { from: "2026-01-01", to: "2026-12-31" };
  const twice = makePlan(year, { meetings: [conference("conf", "2026-03-10", 1), conference("conf", "2026-09-15", 2)] });

  // 常州市 四十六: “市政府組成部門召開的全市性工作會議,每年不超過一次”.
  it("常州市 四十六 break: a department's city-wide conference twice a year", () => {
    const rule = shipped("常州市", "conference.per-year");
    expect(rule.scope.organizers).toEqual(["department"]);
    const [v, ...rest] = runRule(confSpec("department"), twice, rule);
    expect(rest).toEqual([]);
    expect(v!.message.zh).toContain("(常州市 四十六)");
  });

  it("常州市 四十六 keep: the government's own conference (以市政府名義召開的全市性大會) is not limited by it", () => {
    expect(runRule(confSpec("government"), twice, shipped("常州市", "conference.per-year"))).toEqual([]);
    expect(runRule(confSpec(), twice, shipped("常州市", "conference.per-year"))).toEqual([]);
  });

  // 钟山区 第四十九条: “确需以区人民政府名义召开的全区性会议,…有关部门原则上提前10天上报会议方案”.
  it("钟山区 第四十九条 break: a conference in the government's name with its plan in 3 days before; keep: a department's own", () => {
    const late = makePlan(march, { meetings: [conference("conf", "2026-03-20", 1, { planSubmittedOn: "2026-03-17" })] });
    const rule = shipped("钟山区", "conference.plan");
    expect(runRule(confSpec(), late, rule)).toHaveLength(1);
    expect(runRule(confSpec("department"), late, rule)).toEqual([]);
  });
});

describe("a spec's rule for one series", () => {
  it("scope.series narrows an override to the named series; the other series of the type is not judged by it", () => {
    const spec = makeSpec({ series: [...BASE_SPEC.series!, { id: "exec2", name: "第二常务会议", type: "executive", body: "executive" }] });
    const profile = resolveProfile({ base: "钟山区", overrides: [{ rule: "executive.cadence", scope: { series: ["exec"] } }] });
    const rule = profile.rules.find((r) => r.id === "executive.cadence")!;
    expect(rule.scope).toMatchObject({ meetingTypes: ["executive"], series: ["exec"] });
    const plan = makePlan(march, {
      meetings: [makeMeeting("2026-03-03", { n: 1 }), makeMeeting("2026-03-31", { n: 2 }), makeMeeting("2026-03-03", { id: "exec2#1", series: "exec2", start: "14:00", end: "15:00" }), makeMeeting("2026-03-31", { id: "exec2#2", series: "exec2", start: "14:00", end: "15:00" })],
    });
    expect(runRule(spec, plan, rule).flatMap((v) => v.subjects.meetings)).toEqual(["exec#1", "exec#2"]);
  });

  it("a fact not known never excludes; a known one outside the narrowing does", () => {
    expect(scopeAdmits({ chairRoles: ["mayor"] }, {})).toBe(true);
    expect(scopeAdmits({ chairRoles: ["mayor"] }, { chairRoles: ["deputy"] })).toBe(false);
    expect(scopeAdmits({ chairRoles: ["mayor"] }, { chairRoles: ["deputy", "mayor"] })).toBe(true);
    expect(scopeAdmits({ organizers: ["department"] }, seriesFacts({ id: "s", body: "b" }))).toBe(false);
    expect(findRules(getProfile("房山区"), "cadence.every-n-weeks", { meetingType: "topic", meeting: { chairRoles: ["deputy"] } })).toEqual([]);
    expect(findRules(getProfile("房山区"), "cadence.every-n-weeks", { meetingType: "topic" })).toHaveLength(1);
  });

  it("profiles diff tells a narrowed rule from an unnarrowed one", () => {
    const d = diffProfiles(getProfile("房山区"), resolveProfile({ base: "房山区", overrides: [{ rule: "topic.cadence", scope: { chairRoles: ["mayor", "executive-deputy"] } }] }));
    const row = d.rules.find((r) => r.a?.id === "topic.cadence")!;
    expect(row).toMatchObject({ status: "different", differences: ["scope"] });
    expect(row.a?.narrowing).toEqual({ chairRoles: ["mayor"] });
  });
});
