import { describe, expect, it } from "vitest";
import { createCalendar, parsePeriod } from "@yishi/calendar";
import type { PlannedMeeting, SpecInput } from "@yishi/domain";
import { createJsLpSolverBackend } from "../backend/js-lp-solver-backend.js";
import { buildSeriesProblems } from "./build-problems.js";
import { ROOM_RANK_COST } from "./build-sequence.js";
import { planMeetings, findComponents } from "./plan-meetings.js";
import { buildMeetingsReferenceModel } from "./reference-model.js";
import { clashNeighbours } from "./repair-neighbourhood.js";
import { findUnlistedDifferences } from "../plan/diff-plans.js";
import { hardViolations, judge, meetingsPlan, testProfile, testSpec } from "./test-helpers.js";

/**
 * Series with a pool of rooms: the planner picks a day and a room per
 * occurrence. Six weeks of January–February 2026 (no holiday before 15
 * February); three bodies with no one in common, so they clash only in rooms.
 */
const period = parsePeriod("2026-01-05..2026-02-13");
const calendar = createCalendar();
const profile = testProfile();
type SeriesInput = NonNullable<SpecInput["series"]>[number];
const bodies = [
  { id: "ba", name: "甲会议", type: "topic" as const, members: ["zhang", "li", "wang"], convener: "zhang" },
  { id: "bb", name: "乙会议", type: "topic" as const, members: ["liu", "chen", "yang"], convener: "liu" },
  { id: "bc", name: "丙会议", type: "topic" as const, members: ["zhao", "huang", "sun"], convener: "zhao" },
];
const rooms = [
  { id: "r1", name: "一号会议室" },
  { id: "r2", name: "二号会议室" },
  { id: "r3", name: "三号会议室", capacity: 2 },
];
/** Weekly, Thursday preferred over Wednesday, at 09:00: each series alone meets every Thursday. */
const weekly = (id: string, body: string, where: Partial<SeriesInput>): SeriesInput => ({
  id,
  name: `${id}会议`,
  type: "topic",
  body,
  weekdays: [4, 3],
  start: "09:00",
  durationMinutes: 90,
  cadence: { kind: "every-n-weeks", weeks: 1 },
  ...where,
});
const specOf = (series: SeriesInput[], extra: Partial<SpecInput> = {}) => testSpec({ rooms, bodies, series, ...extra });
const plan = (spec: ReturnType<typeof specOf>) => planMeetings({ spec, profile, calendar, period });
const planOf = (spec: ReturnType<typeof specOf>, meetings: PlannedMeeting[]) => meetingsPlan(spec, profile, period, meetings);
/** The whole 0/1 program, solved by the default LP back end, proves the planner's objective optimal. */
async function expectReferenceOptimum(spec: ReturnType<typeof specOf>, objective: number): Promise<void> {
  const lp = await createJsLpSolverBackend().solve(buildMeetingsReferenceModel({ spec, profile, calendar, period }));
  expect(lp.status).toBe("optimal");
  expect(lp.objective).toBe(objective);
}

