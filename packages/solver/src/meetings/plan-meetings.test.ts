import { describe, expect, it } from "vitest";
import { createCalendar, diffDays, parsePeriod, weekdayOf } from "@yishi/calendar";
import { PLAN_SCHEMA, SpecChange, type Plan, type PlannedMeeting, type Spec, type SpecInput } from "@yishi/domain";
import { planMeetings } from "./plan-meetings.js";
import { hardViolations, judge, testProfile, testSpec } from "./test-helpers.js";

type SeriesInput = NonNullable<SpecInput["series"]>[number];

const calendar = createCalendar();
const q1 = parsePeriod("2026Q1");
const profile = testProfile();
// The series below set their own cadence; the checker judges by the profile's, so that rule is left out.
const ownCadence = testProfile([], ["mo.cadence"]);

async function plan(spec: Spec, period = q1, p = profile) {
  const result = await planMeetings({ spec, profile: p, calendar, period });
  const violations = judge(spec, p, calendar, period, result.meetings);
  return { ...result, violations, hard: hardViolations(violations), dates: (series: string) => result.meetings.filter((m) => m.series === series && m.status === "scheduled").map((m) => m.date) };
}

function withSeries(...series: SeriesInput[]): Spec {
  return testSpec({ series });
}

const exec: SeriesInput = { id: "exec", name: "常务会议", type: "executive", body: "exec", weekdays: [4, 3, 2, 5], start: "09:00", durationMinutes: 120, room: "r1" };

describe("planMeetings: cadences", () => {
  it("every 2 weeks: gaps of 10–18 days, 14 where the calendar allows, judged clean by the checker", async () => {
    const r = await plan(testSpec());
    expect(r.hard).toEqual([]);
    const dates = r.dates("exec");
    expect(dates).toEqual(["2026-01-15", "2026-01-29", "2026-02-12", "2026-02-26", "2026-03-12", "2026-03-26"]);
    for (let i = 1; i < dates.length; i++) expect(diffDays(dates[i - 1]!, dates[i]!)).toBe(14);
    expect(r.solve[0]!.optimal).toBe(true);
    expect(r.meetings[0]!.title).toBe("常务会议（2026年第一季度第1次）");
    expect(r.meetings[0]).toMatchObject({ id: "exec#1", start: "09:00", end: "11:00", room: "r1", convener: "zhang", quorum: { members: 8, present: 8, required: 5, holds: true } });
  });

  it("per month (2–3 times, mayor's office): every whole month gets 2–3", async () => {
    const r = await plan(withSeries({ id: "mo", name: "区长办公会议", type: "mayor-office", body: "mo", start: "15:00", durationMinutes: 90, room: "r2" }));
    expect(r.hard).toEqual([]);
    for (const month of ["2026-01", "2026-02", "2026-03"]) {
      const n = r.dates("mo").filter((d) => d.startsWith(month)).length;
      expect(n).toBeGreaterThanOrEqual(2);
      expect(n).toBeLessThanOrEqual(3);
    }
  });

  it("beginning of each month: one meeting within the first 5 working days", async () => {
    const r = await plan(withSeries({ id: "mo", name: "区长办公会议", type: "mayor-office", body: "mo", cadence: { kind: "month-position", position: "start", withinWorkingDays: 5 } }), q1, ownCadence);
    const dates = r.dates("mo");
    expect(dates.map((d) => d.slice(0, 7))).toEqual(["2026-01", "2026-02", "2026-03"]);
    for (const d of dates) expect(calendar.countWorkingDays(`${d.slice(0, 7)}-01`, d)).toBeLessThanOrEqual(5);
    expect(r.hard).toEqual([]);
  });

  it("end of each month: within the last 3 working days", async () => {
    const r = await plan(withSeries({ id: "mo", name: "区长办公会议", type: "mayor-office", body: "mo", cadence: { kind: "month-position", position: "end", withinWorkingDays: 3 } }), q1, ownCadence);
    const dates = r.dates("mo");
    expect(dates).toHaveLength(3);
    for (const d of dates) expect(calendar.countWorkingDays(d, calendar.lastWorkingDayOf("month", d)!)).toBeLessThanOrEqual(3);
  });

  it("every half year and once a year: counted over a whole year", async () => {
    const year = parsePeriod("2026");
    const half = await plan(withSeries({ id: "pl", name: "全体会议", type: "plenary", body: "pl", cadence: { kind: "per-half-year", min: 1, max: 1 } }), year);
    expect(half.dates("pl").map((d) => (d <= "2026-06-30" ? "H1" : "H2"))).toEqual(["H1", "H2"]);
    const once = await plan(withSeries({ id: "pl", name: "全体会议", type: "plenary", body: "pl", cadence: { kind: "per-year", min: 1, max: 2 } }), year);
    expect(once.dates("pl")).toHaveLength(1);
    // A quarter of a half-year plans the half-year's meeting where the half-year starts.
    const q = await plan(withSeries({ id: "pl", name: "全体会议", type: "plenary", body: "pl", cadence: { kind: "per-half-year", min: 1, max: 1 } }));
    expect(q.dates("pl")).toHaveLength(1);
    expect(q.dates("pl")[0]! < "2026-02-01").toBe(true);
  });
});

