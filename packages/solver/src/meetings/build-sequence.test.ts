import { describe, expect, it } from "vitest";
import { createCalendar } from "@yishi/calendar";
import { analyseSeries } from "./analyse-series.js";
import { BREAK_COST, MOVE_COST, buildSequence } from "./build-sequence.js";
import { collectFacts } from "./meeting-input.js";
import { testProfile, testSpec } from "./test-helpers.js";

/**
 * buildSequence on one hand-made series: the executive meeting every two weeks
 * (the test profile's exec.cadence) over 2026Q2, which holds 清明 (4–6 Apr),
 * 劳动节 (1–5 May, Saturday 9 May worked) and 端午 (19–21 Jun). The series
 * accepts Mondays, but the profile's no-Monday rule forbids them. Every
 * expected number below is worked out by hand from the documented rules.
 */

const period = { from: "2026-04-01", to: "2026-06-30", label: "2026Q2" };
const calendar = createCalendar();
const profile = testProfile();
// Wednesday first, … Friday last; Monday is allowed by the series but not by the profile.
const spec = testSpec({ series: [{ id: "exec", name: "常务会议", type: "executive", body: "exec", weekdays: [3, 2, 4, 1, 5], start: "09:00", durationMinutes: 120, room: "r1", pinned: [{ date: "2026-04-13" }] }] });
const ctx = analyseSeries(spec, profile, calendar, period, collectFacts(spec, undefined), spec.series[0]!, 0);
const strict = buildSequence(ctx, calendar, period, { relaxed: false, previousDates: new Set(), cancelledDates: new Set() });

/** The quarter's days by hand: UTC arithmetic, the 2026 holidays written out (State Council notice), no calendar package. */
const HOLIDAYS = new Set(["2026-04-04", "2026-04-05", "2026-04-06", "2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04", "2026-05-05", "2026-06-19", "2026-06-20", "2026-06-21"]);
const quarter = Array.from({ length: 91 }, (_, day) => {
  const d = new Date(Date.UTC(2026, 3, 1 + day));
  return { day, date: d.toISOString().slice(0, 10), weekday: ((d.getUTCDay() + 6) % 7) + 1 };
});
const PREFERENCE: Record<number, number> = { 3: 0, 2: 2, 4: 4, 1: 6, 5: 8 };

