import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { isLeader, loadSpec, Spec, type DutyAssignment, type PlannedMeeting } from "@yishi/domain";
import { addDays, createCalendar, diffDays, eachDay, weekdayOf } from "@yishi/calendar";
import { planRoster } from "./plan-roster.js";
import { validateRoster } from "./validate-roster.js";
import { boundSpread, countDutiesWithRest, maxDutiesWithRest } from "./fairness-bound.js";

const EXAMPLE = fileURLToPath(new URL("../../../../examples/zhongshan-2026q1.yaml", import.meta.url));
const { spec } = loadSpec(EXAMPLE);
const calendar = createCalendar();
const period = { from: "2026-01-01", to: "2026-03-31" };
const profile = { rules: [] };
/** Independent of the planner: a day is heavy when the official calendar has it off (weekend or holiday). */
function isHeavy(date: string): boolean {
  const kind = calendar.describeDay(date).kind;
  return kind === "weekend" || kind === "holiday";
}

function countBy(roster: DutyAssignment[], post: string, pred: (a: DutyAssignment) => boolean = () => true): Map<string, number> {
  const out = new Map<string, number>();
  for (const a of roster) if (a.post === post && pred(a)) out.set(a.person, (out.get(a.person) ?? 0) + 1);
  return out;
}

function spread(pool: string[], counts: Map<string, number>, extra: (p: string) => number = () => 0): number {
  const values = pool.map((p) => (counts.get(p) ?? 0) + extra(p));
  return Math.max(...values) - Math.min(...values);
}

describe("planRoster on the bundled example", () => {
  const result = planRoster({ spec, profile, calendar, period });
  const roster = result.roster;
  const people = new Map(spec.people.map((p) => [p.id, p]));
  const leaderPool = spec.duty.posts[0]!.pool.filter((p) => isLeader(people.get(p)!));
  const staffPool = spec.duty.posts[1]!.pool;

  it("covers every post every day: one leader, one staff member (two on heavy days)", () => {
    for (const date of eachDay(period.from, period.to)) {
      expect(roster.filter((a) => a.date === date && a.post === "leader")).toHaveLength(1);
      expect(roster.filter((a) => a.date === date && a.post === "staff")).toHaveLength(isHeavy(date) ? 2 : 1);
    }
  });

  it("puts only district leaders on the leader post (the office director in the pool is left out)", () => {
    for (const a of roster.filter((x) => x.post === "leader")) expect(isLeader(people.get(a.person)!)).toBe(true);
    expect(roster.some((a) => a.person === "huang-min")).toBe(false);
    expect(result.stats.posts[0]!.excluded).toEqual([{ person: "huang-min", reason: "not-leader" }]);
  });

  it("never puts anyone on duty while absent", () => {
    for (const abs of spec.absences) {
      expect(roster.filter((a) => a.person === abs.person && a.date >= abs.from && a.date <= abs.to)).toEqual([]);
    }
  });

  it("keeps a free day between two duties of one person and honours restrictions", () => {
    const byPerson = new Map<string, string[]>();
    for (const a of roster) byPerson.set(a.person, [...(byPerson.get(a.person) ?? []), a.date]);
    for (const dates of byPerson.values()) {
      dates.sort();
      for (let i = 1; i < dates.length; i++) expect(diffDays(dates[i - 1]!, dates[i]!)).toBeGreaterThanOrEqual(2);
    }
    expect(roster.filter((a) => a.person === "tang-yi" && weekdayOf(a.date) === 7)).toEqual([]);
  });

  it("spreads all duties and heavy-day duties within one, history included (counted here, not by the planner)", () => {
    const hist = (field: "total" | "heavy") => (p: string) => spec.duty.history.find((h) => h.person === p)?.[field] ?? 0;
    for (const [post, pool] of [["leader", leaderPool], ["staff", staffPool]] as const) {
      expect(spread(pool, countBy(roster, post), hist("total"))).toBeLessThanOrEqual(1);
      expect(spread(pool, countBy(roster, post, (a) => isHeavy(a.date)), hist("heavy"))).toBeLessThanOrEqual(1);
    }
    expect(result.solve[0]).toMatchObject({ problem: "roster", optimal: true });
    expect(result.solve[0]!.objective).toBe(result.solve[0]!.bound);
  });

  it("carries fairness over: the leader with 13 earlier duties gets fewer now", () => {
    const counts = countBy(roster, "leader");
    const others = leaderPool.filter((p) => p !== "li-na").map((p) => counts.get(p) ?? 0);
    expect(counts.get("li-na") ?? 0).toBeLessThan(Math.min(...others));
  });

  it("honours preferences when it is free to", () => {
    expect(roster.some((a) => a.person === "he-xin" && a.date === "2026-02-16")).toBe(false);
    const without = planRoster({ spec: Spec.parse({ ...spec, duty: { ...spec.duty, preferences: [] } }), profile, calendar, period }).roster;
    const saturdays = (r: DutyAssignment[]) => r.filter((a) => a.person === "guo-peng" && weekdayOf(a.date) === 6).length;
    expect(saturdays(roster)).toBeGreaterThan(saturdays(without));
    // Proved as good as the fairness counts allow: the penalty meets its bound.
    const report = result.solve.find((s) => s.problem === "roster.preferences")!;
    expect(report.bound).toBeDefined();
    expect(report.objective).toBe(report.bound);
    expect(report.optimal).toBe(true);
  });

  it("has no hard violation by the roster validator", () => {
    expect(validateRoster({ spec, profile, calendar, period, roster }).filter((v) => v.severity === "hard")).toEqual([]);
    expect(result.stats.hardViolations).toBe(0);
  });

  it("is deterministic", () => {
    expect(JSON.stringify(planRoster({ spec, profile, calendar, period }))).toBe(JSON.stringify(result));
  });
});