describe("planMeetings: days it must not use", () => {
  it("never in the Spring Festival holiday (2026-02-15…23)", async () => {
    const r = await plan(withSeries({ ...exec, weekdays: [1, 2, 3, 4, 5] }, { id: "mo", name: "区长办公会议", type: "mayor-office", body: "mo", start: "15:00", room: "r2" }));
    for (const m of r.meetings) expect(m.date >= "2026-02-15" && m.date <= "2026-02-23").toBe(false);
    expect(r.hard).toEqual([]);
  });

  it("a Tuesday–Friday series does not use the adjusted working Saturdays 2026-02-14 / 2026-02-28 unless it opts in", async () => {
    const feb = parsePeriod("2026-02");
    const avoid = [{ from: "2026-02-01", to: "2026-02-13" }, { from: "2026-02-15", to: "2026-02-27" }];
    const series: SeriesInput = { id: "mo", name: "区长办公会议", type: "mayor-office", body: "mo", cadence: { kind: "per-month", min: 1, max: 2 }, avoid };
    const r = await plan(withSeries(series), feb, ownCadence);
    expect(r.dates("mo").filter((d) => weekdayOf(d) >= 6)).toEqual([]);
    expect(r.infeasible[0]!.en).toContain("2026-02-14 (Saturday) is an adjusted working day but not one of the series' weekdays");
    const optIn = await plan(withSeries({ ...series, adjustedWorkdaysAnyWeekday: true }), feb, ownCadence);
    expect(optIn.dates("mo")).toEqual(["2026-02-14", "2026-02-28"]);
    expect(optIn.infeasible).toEqual([]);
    expect(optIn.hard).toEqual([]);
    const no = await plan(withSeries({ ...series, weekdays: [2, 3, 4, 5, 6], allowAdjustedWorkdays: false }), feb, ownCadence);
    expect(no.infeasible.length).toBeGreaterThan(0);
    expect(no.infeasible[0]!.zh).toContain("调休上班日，本系列不安排");
  });

  it("a month-start series with its window blocked: the explanation names the window's days and its reading, not the whole month", async () => {
    // 2026-01: holidays on the 1st and 2nd, the make-up Sunday the 4th, a Monday the 5th, then the window's Tuesday–Friday avoided.
    const jan = parsePeriod("2026-01");
    const series: SeriesInput = { id: "mo", name: "区长办公会议", type: "mayor-office", body: "mo", weekdays: [2, 3, 4, 5], cadence: { kind: "month-position", position: "start", withinWorkingDays: 5 }, avoid: [{ from: "2026-01-06", to: "2026-01-09" }] };
    const r = await plan(withSeries(series), jan, ownCadence);
    expect(r.solve[0]!.infeasibleProved).toBe(true);
    const [text] = r.infeasible;
    // The window is the first 5 working days: the make-up Sunday 01-04 to 01-08 (01-01 and 01-02 are holidays).
    expect(text!.en).toBe(
      "2026-01: the 区长办公会议 (mo) needs a Tuesday–Friday, with its convener day between 01-04 and 01-08 (the month's first 5 working days); every such day fails: " +
        "2026-01-04 (Sunday) is an adjusted working day but not one of the series' weekdays (adjustedWorkdaysAnyWeekday opts in); " +
        "2026-01-06 (Tuesday) is in the series' avoid list; 2026-01-07 (Wednesday) is in the series' avoid list; 2026-01-08 (Thursday) is in the series' avoid list; the plan can only hold fewer there",
    );
    expect(text!.zh).toContain("需要在01-04至01-08（月初前5个工作日）之间");
    expect(text!.zh).toMatch(/；计划只能在此期间少安排$/);
    // Every day named has its reason: no empty entries, and none past the window.
    expect(text!.zh).not.toMatch(/；；/);
  });

  it("a Friday-only series does not land on the make-up Sunday 2026-01-04 (元旦调休)", async () => {
    // 2 January is a holiday and the rest of January is avoided, so the worked Sunday is the one working day left.
    const jan = parsePeriod("2026-01");
    const series: SeriesInput = { id: "mo", name: "区长办公会议", type: "mayor-office", body: "mo", weekdays: [5], cadence: { kind: "per-month", min: 1, max: 1 }, avoid: [{ from: "2026-01-05", to: "2026-01-31" }] };
    const r = await plan(withSeries(series), jan, ownCadence);
    expect(r.dates("mo")).not.toContain("2026-01-04");
    expect(r.dates("mo").map(weekdayOf)).toEqual(r.dates("mo").map(() => 5));
    expect(r.infeasible.length).toBeGreaterThan(0);
    const optIn = await plan(withSeries({ ...series, adjustedWorkdaysAnyWeekday: true }), jan, ownCadence);
    expect(optIn.dates("mo")).toEqual(["2026-01-04"]);
    expect(optIn.hard).toEqual([]);
  });

  it("no meeting on a Monday under a no-Monday rule, even when the series lists Monday", async () => {
    const r = await plan(withSeries({ ...exec, weekdays: [1, 2, 3, 4, 5] }));
    expect(r.dates("exec").map(weekdayOf)).not.toContain(1);
    expect(r.hard).toEqual([]);
  });

  it("no meeting in a week where 5 of 8 members are away (quorum)", async () => {
    const away = ["wang", "liu", "chen", "yang", "zhao"].map((person) => ({ person, from: "2026-02-09", to: "2026-02-13", kind: "travel" as const }));
    const r = await plan(testSpec({ absences: away }));
    expect(r.dates("exec").filter((d) => d >= "2026-02-09" && d <= "2026-02-13")).toEqual([]);
    expect(r.hard).toEqual([]);
    for (const m of r.meetings) expect(m.quorum?.holds).toBe(true);
  });

  it("no meeting when neither the convener nor a designated convener is there; a designated one convenes otherwise", async () => {
    const r = await plan(testSpec({ absences: [{ person: "zhang", from: "2026-01-26", to: "2026-02-06" }, { person: "li", from: "2026-01-26", to: "2026-01-30" }] }));
    expect(r.dates("exec").filter((d) => d >= "2026-01-26" && d <= "2026-01-30")).toEqual([]);
    const byLi = r.meetings.filter((m) => m.date >= "2026-02-02" && m.date <= "2026-02-06");
    for (const m of byLi) expect(m.convener).toBe("li");
    expect(r.hard).toEqual([]);
  });

  it("keeps out of a blackout for its type or series, and ignores one for another type", async () => {
    const blackouts = [
      { from: "2026-01-12", to: "2026-01-16", name: "人代会", meetingTypes: ["executive" as const] },
      { from: "2026-01-26", to: "2026-01-30", name: "全体会议筹备", meetingTypes: ["plenary" as const] },
    ];
    const r = await plan(testSpec({ blackouts }));
    expect(r.dates("exec").filter((d) => d >= "2026-01-12" && d <= "2026-01-16")).toEqual([]);
    expect(r.hard).toEqual([]);
    const other = await plan(testSpec({ blackouts: [blackouts[1]!, { from: "2026-01-12", to: "2026-01-16", name: "他系列", series: ["mo"] }] }));
    expect(other.dates("exec")).toEqual((await plan(testSpec())).dates("exec"));
  });
});

