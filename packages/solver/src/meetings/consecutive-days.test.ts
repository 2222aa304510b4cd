import { describe, expect, it } from "vitest";
import { addDays, createCalendar, parsePeriod, weekdayOf } from "@yishi/calendar";
import { Spec, type SpecInput } from "@yishi/domain";
import { getProfile } from "@yishi/rules";
import { planMeetings } from "./plan-meetings.js";
import { analyseSeries } from "./analyse-series.js";
import { collectFacts } from "./meeting-input.js";
import { hardViolations, judge } from "./test-helpers.js";

/**
 * 北京市 三十九: “坚持周一无会日制度,除连续召开的会议外,周一不安排全市性大会”.
 * A conference held over consecutive days is a spec item (a series' or a
 * pin's `days`), planned as one meeting with an `endDate`; it may open on a
 * Monday, and it holds its people and room on every one of its days.
 */
const calendar = createCalendar();
const q1 = parsePeriod("2026Q1");
const beijing = getProfile("北京市");

type SeriesInput = NonNullable<SpecInput["series"]>[number];

function specWith(...series: SeriesInput[]): Spec {
  return Spec.parse({
    organization: { id: "bj", name: "北京市人民政府", jurisdiction: "北京市" },
    profile: { base: "北京市" },
    people: [
      { id: "mayor", name: "市长", roles: ["mayor"] },
      { id: "d1", name: "副市长甲", roles: ["deputy"] },
      { id: "d2", name: "副市长乙", roles: ["deputy"] },
    ],
    rooms: [{ id: "hall", name: "大会堂" }, { id: "r1", name: "常务会议室" }],
    bodies: [
      { id: "conf", name: "全市性大会", type: "conference", members: ["mayor", "d1", "d2"], convener: "mayor" },
      { id: "exec", name: "市政府常务会议", type: "executive", members: ["mayor", "d1", "d2"], convener: "mayor" },
    ],
    series,
  });
}

const conference = (extra: Partial<SeriesInput> = {}): SeriesInput => ({ id: "conf", name: "全市经济工作会议", type: "conference", body: "conf", weekdays: [1], start: "09:00", durationMinutes: 240, room: "hall", ...extra });

describe("北京市 三十九: a conference over consecutive days (除连续召开的会议外)", () => {
  it("keep: a pinned two-day conference opens on Monday, planned with its endDate; the checker finds nothing", async () => {
    const spec = specWith(conference({ pinned: [{ date: "2026-03-02", days: 2 }] }));
    const { meetings } = await planMeetings({ spec, profile: beijing, calendar, period: q1 });
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({ date: "2026-03-02", endDate: "2026-03-03", start: "09:00", end: "13:00" });
    expect(meetings[0]!.note).toBeUndefined();
    expect(hardViolations(judge(spec, beijing, calendar, q1, meetings))).toEqual([]);
  });

  it("break: the same conference pinned on Monday for one day breaks 三十九, in the planner's note and the checker alike", async () => {
    const spec = specWith(conference({ pinned: [{ date: "2026-03-02" }] }));
    const { meetings } = await planMeetings({ spec, profile: beijing, calendar, period: q1 });
    expect(meetings[0]!.endDate).toBeUndefined();
    expect(meetings[0]!.note).toContain("北京市 三十九");
    expect(judge(spec, beijing, calendar, q1, meetings).filter((v) => v.code === "calendar.no-weekday").map((v) => v.citation.article)).toEqual(["三十九"]);
  });

  it("a series of two-day conferences, once a quarter on Mondays, is planned Monday–Tuesday", async () => {
    const spec = specWith(conference({ days: 2, cadence: { kind: "per-quarter", min: 1, max: 1 } }));
    const { meetings } = await planMeetings({ spec, profile: beijing, calendar, period: q1 });
    expect(meetings).toHaveLength(1);
    expect(weekdayOf(meetings[0]!.date)).toBe(1);
    expect(meetings[0]!.endDate).toBe(addDays(meetings[0]!.date, 1));
    expect(hardViolations(judge(spec, beijing, calendar, q1, meetings))).toEqual([]);
  });

  it("holds its people on its second day: the Tuesday executive meeting moves off it", async () => {
    // Alone, the executive meeting takes Tuesday 13 January; the conference of 12–13 January holds the mayor at that hour.
    const exec: SeriesInput = { id: "exec", name: "市政府常务会议", type: "executive", body: "exec", weekdays: [2], start: "09:00", durationMinutes: 120, room: "r1" };
    const alone = await planMeetings({ spec: specWith(exec), profile: beijing, calendar, period: q1 });
    expect(alone.meetings.map((m) => m.date)).toContain("2026-01-13");
    const spec = specWith(conference({ days: 2, pinned: [{ date: "2026-01-12" }] }), exec);
    const result = await planMeetings({ spec, profile: beijing, calendar, period: q1 });
    expect(result.meetings.find((m) => m.series === "conf")).toMatchObject({ date: "2026-01-12", endDate: "2026-01-13" });
    expect(result.meetings.filter((m) => m.series === "exec").map((m) => m.date)).not.toContain("2026-01-13");
    expect(hardViolations(judge(spec, beijing, calendar, q1, result.meetings))).toEqual([]);
  });

  it("a one-day series limited to Mondays cannot be planned under 三十九; held over two days it can", async () => {
    const oneDay = specWith(conference({ cadence: { kind: "per-quarter", min: 1, max: 1 } }));
    const blocked = await planMeetings({ spec: oneDay, profile: beijing, calendar, period: q1 });
    expect(blocked.infeasible.length).toBeGreaterThan(0);
    const twoDays = specWith(conference({ days: 2, cadence: { kind: "per-quarter", min: 1, max: 1 } }));
    expect((await planMeetings({ spec: twoDays, profile: beijing, calendar, period: q1 })).infeasible).toEqual([]);
  });

  it("every day of the run must be usable: a weekend, a blackout or the convener away on the second day blocks the first", () => {
    const spec = Spec.parse({
      ...specWith(conference({ days: 2, weekdays: [1, 5] })),
      blackouts: [{ from: "2026-03-10", to: "2026-03-10", name: "全国两会" }],
      absences: [{ person: "mayor", from: "2026-03-17", to: "2026-03-17", kind: "travel" }],
    });
    const ctx = analyseSeries(spec, beijing, calendar, q1, collectFacts(spec, undefined), spec.series[0]!, 0);
    const day = (date: string) => ctx.days.find((d) => d.date === date)!;
    // Friday 6 March runs into Saturday.
    expect(day("2026-03-06").blocks.map((b) => b.code)).toEqual(["day-off"]);
    expect(day("2026-03-06").blocks[0]!.message.zh).toBe("连续召开第2天：2026-03-07（星期六）周末休息");
    // Monday 9 March runs into the blackout on the 10th; Monday 16 March into the mayor's trip on the 17th.
    expect(day("2026-03-09").blocks.map((b) => b.code)).toEqual(["blackout"]);
    expect(day("2026-03-16").blocks.map((b) => b.code)).toEqual(["convener-absent"]);
    expect(day("2026-03-16").blocks[0]!.message.zh).toBe("2026-03-16至2026-03-17：召集人不在：市长出差");
    // Monday 2 March is free: 三十九 does not bind a meeting held over consecutive days.
    expect(day("2026-03-02")).toMatchObject({ blocks: [], endDate: "2026-03-03" });
  });
});
