import { describe, expect, it } from "vitest";
import type { PlannedMeeting, Spec } from "@yishi/domain";
import { check } from "../check.js";
import { getProfile } from "../get-profile.js";
import { BASE_SPEC, makeMeeting, makeMeetings, makePlan, makeSpec } from "./test-helpers.js";

const EXTRA = { reason: "研究防汛应急事项" };
const march = { from: "2026-03-01", to: "2026-03-31" };
const noDuty = makeSpec({ duty: {} });
const rulesOf = (vs: ReturnType<typeof check>, id: string) => vs.filter((v) => v.rule === id);

/** Regular executive meetings on 5 and 19 March, one more on 12 March (marked extra or not). */
function threeThursdays(extra: Partial<PlannedMeeting>): PlannedMeeting[] {
  const [a, b] = makeMeetings(["2026-03-05", "2026-03-19"]);
  return [a!, b!, makeMeeting("2026-03-12", { n: 3, title: "临时常务会议", ...extra })];
}

describe("extra sessions beyond the cadence", () => {
  // 钟山区 第四十条: “区人民政府常务会议原则上每2周召开1次,也可根据工作需要适时召开。”
  describe("钟山区 第四十条 也可根据工作需要适时召开", () => {
    const profile = getProfile("钟山区");

    it("break: an unmarked third meeting between two regular ones gives two cadence violations", () => {
      const vs = rulesOf(check(noDuty, makePlan(march, { meetings: threeThursdays({}) }), profile), "executive.cadence");
      expect(vs).toHaveLength(2);
    });

    it("keep: marked extra with its reason, the two regular ones are judged alone", () => {
      const vs = rulesOf(check(noDuty, makePlan(march, { meetings: threeThursdays({ extra: EXTRA }) }), profile), "executive.cadence");
      expect(vs).toEqual([]);
    });

    it("an extra session does not fill a gap of the regular ones", () => {
      // 5 March and 2 April: 28 days apart, whatever is held on 19 March as an extra.
      const meetings = [makeMeeting("2026-03-05", { n: 1 }), makeMeeting("2026-03-19", { n: 2, extra: EXTRA }), makeMeeting("2026-04-02", { n: 3 })];
      const vs = rulesOf(check(noDuty, makePlan({ from: "2026-03-02", to: "2026-04-08" }, { meetings }), profile), "executive.cadence");
      expect(vs.map((v) => v.subjects.meetings)).toEqual([["exec#1", "exec#3"]]);
    });

    it("a pin the spec marks extra makes the plan's occurrence that day extra", () => {
      const spec = makeSpec({ duty: {}, series: [{ ...BASE_SPEC.series![0]!, pinned: [{ date: "2026-03-12", extra: EXTRA }] }] });
      expect(rulesOf(check(spec, makePlan(march, { meetings: threeThursdays({ pinned: true }) }), profile), "executive.cadence")).toEqual([]);
    });

    it("the extra session still keeps every other rule: a Monday under the default profile (北京市 三十九), a holiday", () => {
      const [a, b] = makeMeetings(["2026-03-05", "2026-03-19"]);
      const monday = makeMeeting("2026-03-09", { n: 3, extra: EXTRA });
      const vs = check(noDuty, makePlan(march, { meetings: [a!, b!, monday] }), getProfile("default"));
      expect(rulesOf(vs, "executive.cadence")).toEqual([]);
      expect(rulesOf(vs, "no-monday").map((v) => v.subjects.meetings)).toEqual([["exec#3"]]);
      const holiday = makeMeeting("2026-04-06", { n: 3, extra: EXTRA }); // 清明节 (observed)
      const april = check(noDuty, makePlan({ from: "2026-04-01", to: "2026-04-30" }, { meetings: [...makeMeetings(["2026-04-02", "2026-04-16", "2026-04-30"]).slice(0, 2), holiday] }), profile);
      expect(rulesOf(april, "calendar.working-day").map((v) => v.subjects.meetings)).toEqual([["exec#3"]]);
    });

    it("spec.series-occurrences does not count an extra session as a regular one", () => {
      // Three months with only extra sessions: the series' regular occurrences are missing.
      const meetings = ["2026-01-08", "2026-02-05", "2026-03-05"].map((d, i) => makeMeeting(d, { n: i + 1, extra: EXTRA }));
      const spec = makeSpec({ duty: {}, series: [{ ...BASE_SPEC.series![0]!, cadence: { kind: "per-month", min: 1, max: 2 } }] });
      const plan = makePlan({ from: "2026-01-01", to: "2026-03-31" }, { meetings });
      expect(rulesOf(check(spec, plan, profile), "spec.series-occurrences")).toHaveLength(3);
      const regular = makePlan({ from: "2026-01-01", to: "2026-03-31" }, { meetings: meetings.map(({ extra: _, ...m }) => m) });
      expect(rulesOf(check(spec, regular, profile), "spec.series-occurrences")).toEqual([]);
    });
  });

  // 依安县 第四十六条: “县政府常务会议一般每两周召开一次,必要时由县长决定随时召开。”
  it("依安县 第四十六条 必要时由县长决定随时召开: break unmarked, keep marked", () => {
    const profile = getProfile("依安县");
    expect(rulesOf(check(noDuty, makePlan(march, { meetings: threeThursdays({}) }), profile), "executive.cadence")).toHaveLength(2);
    expect(rulesOf(check(noDuty, makePlan(march, { meetings: threeThursdays({ extra: EXTRA }) }), profile), "executive.cadence")).toEqual([]);
  });

  // 西城区 二十八 “一般每2周召开1次” with 附件1 二.1 “必要时可随时召开”; 附件2 二.1 for the mayor's office meeting.
  it("西城区 附件1 二.1 and 附件2 二.1 必要时可随时召开: break unmarked, keep marked", () => {
    const profile = getProfile("西城区");
    expect(rulesOf(check(noDuty, makePlan(march, { meetings: threeThursdays({}) }), profile), "executive.cadence")).toHaveLength(2);
    expect(rulesOf(check(noDuty, makePlan(march, { meetings: threeThursdays({ extra: EXTRA }) }), profile), "executive.cadence")).toEqual([]);
    const spec = withBody(noDuty, "mayor-office");
    const mayor = (ms: PlannedMeeting[]) => ms.map((m) => ({ ...m, id: m.id.replace("exec", "mo"), series: undefined, type: "mayor-office" as const }));
    expect(rulesOf(check(spec, makePlan(march, { meetings: mayor(threeThursdays({})) }), profile), "mayor-office.cadence")).toHaveLength(2);
    expect(rulesOf(check(spec, makePlan(march, { meetings: mayor(threeThursdays({ extra: EXTRA })) }), profile), "mayor-office.cadence")).toEqual([]);
  });

  // 房山区 第四十条: “区政府全体会议一般每年召开1次,必要时随时召开。” 第四十一条: “区政府常务会议一般每两周召开1次,必要时随时召开。”
  describe("房山区 第四十条、第四十一条 必要时随时召开", () => {
    const profile = getProfile("房山区");
    const year = { from: "2026-01-01", to: "2026-12-31" };
    const plenary = (date: string, n: number, extra: Partial<PlannedMeeting> = {}) =>
      makeMeeting(date, { id: `plenary#${n}`, series: undefined, type: "plenary", title: `全体会议第${n}次`, room: undefined, ...extra });
    const spec = withBody(noDuty, "plenary");

    it("break: a second plenary in the year breaks 每年召开1次", () => {
      const vs = rulesOf(check(spec, makePlan(year, { meetings: [plenary("2026-02-05", 1), plenary("2026-07-09", 2)] }), profile), "plenary.cadence");
      expect(vs.map((v) => v.message.en)).toEqual([expect.stringContaining("meets 2 times in 2026")]);
    });

    it("keep: the second one marked extra is not counted", () => {
      expect(rulesOf(check(spec, makePlan(year, { meetings: [plenary("2026-02-05", 1), plenary("2026-07-09", 2, { extra: EXTRA })] }), profile), "plenary.cadence")).toEqual([]);
    });

    it("an extra session is not the regular one: a year with only an extra plenary still lacks it", () => {
      expect(rulesOf(check(spec, makePlan(year, { meetings: [plenary("2026-07-09", 1, { extra: EXTRA })] }), profile), "plenary.cadence")).toHaveLength(1);
    });

    it("executive: break unmarked, keep marked", () => {
      expect(rulesOf(check(noDuty, makePlan(march, { meetings: threeThursdays({}) }), profile), "executive.cadence")).toHaveLength(2);
      expect(rulesOf(check(noDuty, makePlan(march, { meetings: threeThursdays({ extra: EXTRA }) }), profile), "executive.cadence")).toEqual([]);
    });
  });

  // 常州市 四十二: “市政府常務會議原則上每月底召開一次,根據需要可由市長決定臨時召開。”
  it("常州市 四十二 臨時召開: an extra session at the month's end does not stand in for the regular one", () => {
    const profile = getProfile("常州市");
    const regularEnd = makePlan(march, { meetings: [makeMeeting("2026-03-27", { n: 1 })] });
    expect(rulesOf(check(noDuty, regularEnd, profile), "executive.cadence")).toEqual([]);
    const extraEnd = makePlan(march, { meetings: [makeMeeting("2026-03-05", { n: 1 }), makeMeeting("2026-03-27", { n: 2, extra: EXTRA })] });
    expect(rulesOf(check(noDuty, extraEnd, profile), "executive.cadence")).toHaveLength(1);
  });

  // 北京市 三十四: “市政府常务会议一般每月召开1至2次。” — no words for a session beyond it.
  it("北京市 三十四 gives no exception: a third meeting marked extra is still counted, and the message says why", () => {
    const vs = rulesOf(check(noDuty, makePlan(march, { meetings: threeThursdays({ extra: EXTRA }) }), getProfile("北京市")), "executive.cadence");
    expect(vs).toHaveLength(1);
    expect(vs[0]!.message.zh).toContain("临时常务会议（2026-03-12）标为临时召开，但本条未规定可另行召开，仍按常规会议计");
    expect(vs[0]!.message.en).toContain("临时常务会议 (2026-03-12) is marked as an extra session, but this article allows none, so it counts as a regular one (北京市 三十四)");
  });
});

function withBody(spec: Spec, type: "plenary" | "mayor-office"): Spec {
  return { ...spec, series: [], bodies: [...spec.bodies, { id: type, name: type, type, members: ["zhang", "li", "wang"], convener: "zhang", designatedConveners: [], attendees: [] }] };
}