describe("planMeetings: series that share rooms and people", () => {
  it("two series in one room at the same time never share a day", async () => {
    const other: SeriesInput = { ...exec, id: "mo", name: "区长办公会议", type: "mayor-office", body: "mo", cadence: { kind: "every-n-weeks", weeks: 2 } };
    const r = await plan(withSeries(exec, other), q1, ownCadence);
    const a = new Set(r.dates("exec"));
    expect(r.dates("mo").filter((d) => a.has(d))).toEqual([]);
    expect(r.hard).toEqual([]);
    expect(r.solve[0]!.optimal).toBe(true);
  });

  it("two series with a shared person at overlapping times never share a day, even in different rooms", async () => {
    const other: SeriesInput = { ...exec, id: "mo", name: "区长办公会议", type: "mayor-office", body: "mo", room: "r2", start: "10:00", cadence: { kind: "every-n-weeks", weeks: 2 } };
    const r = await plan(withSeries(exec, other), q1, ownCadence);
    const a = new Set(r.dates("exec"));
    expect(r.dates("mo").filter((d) => a.has(d))).toEqual([]);
    expect(r.hard).toEqual([]);
    // Afternoon: no overlap, so the same day is fine.
    const later = await plan(withSeries(exec, { ...other, start: "15:00" }), q1, ownCadence);
    expect(later.dates("mo")).toEqual(later.dates("exec"));
  });
});