describe("planRoster constraints", () => {
  it("keeps people expected at a meeting off duty that day", () => {
    const meeting: PlannedMeeting = PlannedMeetingOf("2026-01-14", ["wang-qiang", "liu-yang", "chen-jing", "yang-fan", "zhao-lei", "li-na"].slice(0, 5));
    const roster = planRoster({ spec, profile, calendar, period, meetings: [meeting] }).roster;
    const leader = roster.find((a) => a.date === "2026-01-14" && a.post === "leader")!;
    expect(leader.person).toBe("li-na");
  });

  it("still covers a day when every leader is at a meeting, says so in its notes, and breaks no rule", () => {
    const all = PlannedMeetingOf("2026-01-15", ["li-na", "wang-qiang", "liu-yang", "chen-jing", "yang-fan", "zhao-lei"]);
    const roster = planRoster({ spec, profile, calendar, period, meetings: [all] }).roster;
    const result = planRoster({ spec, profile, calendar, period, meetings: [all] });
    expect(result.stats.meetingConflicts).toEqual(roster.filter((a) => a.date === "2026-01-15" && a.post === "leader"));
    expect(roster.filter((a) => a.date === "2026-01-15" && a.post === "leader")).toHaveLength(1);
    const found = validateRoster({ spec, profile, calendar, period, roster, meetings: [all] });
    expect(found.filter((v) => v.severity === "hard")).toEqual([]);
    expect(found.filter((v) => v.subjects.dates.includes("2026-01-15"))).toEqual([]);
    expect(result.solve.find((r) => r.problem === "roster")!.notes.some((n) => n.startsWith("2026-01-15 leader:") && n.includes("stays reachable"))).toBe(true);
  });

  it("honours a no-night-shift restriction", () => {
    const s = Spec.parse({
      organization: { id: "o", name: "O", jurisdiction: "钟山区" },
      people: ["a", "b", "c", "d"].map((id) => ({ id, name: id, roles: ["duty-staff"] })),
      duty: { posts: [{ id: "night", name: "夜班", pool: ["a", "b", "c", "d"], shift: "night" }], restrictions: [{ person: "a", noShift: ["night"] }] },
    });
    const r = planRoster({ spec: s, profile, calendar, period: { from: "2026-03-01", to: "2026-03-31" } });
    expect(r.roster.filter((a) => a.person === "a")).toEqual([]);
    expect(r.roster).toHaveLength(31);
    expect(r.stats.hardViolations).toBe(0);
  });

  it("re-plans from a published roster changing only the duties a new absence touches", () => {
    const first = planRoster({ spec, profile, calendar, period }).roster;
    const victim = first.find((a) => a.post === "staff" && a.date >= "2026-03-02" && a.person !== "song-bo")!;
    const absence = { person: victim.person, from: victim.date, to: addDays(victim.date, 2), kind: "sick" as const };
    const touched = first.filter((a) => a.person === victim.person && a.date >= absence.from && a.date <= absence.to);
    const changedSpec = Spec.parse({ ...spec, absences: [...spec.absences, absence] });
    const again = planRoster({ spec: changedSpec, profile, calendar, period, previous: first });
    const key = (a: DutyAssignment) => `${a.date}|${a.post}|${a.person}`;
    const kept = new Set(again.roster.map(key));
    const lost = first.filter((a) => !kept.has(key(a)));
    expect(lost).toEqual(touched);
    expect(again.roster).toHaveLength(first.length);
    expect(again.stats.hardViolations).toBe(0);
    expect(validateRoster({ spec: changedSpec, profile, calendar, period, roster: again.roster }).filter((v) => v.severity === "hard")).toEqual([]);
  });
});

