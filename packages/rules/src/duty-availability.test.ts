import { describe, expect, it } from "vitest";
import { Absence, DutySettings, Person, PlannedMeeting } from "@yishi/domain";
import { createDutyAvailability, resolvePostPools } from "./duty-availability.js";

/**
 * A hand-made office: two leaders, an office director who is not a leader
 * (政府办主任 is not one of LEADER_ROLES), a duty clerk, and a party-group
 * member who also directs the office (a leader through the first role).
 * Every expected answer is read off the facts below by hand.
 */
const people = [
  { id: "zhang", name: "张", roles: ["mayor"] },
  { id: "li", name: "李", roles: ["deputy"] },
  { id: "wang", name: "王", roles: ["office-director"] },
  { id: "zhou", name: "周", roles: ["duty-staff"] },
  { id: "chen", name: "陈", roles: ["office-director", "party-group-member"] },
].map((p) => Person.parse(p));

const duty = DutySettings.parse({
  posts: [
    // "ghost" is nobody; li is listed twice.
    { id: "leader", name: "带班领导", pool: ["zhang", "wang", "ghost", "li", "chen", "li"], leadersOnly: true },
    { id: "staff", name: "值班人员", pool: ["wang", "zhou", "zhang"] },
    { id: "night", name: "夜班", pool: ["zhou", "li"], shift: "night" },
  ],
  restrictions: [
    { person: "zhou", noWeekdays: [6, 7], reason: "家庭原因" },
    { person: "li", noShift: ["night"] },
  ],
});
const [leader, staff, night] = duty.posts as [(typeof duty.posts)[number], (typeof duty.posts)[number], (typeof duty.posts)[number]];
const leave = Absence.parse({ person: "li", from: "2026-03-02", to: "2026-03-04", kind: "leave", reason: "年休假" });

const meeting = (id: string, date: string, expected: string[], extra: Record<string, unknown> = {}) =>
  PlannedMeeting.parse({ id, type: "executive", title: id, date, start: "09:00", end: "11:00", expected, ...extra });
const meetings = [
  // wang is expected but marked absent: the meeting does not keep him off duty.
  meeting("exec#1", "2026-03-05", ["zhang", "li", "wang"], { absent: [{ person: "wang", kind: "travel" }] }),
  // li is on leave that day: the absence is the reason given, not the meeting.
  meeting("exec#0", "2026-03-04", ["li"]),
  meeting("mo#1", "2026-03-06", ["zhou"], { status: "cancelled" }),
  // Two days in a row (连续召开): both days are taken.
  meeting("pl#1", "2026-03-09", ["zhou"], { endDate: "2026-03-10" }),
];
const availability = createDutyAvailability({ people, absences: [leave], duty }, meetings);

describe("resolvePostPools", () => {
  it("keeps leaders only on a leaders-only post, naming who was left out and why, in pool order", () => {
    const [l, s, n] = resolvePostPools({ people, duty });
    expect(l!.members).toEqual(["zhang", "li", "chen"]);
    expect(l!.excluded).toEqual([
      { person: "wang", reason: "not-leader" },
      { person: "ghost", reason: "unknown-person" },
    ]);
    expect(l!.post).toBe(leader);
    // An ordinary post takes anyone in its pool.
    expect(s!.members).toEqual(["wang", "zhou", "zhang"]);
    expect(s!.excluded).toEqual([]);
    expect(n!.members).toEqual(["zhou", "li"]);
  });
});

describe("createDutyAvailability", () => {
  it("answers absent on every day of an absence, even when a meeting falls on it", () => {
    for (const date of ["2026-03-02", "2026-03-03", "2026-03-04"]) expect(availability.why("li", date, leader)).toEqual({ kind: "absent", absence: leave });
    expect(availability.isAvailable("li", "2026-03-01", leader)).toBe(true);
  });

  it("answers meeting for people the calendar puts in a meeting, not for those marked absent or in a cancelled one", () => {
    expect(availability.why("zhang", "2026-03-05", staff)).toEqual({ kind: "meeting", meeting: { id: "exec#1", title: "exec#1", date: "2026-03-05" } });
    expect(availability.why("li", "2026-03-05", leader)).toEqual({ kind: "meeting", meeting: { id: "exec#1", title: "exec#1", date: "2026-03-05" } });
    expect(availability.why("wang", "2026-03-05", staff)).toBeUndefined();
    expect(availability.why("zhou", "2026-03-06", staff)).toBeUndefined();
    // Both days of the two-day meeting; the second day names the meeting's first date.
    for (const date of ["2026-03-09", "2026-03-10"]) expect(availability.why("zhou", date, staff)).toEqual({ kind: "meeting", meeting: { id: "pl#1", title: "pl#1", date: "2026-03-09" } });
    expect(availability.isAvailable("zhou", "2026-03-11", staff)).toBe(true);
  });

  it("answers no-weekday on the person's forbidden weekdays, with the reason, and no-shift on a forbidden shift", () => {
    // 7 and 8 March 2026 are a Saturday and a Sunday; 6 March a Friday.
    expect(availability.why("zhou", "2026-03-07", staff)).toEqual({ kind: "no-weekday", weekday: 6, reason: "家庭原因" });
    expect(availability.why("zhou", "2026-03-08", night)).toEqual({ kind: "no-weekday", weekday: 7, reason: "家庭原因" });
    expect(availability.isAvailable("zhou", "2026-03-12", night)).toBe(true);
    expect(availability.why("li", "2026-03-12", night)).toEqual({ kind: "no-shift", shift: "night" });
    expect(availability.isAvailable("li", "2026-03-12", leader)).toBe(true);
  });

  it("answers not-leader and not-in-pool before any date fact", () => {
    expect(availability.why("wang", "2026-03-12", leader)).toEqual({ kind: "not-leader" });
    expect(availability.why("zhou", "2026-03-12", leader)).toEqual({ kind: "not-in-pool" });
    expect(availability.why("ghost", "2026-03-12", leader)).toEqual({ kind: "not-in-pool" });
    // chen is a leader through his party-group role.
    expect(availability.isAvailable("chen", "2026-03-12", leader)).toBe(true);
  });
});

describe("a restriction and a meeting on one day", () => {
  // 周 refuses weekends and is expected at a meeting on Saturday 7 March 2026.
  const weekend = createDutyAvailability({ people, absences: [], duty }, [meeting("sat#1", "2026-03-07", ["zhou"])]);

  it("answers the restriction, a hard bar, not the meeting a last-resort fallback may pass", () => {
    expect(weekend.why("zhou", "2026-03-07", staff)).toEqual({ kind: "no-weekday", weekday: 6, reason: "家庭原因" });
    // A weekday meeting alone is still the meeting.
    const weekday = createDutyAvailability({ people, absences: [], duty }, [meeting("fri#1", "2026-03-06", ["zhou"])]);
    expect(weekday.why("zhou", "2026-03-06", staff)).toMatchObject({ kind: "meeting" });
  });
});