describe("a series with a pool of rooms", () => {
  it("has one DP node per usable room a day, in the pool's order, leaving out a room too small for its body", () => {
    const spec = specOf([weekly("a", "ba", { rooms: ["r2", "r3", "r1"] })]);
    const { contexts, build } = buildSeriesProblems({ spec, profile, calendar, period });
    expect(contexts[0]).toMatchObject({ rooms: ["r2", "r1"] });
    expect(contexts[0]!.room).toBeUndefined();
    const p = build(contexts[0]!, false);
    const thursday = p.nodes.filter((n) => n.date === "2026-01-08");
    expect(thursday.map((n) => [n.room, n.cost])).toEqual([
      ["r2", 0],
      ["r1", ROOM_RANK_COST],
    ]);
    // Two-room pools with only one that fits: that room alone, as if fixed.
    const one = buildSeriesProblems({ spec: specOf([weekly("a", "ba", { rooms: ["r3", "r1"] })]), profile, calendar, period }).contexts[0]!;
    expect([one.room, one.rooms]).toEqual(["r1", undefined]);
  });

  it("lets two series that would clash in one room both meet on their best day, in different rooms, and the checker agrees", async () => {
    const alone = await plan(specOf([weekly("a", "ba", { room: "r1" })]));
    const best = alone.meetings.map((m) => m.date);
    expect(best).toEqual(["2026-01-08", "2026-01-15", "2026-01-22", "2026-01-29", "2026-02-05", "2026-02-12"]);
    // One fixed room: the same Thursdays for both cannot be, so one of them gives something up.
    const oneRoom = await plan(specOf([weekly("a", "ba", { room: "r1" }), weekly("b", "bb", { room: "r1" })]));
    expect(oneRoom.solve[0]!.optimal).toBe(true);
    expect(oneRoom.solve[0]!.objective).toBeGreaterThan(2 * alone.solve[0]!.objective + best.length * ROOM_RANK_COST);
    // A pool: both on their best days; the second room costs its rank once per shared day.
    const spec = specOf([weekly("a", "ba", { rooms: ["r1", "r2"] }), weekly("b", "bb", { rooms: ["r1", "r2"] })]);
    const pooled = await plan(spec);
    expect(pooled.solve[0]!.optimal).toBe(true);
    expect(pooled.solve[0]!.objective).toBe(2 * alone.solve[0]!.objective + best.length * ROOM_RANK_COST);
    for (const series of ["a", "b"]) expect(pooled.meetings.filter((m) => m.series === series).map((m) => m.date)).toEqual(best);
    for (const date of best) expect(new Set(pooled.meetings.filter((m) => m.date === date).map((m) => m.room))).toEqual(new Set(["r1", "r2"]));
    expect(hardViolations(judge(spec, profile, calendar, period, pooled.meetings))).toEqual([]);
  });

  it("holds three series in a pool of two: at most two a day, as the whole 0/1 program proves optimal", async () => {
    const spec = specOf(["a", "b", "c"].map((id, i) => weekly(id, bodies[i]!.id, { rooms: ["r1", "r2"] })));
    const planned = await plan(spec);
    expect(hardViolations(judge(spec, profile, calendar, period, planned.meetings))).toEqual([]);
    const byDay = new Map<string, number>();
    for (const m of planned.meetings) byDay.set(m.date, (byDay.get(m.date) ?? 0) + 1);
    expect(Math.max(...byDay.values())).toBe(2);
    await expectReferenceOptimum(spec, planned.solve[0]!.objective);
    expect(planned.solve[0]!.optimal).toBe(true);
  });

  it("agrees with the whole 0/1 program when pools share people too (one row per pair and day)", async () => {
    // d has a's people: never on a's day; a third room, r2 for d only at 10:00, overlapping a's and b's times.
    const spec = specOf([
      weekly("a", "ba", { rooms: ["r1", "r2"] }),
      weekly("b", "bb", { rooms: ["r2", "r1"] }),
      weekly("d", "ba", { rooms: ["r2", "r1"], start: "10:00", weekdays: [4, 3, 5] }),
    ]);
    const planned = await plan(spec);
    expect(hardViolations(judge(spec, profile, calendar, period, planned.meetings))).toEqual([]);
    const a = new Set(planned.meetings.filter((m) => m.series === "a").map((m) => m.date));
    expect(planned.meetings.filter((m) => m.series === "d" && a.has(m.date))).toEqual([]);
    await expectReferenceOptimum(spec, planned.solve[0]!.objective);
  });

  it("shares rooms, not only people: series with overlapping pools are one component and neighbours", () => {
    const spec = specOf([weekly("a", "ba", { rooms: ["r1", "r2"] }), weekly("b", "bb", { rooms: ["r2"] }), weekly("c", "bc", { room: "r1", start: "14:00" }), weekly("d", "bc", { room: "r3", start: "16:00" })]);
    const { contexts, build } = buildSeriesProblems({ spec, profile, calendar, period });
    const problems = contexts.map((c) => build(c, false));
    // a and b share r2; c is at another time; d's only room is too small for its body, and shares nothing.
    expect(findComponents(problems)).toEqual([[0, 1], [2], [3]]);
    expect(clashNeighbours(problems)).toEqual([[1], [0], [], []]);
  });

  it("keeps a pinned occurrence's own room, and gives a pin without one a room no other pin holds", async () => {
    const spec = specOf([
      weekly("a", "ba", { rooms: ["r1", "r2"], pinned: [{ date: "2026-01-15", room: "r2" }, { date: "2026-01-29" }] }),
      weekly("b", "bb", { room: "r1", pinned: [{ date: "2026-01-29" }] }),
    ]);
    const planned = await plan(spec);
    const a = planned.meetings.filter((m) => m.series === "a");
    expect(a.find((m) => m.date === "2026-01-15")?.room).toBe("r2");
    // b's pin holds r1 that morning: a's pin takes the next room of its pool.
    expect(a.find((m) => m.date === "2026-01-29")?.room).toBe("r2");
    expect(hardViolations(judge(spec, profile, calendar, period, planned.meetings))).toEqual([]);
  });

  it("in a re-plan keeps each occurrence's room, and lists a room it must change as a move", async () => {
    const before = specOf([weekly("a", "ba", { rooms: ["r2", "r1"] })]);
    const first = await plan(before);
    expect(new Set(first.meetings.map((m) => m.room))).toEqual(new Set(["r2"]));
    // The pool's order changes: r1 is preferred now, but moving a published meeting costs more than a room's rank.
    const reordered = await planMeetings({ spec: specOf([weekly("a", "ba", { rooms: ["r1", "r2"] })]), profile, calendar, period, previous: planOf(before, first.meetings) });
    expect(reordered.meetings.map((m) => [m.date, m.room])).toEqual(first.meetings.map((m) => [m.date, m.room]));
    expect(reordered.changes).toEqual([]);
    // r2 leaves the pool: each occurrence keeps its day, moves room, says so and is re-sent (sequence + 1).
    const narrowed = specOf([weekly("a", "ba", { rooms: ["r1"] })]);
    const next = await planMeetings({ spec: narrowed, profile, calendar, period, previous: planOf(before, first.meetings) });
    expect(next.meetings.map((m) => [m.date, m.room, m.sequence])).toEqual(first.meetings.map((m) => [m.date, "r1", 1]));
    expect(next.changes[0]).toMatchObject({ kind: "moved", from: { date: "2026-01-08", start: "09:00" }, to: { date: "2026-01-08", start: "09:00" }, reason: { zh: "会议室由二号会议室改为一号会议室", en: "room changes from 二号会议室 to 一号会议室" } });
    expect(findUnlistedDifferences(planOf(before, first.meetings), { ...planOf(narrowed, next.meetings), changes: next.changes })).toEqual([]);
  });

  it("says no plan keeps every hard rule when no room seats the body, naming the room and the count", async () => {
    const spec = specOf([weekly("a", "ba", { room: "r3" })]);
    const planned = await plan(spec);
    expect(planned.infeasible.length).toBeGreaterThan(0);
    expect(planned.solve[0]!.infeasibleProved).toBe(true);
    expect(planned.infeasible[0]!.en).toContain("三号会议室 seats 2; 3 people are expected (rooms[2])");
    expect(planned.meetings.every((m) => m.room === "r3" && m.note?.includes("三号会议室只能容纳2人，应到3人"))).toBe(true);
    expect(judge(spec, profile, calendar, period, planned.meetings).filter((v) => v.code === "spec.room-capacity").length).toBe(planned.meetings.length);
  });

  it("names the series a clash is with when they share only a pool of rooms", async () => {
    // Three weekly series, Thursdays only, no one in common, in a pool of two rooms: one of them must give a week up.
    const thursdays = (id: string, body: string) => weekly(id, body, { weekdays: [4], rooms: ["r1", "r2"] });
    const planned = await plan(specOf([thursdays("a", "ba"), thursdays("b", "bb"), thursdays("c", "bc")]));
    expect(planned.infeasible.length).toBeGreaterThan(0);
    const text = planned.infeasible.map((c) => c.en).join(" | ");
    expect(text).toMatch(/keeps its rules alone but not beside [abc]会议, [abc]会议, which share its room or people/);
  });
});