describe("planMeetings: pinned occurrences", () => {
  it("keeps a pinned occurrence as it is and spaces the rest around it", async () => {
    const pinned = [{ date: "2026-01-20", start: "15:00", room: "r2", note: "区长指定" }];
    const r = await plan(withSeries({ ...exec, pinned }));
    const m = r.meetings.find((x) => x.date === "2026-01-20")!;
    expect(m).toMatchObject({ pinned: true, start: "15:00", end: "17:00", room: "r2" });
    const dates = r.dates("exec");
    for (let i = 1; i < dates.length; i++) expect(diffDays(dates[i - 1]!, dates[i]!)).toBeGreaterThanOrEqual(10);
    expect(r.hard).toEqual([]);
  });
});

describe("planMeetings: pins that break the cadence themselves", () => {
  /** The planner keeps every pin, says the pins break the spacing, and the checker sees the break. */
  async function pinnedPlan(series: SeriesInput, pins: string[], p = profile) {
    const r = await plan(withSeries({ ...series, pinned: pins.map((date) => ({ date })) }), q1, p);
    for (const d of pins) expect(r.dates(series.id)).toContain(d);
    expect(r.solve[0]!.infeasibleProved).toBe(true);
    expect(r.infeasible.length).toBeGreaterThan(0);
    return r;
  }

  it("two pins 3 days apart on an every-2-weeks series: both kept, the rest spaced around them, the break reported", async () => {
    const r = await pinnedPlan(exec, ["2026-01-20", "2026-01-23"]);
    expect(r.infeasible.map((t) => t.en).join("\n")).toContain("2026-01-20 and 2026-01-23 are pinned 3 days apart");
    expect(r.infeasible.map((t) => t.zh).join("\n")).toContain("2026-01-20与2026-01-23均为指定日期，相隔3天");
    // Only the pinned pair breaks the cadence: every other gap keeps 10–18 days.
    const dates = r.dates("exec");
    for (let i = 1; i < dates.length; i++) if (dates[i] !== "2026-01-23") expect(diffDays(dates[i - 1]!, dates[i]!)).toBeGreaterThanOrEqual(10);
    expect(r.hard.filter((h) => h.startsWith("cadence.every-n-weeks"))).toHaveLength(1);
    expect(r.hard.find((h) => h.startsWith("cadence.every-n-weeks"))).toContain("3 days apart");
  });

  it("three pins, each too close to the next: all three kept, each close pair reported once", async () => {
    const r = await pinnedPlan(exec, ["2026-01-13", "2026-01-15", "2026-01-20"]);
    const en = r.infeasible.map((t) => t.en).join("\n");
    expect(en).toContain("2026-01-13 and 2026-01-15 are pinned 2 days apart");
    expect(en).toContain("2026-01-15 and 2026-01-20 are pinned 5 days apart");
    expect(r.hard.filter((h) => h.startsWith("cadence.every-n-weeks"))).toHaveLength(2);
  });

  it("a pin on a holiday next to one 3 days away: kept on the holiday, both breaks judged", async () => {
    const r = await pinnedPlan(exec, ["2026-02-17", "2026-02-20"]);
    expect(r.meetings.find((m) => m.date === "2026-02-17")).toMatchObject({ pinned: true, status: "scheduled" });
    expect(r.hard.some((h) => h.startsWith("calendar.working-day"))).toBe(true);
    expect(r.hard.some((h) => h.startsWith("cadence.every-n-weeks") && h.includes("3 days apart"))).toBe(true);
  });

  it("two pins in one month of a once-a-month series: both kept, the count reported", async () => {
    const mo: SeriesInput = { id: "mo", name: "区长办公会议", type: "mayor-office", body: "mo", start: "15:00", room: "r2", cadence: { kind: "month-position", position: "start", withinWorkingDays: 5 } };
    const r = await pinnedPlan(mo, ["2026-02-03", "2026-02-25"], ownCadence);
    expect(r.dates("mo").filter((d) => d.startsWith("2026-02"))).toEqual(["2026-02-03", "2026-02-25"]);
    expect(r.infeasible.map((t) => t.en).join("\n")).toContain("2026-02 has 2 pinned occurrences (2026-02-03, 2026-02-25; at most 1): the pins themselves break the count");
  });
});