describe("buildSequence (every two weeks over 2026Q2)", () => {
  it("offers exactly the Tuesdays–Fridays that are not holidays and the pinned Monday, not the worked Saturday", () => {
    // A 调休上班日 is used only on one of the series' weekdays (or with adjustedWorkdaysAnyWeekday): Saturday is not.
    const expected = quarter.filter((d) => d.weekday >= 2 && d.weekday <= 5 && !HOLIDAYS.has(d.date)).map((d) => d.date);
    const free = strict.nodes.filter((n) => !n.forced).map((n) => n.date);
    expect(free).toEqual(expected);
    // 13 weeks × 4 weekdays, less Fri 1 May, Tue 5 May and Fri 19 Jun.
    expect(free.length).toBe(49);
    for (const holiday of ["2026-05-01", "2026-05-05", "2026-06-19", "2026-04-06", "2026-06-20"]) expect(strict.nodes.map((n) => n.date)).not.toContain(holiday);
    // No Monday but the pin; day offsets count from 1 April.
    expect(strict.nodes.filter((n) => quarter[n.day]!.weekday === 1).map((n) => n.date)).toEqual(["2026-04-13"]);
    for (const n of strict.nodes) expect(quarter[n.day]!.date).toBe(n.date);
  });

  it("keeps the pin as a forced, free node even though the no-Monday rule blocks its day", () => {
    const pin = strict.nodes.find((n) => n.date === "2026-04-13")!;
    expect(pin).toMatchObject({ day: 12, forced: true, cost: 0, span: -1 });
    expect(pin.blocks.map((b) => b.code)).toEqual(["no-weekday"]);
  });

  it("prices each day by the series' weekday order (2 per place) and uses no spans", () => {
    for (const n of strict.nodes.filter((x) => !x.forced)) expect(n.cost).toBe(PREFERENCE[quarter[n.day]!.weekday]);
    // Opted in, a weekday outside the series' list (the worked Saturday) ranks after all of them: 2 × 5.
    const optIn = testSpec({ series: [{ ...spec.series[0]!, adjustedWorkdaysAnyWeekday: true }] });
    const ctxIn = analyseSeries(optIn, profile, calendar, period, collectFacts(optIn, undefined), optIn.series[0]!, 0);
    const opted = buildSequence(ctxIn, calendar, period, { relaxed: false, previousDates: new Set(), cancelledDates: new Set() });
    expect(opted.nodes.find((n) => n.date === "2026-05-09")!.cost).toBe(10);
    expect(strict.spans).toEqual([]);
    expect(strict.nodes.every((n) => n.span === -1)).toBe(true);
  });

  it("sets the gap limits of two weeks: 14 ± 4 days, 10 per day off 14", () => {
    expect([strict.minGap, strict.maxGap]).toEqual([10, 18]);
    expect([10, 14, 18, 21].map((g) => strict.gapCost(g))).toEqual([40, 0, 40, 70]);
    expect(strict.longGapCost).toBe(Infinity);
    expect(strict.shortfallCost).toBe(Infinity);
  });

  it("starts within one cadence of 1 April and ends within one of 30 June (91 days), never empty", () => {
    const at = (day: number) => ({ ...strict.nodes[0]!, day });
    // Start: free up to day 13, then 10 per day; day 18 would leave 19 days since the previous period: over 18, forbidden.
    expect([0, 13, 14, 17, 18].map((d) => strict.startCost(at(d)))).toEqual([0, 0, 10, 40, Infinity]);
    // End: free from day 77 (= 91 − 14), 10 per day earlier; day 72 leaves 19 days to the next period: forbidden.
    expect([90, 77, 76, 73, 72].map((d) => strict.endCost(at(d)))).toEqual([0, 0, 10, 40, Infinity]);
    expect(strict.emptyCost).toBe(Infinity);
  });

  it("in relaxed mode keeps blocked days at one break per broken rule, and breaks instead of forbidding", () => {
    const relaxed = buildSequence(ctx, calendar, period, { relaxed: true, previousDates: new Set(), cancelledDates: new Set() });
    expect(relaxed.nodes.length).toBe(91);
    const cost = (date: string) => relaxed.nodes.find((n) => n.date === date)!.cost;
    // Mon 6 Apr: a holiday (day off) and a Monday (no-weekday): two breaks, Monday's preference 6.
    expect(cost("2026-04-06")).toBe(6 + 2 * BREAK_COST);
    // Sat 4 Apr: a day off only; not one of the series' days: preference 2 × 5.
    expect(cost("2026-04-04")).toBe(10 + BREAK_COST);
    expect(cost("2026-04-01")).toBe(0);
    // Day 18 now costs 10 × 5 plus one break (19 days needs two cadences: one occurrence missed).
    expect(relaxed.startCost({ ...relaxed.nodes[0]!, day: 18 })).toBe(50 + BREAK_COST);
    // 92 days with no meeting: ⌈92 / 18⌉ = 6 breaks.
    expect(relaxed.emptyCost).toBe(6 * BREAK_COST);
    expect(relaxed.longGapCost).toBe(BREAK_COST);
  });

  it("in a re-plan favours the previous dates and never reuses a cancelled one", () => {
    const replan = buildSequence(ctx, calendar, period, { relaxed: false, previousDates: new Set(["2026-04-01"]), cancelledDates: new Set(["2026-04-02"]) });
    const cost = (date: string) => replan.nodes.find((n) => n.date === date)?.cost;
    expect(cost("2026-04-01")).toBe(0 - MOVE_COST);
    expect(cost("2026-04-02")).toBeUndefined();
    expect(cost("2026-04-03")).toBe(8 + MOVE_COST);
    expect(cost("2026-04-13")).toBe(0);
  });
});