describe("carry-over from an earlier roster", () => {
  it("balances two quarters together and keeps rest across the border", () => {
    const noHistory = Spec.parse({ ...spec, absences: [], duty: { ...spec.duty, history: [], preferences: [] } });
    const q4 = planRoster({ spec: noHistory, profile, calendar, period: { from: "2025-10-01", to: "2025-12-31" } }).roster;
    const q1 = planRoster({ spec: noHistory, profile, calendar, period, previous: q4 }).roster;
    const both = [...q4, ...q1];
    const leaders = noHistory.duty.posts[0]!.pool.filter((p) => isLeader(noHistory.people.find((x) => x.id === p)!));
    expect(spread(leaders, countBy(both, "leader"))).toBeLessThanOrEqual(1);
    expect(spread(noHistory.duty.posts[1]!.pool, countBy(both, "staff"))).toBeLessThanOrEqual(1);
    const dec31 = new Set(q4.filter((a) => a.date === "2025-12-31").map((a) => a.person));
    expect(q1.filter((a) => a.date === "2026-01-01" && dec31.has(a.person))).toEqual([]);
  });
});

describe("the fairness bound", () => {
  it("is the floor/ceiling of the mean with equal histories", () => {
    expect(boundSpread([0, 0, 0], [10, 10, 10], 9).spread).toBe(0);
    expect(boundSpread([0, 0, 0], [10, 10, 10], 10).spread).toBe(1);
  });
  it("accounts for history and for capacity", () => {
    expect(boundSpread([5, 0, 0], [10, 10, 10], 4).spread).toBe(3);
    expect(boundSpread([0, 0, 0], [1, 10, 10], 9).spread).toBe(3);
  });
  it("counts what the rest rule lets one person take", () => {
    expect(maxDutiesWithRest([0, 1, 2, 3, 4], 1)).toBe(3);
    expect(maxDutiesWithRest([0, 2, 3, 5], 1)).toBe(3);
  });
  it("counts the same in place, from availability and a class mask, as from the list of days", () => {
    const avail = Uint8Array.from([1, 2, 0, 1, 1, 1, 0, 1]);
    const inClass = Uint8Array.from([1, 1, 1, 1, 0, 1, 1, 1]);
    const days = [0, 1, 3, 5, 7];
    for (const rest of [0, 1, 2, 3]) expect(countDutiesWithRest(avail, inClass, rest)).toBe(maxDutiesWithRest(days, rest));
  });
});

function PlannedMeetingOf(date: string, expected: string[]): PlannedMeeting {
  return {
    id: "exec#x", type: "executive", title: "区政府常务会议", date, start: "09:00", end: "12:00", expected, absent: [],
    pinned: false, status: "scheduled", sequence: 0, agenda: [], speeches: [],
  };
}