describe("planMeetings: determinism", () => {
  it("two runs give byte-identical meetings and reports", async () => {
    const spec = withSeries(exec, { id: "mo", name: "区长办公会议", type: "mayor-office", body: "mo", start: "09:30", room: "r1" });
    const a = await planMeetings({ spec, profile, calendar, period: q1 });
    const b = await planMeetings({ spec, profile, calendar, period: q1 });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
});

describe("planMeetings: work limit", () => {
  // Four every-two-weeks series in one room at one time: they must take turns, so the search has work to do.
  const crowded = withSeries(...["a", "b", "c", "d"].map((x) => ({ ...exec, id: x, name: `会议${x}`, type: "mayor-office" as const, body: "mo", cadence: { kind: "every-n-weeks" as const, weeks: 2 } })));

  it("a limit the search cannot finish in: a plan all the same, said to be stopped, judged by the checker as the planner says", async () => {
    const unlimited = await planMeetings({ spec: crowded, profile: ownCadence, calendar, period: q1 });
    const spent = Number(/work: (\d+) of/.exec(unlimited.solve[0]!.notes.join("\n"))![1]);
    expect(unlimited.solve[0]!.notes.join("\n")).not.toContain("work limit reached");
    const limited = await planMeetings({ spec: crowded, profile: ownCadence, calendar, period: q1, workLimit: Math.floor(spent / 20) });
    const report = limited.solve[0]!;
    expect(report.notes.join("\n")).toContain("work limit reached");
    expect(limited.meetings.length).toBeGreaterThan(0);
    // Whatever it stopped with, the checker agrees: hard findings only where the planner lists a rule it could not keep.
    const hard = hardViolations(judge(crowded, ownCadence, calendar, q1, limited.meetings));
    if (limited.infeasible.length === 0) expect(hard).toEqual([]);
    else expect(hard.length).toBeGreaterThan(0);
    if (report.optimal) expect(report.objective).toBe(unlimited.solve[0]!.objective);
    expect(report.bound ?? report.objective).toBeLessThanOrEqual(unlimited.solve[0]!.objective);
    // A count, not a time: the same limit gives the same plan.
    const again = await planMeetings({ spec: crowded, profile: ownCadence, calendar, period: q1, workLimit: Math.floor(spent / 20) });
    expect(JSON.stringify(again)).toBe(JSON.stringify(limited));
  });

  it("a series of its own after the limit is spent: still planned at its optimum, not an error", async () => {
    // Its own body, people and room: a component of one, reached with no work left (it used to throw).
    const spec = testSpec({
      bodies: [...crowded.bodies, { id: "solo", name: "专题会议", type: "mayor-office", members: ["sun", "zhou"], convener: "sun" }],
      series: [...crowded.series, { ...crowded.series[0]!, id: "solo", name: "专题会议", body: "solo", room: "r2", start: "15:00" }],
    });
    const alone = await planMeetings({ spec: testSpec({ bodies: spec.bodies, series: [spec.series.at(-1)!] }), profile: ownCadence, calendar, period: q1 });
    const limited = await planMeetings({ spec, profile: ownCadence, calendar, period: q1, workLimit: 1 });
    expect(limited.solve[0]!.notes.join("\n")).toContain("work limit reached");
    const dates = (r: typeof limited) => r.meetings.filter((m) => m.series === "solo").map((m) => m.date);
    expect(dates(limited)).toEqual(dates(alone));
    expect(dates(limited).length).toBeGreaterThan(0);
  });
});

describe("planMeetings: re-planning", () => {
  it("a new trip moves exactly the affected occurrence; ids stay, its sequence rises", async () => {
    const spec = testSpec();
    const first = await planMeetings({ spec, profile, calendar, period: q1 });
    const previous = toPlan(spec, first.meetings);
    const third = first.meetings.find((m) => m.id === "exec#3")!;
    const change = SpecChange.parse({ absences: [{ person: "zhang", from: third.date, to: third.date, kind: "travel", reason: "赴省城汇报" }, { person: "li", from: third.date, to: third.date, kind: "travel", reason: "赴省城汇报" }] });
    const again = await planMeetings({ spec, profile, calendar, period: q1, previous, change });
    const moved = again.meetings.find((m) => m.id === "exec#3")!;
    expect(moved.date).not.toBe(third.date);
    expect(moved.sequence).toBe(1);
    for (const m of first.meetings.filter((x) => x.id !== "exec#3")) expect(again.meetings.find((x) => x.id === m.id)).toMatchObject({ date: m.date, sequence: 0 });
    expect(again.changes).toHaveLength(1);
    expect(again.changes[0]).toMatchObject({ meeting: "exec#3", kind: "moved", from: { date: third.date }, to: { date: moved.date } });
    expect(again.changes[0]!.reason.zh).toContain("召集人不在");
    const merged = { ...spec, absences: [...spec.absences, ...change.absences] };
    expect(hardViolations(judge(merged, profile, calendar, q1, again.meetings))).toEqual([]);
  });

  it("a cancellation marks the occurrence cancelled and keeps the rest of the calendar", async () => {
    const spec = testSpec();
    const first = await planMeetings({ spec, profile, calendar, period: q1 });
    const again = await planMeetings({ spec, profile, calendar, period: q1, previous: toPlan(spec, first.meetings), change: SpecChange.parse({ cancel: ["exec#6"] }) });
    expect(again.meetings.find((m) => m.id === "exec#6")).toMatchObject({ status: "cancelled", sequence: 1 });
    expect(again.changes.find((c) => c.meeting === "exec#6")).toMatchObject({ kind: "cancelled" });
  });
});

describe("planMeetings: infeasible input", () => {
  it("says which rule and which facts collide, smallest first, and offers the plan breaking the fewest", async () => {
    // Five of eight members away for all of February: no executive meeting can keep quorum and the two-week spacing.
    const away = ["wang", "liu", "chen", "yang", "zhao"].map((person) => ({ person, from: "2026-02-01", to: "2026-02-28", kind: "session" as const, reason: "省人代会" }));
    const spec = testSpec({ absences: away });
    const r = await plan(spec);
    expect(r.infeasible.length).toBeGreaterThan(0);
    expect(r.solve[0]!.infeasible).toEqual(r.infeasible);
    // The bound itself needs a break: proved, so the CLI exits 3 (not merely out of budget).
    expect(r.solve[0]!.infeasibleProved).toBe(true);
    const first = r.infeasible[0]!;
    expect(first.zh).toMatch(/^2026-0[12]：常务会议需要在\d\d-\d\d至\d\d-\d\d之间找一个星期二至星期五、召集人在场、过半数组成人员出席的日子/);
    expect(first.zh).toContain("8名组成人员中5人不在");
    expect(first.zh).toContain("2026-02-12（星期四）");
    expect(first.en).toContain("5 of 8 members away");
    // The best plan breaks as few rules as it can, and the checker sees each break.
    expect(r.hard.length).toBeGreaterThan(0);
    expect(r.hard.length).toBeLessThanOrEqual(2);
    expect(r.meetings.length).toBeGreaterThan(0);
  });
});

function toPlan(spec: Spec, meetings: PlannedMeeting[]): Plan {
  return { schema: PLAN_SCHEMA, organization: spec.organization.id, profile: profile.id, period: q1, meetings, roster: [], recurringDuties: [], unplacedItems: [], notices: [], changes: [], violations: [], solve: [] };
}
