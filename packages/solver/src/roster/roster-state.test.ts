import { describe, expect, it } from "vitest";
import { DutyPreference, DutySettings, Person, PlannedMeeting } from "@yishi/domain";
import { resolvePostPools } from "@yishi/rules";
import { buildAvailabilityGrid } from "./availability-grid.js";
import type { DutyDay } from "./duty-days.js";
import { RosterState } from "./roster-state.js";

/**
 * RosterState on five hand-made days, Thursday 5 to Monday 9 March 2026
 * (Saturday and Sunday heavy), one post with one person a day and two on heavy
 * days, rest 1 (no two days in a row). Seats, availability codes, the rest
 * window and counts are worked out by hand.
 */
const day = (date: string, weekday: number, heavy: boolean): DutyDay => ({ date, weekday, heavy, festival: false, cls: heavy ? "heavy" : "ordinary" });
const days = [day("2026-03-05", 4, false), day("2026-03-06", 5, false), day("2026-03-07", 6, true), day("2026-03-08", 7, true), day("2026-03-09", 1, false)];
const people = ["zhang", "li", "wang", "zhou"].map((id) => Person.parse({ id, name: id, roles: ["duty-staff"] }));
const duty = DutySettings.parse({ posts: [{ id: "staff", name: "值班人员", pool: ["zhang", "li", "wang", "zhou"], perDay: 1, perHeavyDay: 2 }] });
// zhang sits in a meeting on Thursday; li is away on Friday.
const meetings = [PlannedMeeting.parse({ id: "exec#1", type: "executive", title: "常务会议", date: "2026-03-05", start: "09:00", end: "11:00", expected: ["zhang"] })];
const pools = resolvePostPools({ people, duty });
const avail = buildAvailabilityGrid({ absences: [{ person: "li", from: "2026-03-06", to: "2026-03-06", kind: "leave", approved: true }], duty }, meetings, days, pools);
const preferences = [DutyPreference.parse({ person: "wang", kind: "avoid", weekday: 6, weight: 3 }), DutyPreference.parse({ person: "wang", kind: "prefer", date: "2026-03-09", weight: 2 })];
const make = () => new RosterState(days, pools, 1, avail, preferences);

describe("RosterState", () => {
  it("makes one seat per person-place: 1 on ordinary days, 2 on the weekend", () => {
    const state = make();
    expect(state.seats.map((s) => s.day)).toEqual([0, 1, 2, 2, 3, 3, 4]);
    expect(state.seats.map((s) => s.heavy)).toEqual([false, false, true, true, true, true, false]);
    expect([...state.holder]).toEqual([-1, -1, -1, -1, -1, -1, -1]);
  });

  it("marks a meeting 2 (usable only as a fallback) and an absence 0", () => {
    const state = make();
    const zhang = state.memberIndex[0]!.get("zhang")!;
    const li = state.memberIndex[0]!.get("li")!;
    expect([...state.avail[0]![zhang]!]).toEqual([2, 1, 1, 1, 1]);
    expect([...state.avail[0]![li]!]).toEqual([1, 0, 1, 1, 1]);
    expect(state.isAvailable(0, zhang, 0)).toBe(false);
    state.allowMeetings = true;
    expect(state.isAvailable(0, zhang, 0)).toBe(true);
    // The fallback never reaches an absence.
    expect(state.isAvailable(0, li, 1)).toBe(false);
  });

  it("keeps a day's rest on each side of a duty, and lets a move ignore the seats it vacates", () => {
    const state = make();
    const zhou = state.memberIndex[0]!.get("zhou")!;
    const [thu, fri, sat1, , sun1, , mon] = state.seats as [(typeof state.seats)[number], ...(typeof state.seats)[number][]];
    state.assign(thu, zhou);
    expect(state.personOf(thu)).toBe("zhou");
    expect(state.canTake(fri!, zhou)).toBe(false);
    expect(state.canTake(sat1!, zhou)).toBe(true);
    expect(state.canTake(fri!, zhou, [thu.id])).toBe(true);
    expect(state.blockers(0, zhou, 1)).toEqual([thu.id]);
    state.assign(sun1!, zhou);
    // Saturday now sits between two of zhou's duties.
    expect(state.blockers(0, zhou, 2)).toEqual([sun1!.id]);
    expect(state.canTake(sat1!, zhou)).toBe(false);
    state.release(thu);
    expect(state.personOf(thu)).toBeUndefined();
    expect(state.canTake(fri!, zhou)).toBe(true);
    // A duty the day before the period (an earlier roster) blocks the first day.
    state.fixOutside("zhou", -1);
    expect(state.canTake(thu, zhou)).toBe(false);
    // Sunday's duty still blocks Monday.
    expect(state.canTake(mon!, zhou)).toBe(false);
  });

  it("sums avoid weights minus prefer weights, only for the person who stated them", () => {
    const state = make();
    const member = (p: string) => state.memberIndex[0]!.get(p)!;
    expect([0, 1, 2, 3, 4].map((d) => state.penalty(0, member("wang"), d))).toEqual([0, 0, 3, 0, -2]);
    expect(state.penalty(0, member("zhou"), 2)).toBe(0);
    expect([state.prefers(0, member("wang")), state.prefers(0, member("zhou"))]).toEqual([true, false]);
  });

  it("counts each member's total and heavy duties by hand", () => {
    const state = make();
    const idx = (p: string) => state.memberIndex[0]!.get(p)!;
    const s = state.seats;
    state.assign(s[0]!, idx("wang"));
    state.assign(s[2]!, idx("wang"));
    state.assign(s[3]!, idx("zhou"));
    state.assign(s[6]!, idx("zhou"));
    // Reassigning a seat releases its previous holder.
    state.assign(s[0]!, idx("li"));
    const order = ["zhang", "li", "wang", "zhou"].map(idx);
    const { total, heavy, festival } = state.counts(0);
    expect(order.map((i) => total[i])).toEqual([0, 1, 1, 2]);
    expect(order.map((i) => heavy[i])).toEqual([0, 0, 1, 1]);
    expect(festival).toEqual([0, 0, 0, 0]);
    expect(state.canTake(s[1]!, idx("wang"))).toBe(false);
  });
});
