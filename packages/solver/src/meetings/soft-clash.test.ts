import { describe, expect, it } from "vitest";
import { createCalendar, parsePeriod } from "@yishi/calendar";
import type { SpecInput } from "@yishi/domain";
import { createJsLpSolverBackend } from "../backend/js-lp-solver-backend.js";
import { planMeetings } from "./plan-meetings.js";
import type { MeetingsProgress } from "./meeting-input.js";
import { buildMeetingsReferenceModel } from "./reference-model.js";
import { hardViolations, judge, testProfile, testSpec } from "./test-helpers.js";

/**
 * Two weekly series at 09:00 in two rooms, Thursday preferred over
 * Wednesday, sharing one member (王, who convenes neither). Without stand-ins
 * they cannot both have Thursday; when one series lets 王 send a stand-in,
 * both may, paying its weight per week. Six weeks of January–February 2026.
 */
const period = parsePeriod("2026-01-05..2026-02-13");
const calendar = createCalendar();
const profile = testProfile();
type SeriesInput = NonNullable<SpecInput["series"]>[number];
const bodies = [
  { id: "ba", name: "甲会议", type: "topic" as const, members: ["zhang", "li", "wang"], convener: "zhang" },
  { id: "bb", name: "乙会议", type: "topic" as const, members: ["liu", "chen", "wang"], convener: "liu" },
];
const weekly = (id: string, body: string, room: string, standIn?: number): SeriesInput => ({
  id,
  name: `${id}会议`,
  type: "topic",
  body,
  room,
  weekdays: [4, 3],
  start: "09:00",
  durationMinutes: 90,
  cadence: { kind: "every-n-weeks", weeks: 1 },
  ...(standIn !== undefined ? { standIn: { weight: standIn } } : {}),
});
const specOf = (standIn?: number) => testSpec({ bodies, series: [weekly("a", "ba", "r1"), weekly("b", "bb", "r2", standIn)] });
const plan = (spec: ReturnType<typeof specOf>) => planMeetings({ spec, profile, calendar, period });
/** A second pair like the first, on other people and rooms (孙 shared, 杨 and 黄 convening): two components. */
const twoPairs = (standIn?: number) =>
  testSpec({
    bodies: [...bodies, { id: "bc", name: "丙会议", type: "topic" as const, members: ["yang", "zhao", "sun"], convener: "yang" }, { id: "bd", name: "丁会议", type: "topic" as const, members: ["huang", "zhou", "sun"], convener: "huang" }],
    rooms: ["r1", "r2", "r3", "r4"].map((id) => ({ id, name: id })),
    series: [weekly("a", "ba", "r1"), weekly("b", "bb", "r2", standIn), weekly("c", "bc", "r3", standIn), weekly("d", "bd", "r4")],
  });
const thursdays = (meetings: { series?: string | undefined; date: string }[], series: string) => meetings.filter((m) => m.series === series && new Date(`${m.date}T00:00:00Z`).getUTCDay() === 4).length;

describe("soft clashes (a series' standIn)", () => {
  it("holds both on Thursday when the stand-in costs less than a Wednesday, and the checker calls the clashes soft", async () => {
    const hard = await plan(specOf());
    const spec = specOf(1);
    const soft = await plan(spec);
    expect(thursdays(hard.meetings, "a") + thursdays(hard.meetings, "b")).toBeLessThan(12);
    expect(thursdays(soft.meetings, "a") + thursdays(soft.meetings, "b")).toBe(12);
    const violations = judge(spec, profile, calendar, period, soft.meetings);
    expect(hardViolations(violations)).toEqual([]);
    const clashes = violations.filter((v) => v.rule === "spec.person-conflict");
    expect(clashes.map((v) => [v.severity, v.subjects.people])).toEqual(Array.from({ length: 6 }, () => ["soft", ["wang"]]));
    // Six stand-ins at 1 each, and the series' own costs as if alone.
    expect(soft.solve[0]!.objective).toBeLessThan(hard.solve[0]!.objective);
    // Proved: the capped multipliers of the soft rows lift the bound to the plan.
    expect(soft.solve[0]!.optimal).toBe(true);
  });

  it("pays a stand-in only where it is cheaper than moving: a heavy weight plans as if the clash were hard", async () => {
    const heavy = await plan(specOf(1000));
    const hard = await plan(specOf());
    expect(heavy.solve[0]!.objective).toBe(hard.solve[0]!.objective);
    expect(judge(specOf(1000), profile, calendar, period, heavy.meetings).filter((v) => v.rule === "spec.person-conflict")).toEqual([]);
  });

  it("never ends above the same spec without stand-ins, with two such components and under a tight work limit too", async () => {
    for (const workLimit of [undefined, 20_000]) {
      const hard = await planMeetings({ spec: twoPairs(), profile, calendar, period, ...(workLimit ? { workLimit } : {}) });
      expect(hard.solve[0]!.notes[0]).toContain("4 series in 2 component(s)");
      for (const weight of [1, 12, 1000]) {
        const spec = twoPairs(weight);
        const soft = await planMeetings({ spec, profile, calendar, period, ...(workLimit ? { workLimit } : {}) });
        expect(hardViolations(judge(spec, profile, calendar, period, soft.meetings))).toEqual([]);
        expect(soft.solve[0]!.objective).toBeLessThanOrEqual(hard.solve[0]!.objective);
        expect(soft.solve[0]!.bound).toBeLessThanOrEqual(soft.solve[0]!.objective);
        // At 1 a week both pairs keep their Thursdays and pay the stand-ins.
        if (weight === 1 && workLimit === undefined) expect(soft.solve[0]!.objective).toBeLessThan(hard.solve[0]!.objective);
      }
    }
  });

  it("reports each component in order, then the searches with stand-ins in order again, flagged (a display never seems to go back)", async () => {
    const spec = twoPairs(1);
    const seen: MeetingsProgress[] = [];
    const quiet = await planMeetings({ spec, profile, calendar, period });
    const told = await planMeetings({ spec, profile, calendar, period, onProgress: (p) => seen.push(p) });
    expect(told).toEqual(quiet);
    const starts = seen.filter((p) => p.spent === 0).map((p) => `${p.component}${p.standIns ? "+" : ""}`);
    expect(starts).toEqual(["0", "1", "0+", "1+"]);
    for (const pass of [seen.filter((p) => !p.standIns), seen.filter((p) => p.standIns)]) {
      // Within a pass: components in order, each one's spent share rising from 0 and never past 1.
      pass.forEach((p, i) => {
        const before = pass[i - 1];
        if (before) expect(p.component > before.component || (p.component === before.component && p.spent >= before.spent)).toBe(true);
        expect(p.spent).toBeGreaterThanOrEqual(0);
        expect(p.spent).toBeLessThanOrEqual(1);
      });
    }
    expect(seen.slice(seen.findIndex((p) => p.standIns)).every((p) => p.standIns)).toBe(true);
  });

  it("agrees with the whole 0/1 program, whose soft rows pay the weight", async () => {
    for (const weight of [1, 12, 1000]) {
      const spec = specOf(weight);
      const planned = await plan(spec);
      const lp = await createJsLpSolverBackend().solve(buildMeetingsReferenceModel({ spec, profile, calendar, period }));
      expect(lp.status).toBe("optimal");
      expect(lp.objective).toBe(planned.solve[0]!.objective);
    }
  });
});
