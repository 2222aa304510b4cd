import { describe, expect, it } from "vitest";
import { createCalendar, diffDays, parsePeriod } from "@yishi/calendar";
import { getProfile } from "@yishi/rules";
import { planMeetings } from "./plan-meetings.js";
import { analyseSeries } from "./analyse-series.js";
import { collectFacts } from "./meeting-input.js";
import { fangshanSpec, hardViolations, judge } from "./test-helpers.js";

/**
 * 房山区 第四十二条: “区长主持召开的区政府专题会议一般每两周一次,必要时随时召开,
 * 副区长可根据工作需要,不定期召开专题会议”. The planner reads the chair from the
 * spec's bodies, as the checker does: the mayor's topic series every two weeks,
 * a deputy's only on its pinned days.
 */
const calendar = createCalendar();
const q1 = parsePeriod("2026Q1");
const fangshan = getProfile("房山区");

const spec = fangshanSpec({
  rooms: [
    { id: "r1", name: "第一会议室" },
    { id: "r2", name: "第二会议室" },
  ],
  bodies: [
    { id: "mayor-topic", name: "区长专题会议", type: "topic", members: ["zhang", "li"], convener: "zhang", designatedConveners: ["li"] },
    { id: "wang-topic", name: "王副区长专题会议", type: "topic", members: ["wang", "chen"], convener: "wang" },
  ],
  series: [
    { id: "mayor-topic", name: "区长专题会议", type: "topic", body: "mayor-topic", weekdays: [3, 4], start: "09:00", durationMinutes: 90, room: "r1" },
    { id: "wang-topic", name: "王副区长专题会议", type: "topic", body: "wang-topic", weekdays: [3, 4], start: "15:00", durationMinutes: 90, room: "r2", pinned: [{ date: "2026-02-05" }] },
  ],
});

describe("房山区 第四十二条: the cadence follows the topic series' chair", () => {
  it("analyseSeries reads the chair: the mayor's series every two weeks, the deputy's as needed", () => {
    const facts = collectFacts(spec, undefined);
    const mayor = analyseSeries(spec, fangshan, calendar, q1, facts, spec.series[0]!, 0);
    const deputy = analyseSeries(spec, fangshan, calendar, q1, facts, spec.series[1]!, 1);
    expect(mayor.cadence.cadence).toMatchObject({ kind: "every-n-weeks", weeks: 2 });
    expect(mayor.cadence.rule?.id).toBe("topic.cadence");
    expect(deputy.cadence.cadence).toEqual({ kind: "as-needed" });
    expect(deputy.cadence.rule?.id).toBe("topic.deputies-cadence");
  });

  it("plans the mayor's topic meetings about every two weeks and the deputy's only on its pin, judged clean by the checker", async () => {
    const result = await planMeetings({ spec, profile: fangshan, calendar, period: q1 });
    const dates = (series: string) => result.meetings.filter((m) => m.series === series && m.status === "scheduled").map((m) => m.date);
    expect(dates("wang-topic")).toEqual(["2026-02-05"]);
    const mayor = dates("mayor-topic");
    expect(mayor.length).toBeGreaterThanOrEqual(6);
    for (let i = 1; i < mayor.length; i++) expect(diffDays(mayor[i - 1]!, mayor[i]!)).toBeLessThanOrEqual(18);
    const violations = judge(spec, fangshan, calendar, q1, result.meetings);
    expect(hardViolations(violations)).toEqual([]);
    expect(violations.filter((v) => v.rule === "topic.cadence")).toEqual([]);
  });
});
