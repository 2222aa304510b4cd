import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Absence, DutySettings, Person, PlannedMeeting, type DutyPost, type Spec } from "@yishi/domain";
import { addDays, createCalendar } from "@yishi/calendar";
import { buildAvailabilityGrid } from "./availability-grid.js";
import { createDutyAvailability, resolvePostPools } from "@yishi/rules";
import { describeDutyDays } from "./duty-days.js";

const calendar = createCalendar();

/** The codes the planner took before the grid: `why` asked person-day by person-day (1 free, 2 a meeting only, 0 otherwise). */
function gridFromWhy(spec: Pick<Spec, "people" | "absences" | "duty">, meetings: readonly PlannedMeeting[], from: string, to: string): number[][][] {
  const availability = createDutyAvailability(spec, meetings);
  const days = describeDutyDays(calendar, from, to, []);
  return resolvePostPools(spec).map((pool) =>
    pool.members.map((m) =>
      days.map((day) => {
        const why = availability.why(m, day.date, pool.post);
        return why === undefined ? 1 : why.kind === "meeting" ? 2 : 0;
      }),
    ),
  );
}

function grid(spec: Pick<Spec, "people" | "absences" | "duty">, meetings: readonly PlannedMeeting[], from: string, to: string): number[][][] {
  const days = describeDutyDays(calendar, from, to, []);
  return buildAvailabilityGrid(spec, meetings, days, resolvePostPools(spec)).map((post) => post.map((row) => [...row]));
}

const meeting = (id: string, date: string, expected: string[], extra: Record<string, unknown> = {}) =>
  PlannedMeeting.parse({ id, type: "executive", title: id, date, start: "09:00", end: "11:00", expected, ...extra });

describe("buildAvailabilityGrid", () => {
  /**
   * Monday 2 to Sunday 8 March 2026. zhou: no weekend duty, in a two-day
   * meeting Thursday–Friday; li: no night shift, on leave from before the
   * period to Tuesday, expected (while on leave) at Tuesday's meeting and
   * (present) at Wednesday's; wang: absent from Wednesday's meeting;
   * a cancelled meeting on Saturday keeps nobody. Worked out by hand.
   */
  const people = ["li", "wang", "zhou"].map((id) => Person.parse({ id, name: id, roles: ["duty-staff"] }));
  const duty = DutySettings.parse({
    posts: [
      { id: "day", name: "值班人员", pool: ["li", "wang", "zhou"] },
      { id: "night", name: "夜班", pool: ["zhou", "li"], shift: "night" },
    ],
    restrictions: [
      { person: "zhou", noWeekdays: [6, 7] },
      { person: "li", noShift: ["night"] },
    ],
  });
  const absences = [Absence.parse({ person: "li", from: "2026-02-20", to: "2026-03-03" })];
  const meetings = [
    meeting("a", "2026-03-03", ["li"]),
    meeting("b", "2026-03-04", ["li", "wang"], { absent: [{ person: "wang", kind: "travel" }] }),
    meeting("c", "2026-03-05", ["zhou"], { endDate: "2026-03-06" }),
    meeting("d", "2026-03-07", ["wang"], { status: "cancelled" }),
  ];

  it("marks absences and restrictions 0, then meetings 2, by the post's shift", () => {
    expect(grid({ people, absences, duty }, meetings, "2026-03-02", "2026-03-08")).toEqual([
      [
        [0, 0, 2, 1, 1, 1, 1], // li
        [1, 1, 1, 1, 1, 1, 1], // wang
        [1, 1, 1, 2, 2, 0, 0], // zhou
      ],
      [
        [1, 1, 1, 2, 2, 0, 0], // zhou, night
        [0, 0, 0, 0, 0, 0, 0], // li, night: refused every night, Wednesday's meeting included (a restriction before a meeting)
      ],
    ]);
  });

  it("gives one row to a person on posts of one shift, and a row of their own on another shift", () => {
    const pools = resolvePostPools({ people, duty: { ...duty, posts: [...duty.posts, { ...duty.posts[0]!, id: "day2" }] } });
    const rows = buildAvailabilityGrid({ absences, duty }, meetings, describeDutyDays(calendar, "2026-03-02", "2026-03-08", []), pools);
    expect(rows[2]![0]).toBe(rows[0]![0]);
    expect(rows[1]![1]).not.toBe(rows[0]![0]);
  });

  // Any spec: the grid is what `why` answers for every post, member and day.
  it("equals `why` person-day by person-day on random offices", () => {
    const ids = ["a", "b", "c", "d", "e", "f"];
    const date = fc.integer({ min: -10, max: 40 }).map((n) => addDays("2026-01-20", n));
    const office = fc.record({
      leaders: fc.subarray(ids),
      posts: fc.array(fc.record({ pool: fc.array(fc.constantFrom(...ids, "ghost"), { minLength: 1, maxLength: 8 }), leadersOnly: fc.boolean(), shift: fc.constantFrom("full", "day", "night") }), { minLength: 1, maxLength: 3 }),
      absences: fc.array(fc.record({ person: fc.constantFrom(...ids), from: date, days: fc.integer({ min: 0, max: 9 }) }), { maxLength: 8 }),
      meetings: fc.array(fc.record({ date, days: fc.integer({ min: 0, max: 3 }), expected: fc.subarray(ids), absent: fc.subarray(ids), cancelled: fc.boolean() }), { maxLength: 6 }),
      restrictions: fc.array(fc.record({ person: fc.constantFrom(...ids), noWeekdays: fc.subarray([1, 2, 3, 4, 5, 6, 7]), noShift: fc.subarray(["full", "day", "night"] as const) }), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(office, (o) => {
        const spec = {
          people: ids.map((id) => Person.parse({ id, name: id, roles: [o.leaders.includes(id) ? "deputy" : "duty-staff"] })),
          absences: o.absences.map((a) => Absence.parse({ person: a.person, from: a.from, to: addDays(a.from, a.days) })),
          duty: DutySettings.parse({ posts: o.posts.map((p, k) => ({ id: `p${k}`, name: `岗位${k}`, ...p })), restrictions: o.restrictions }),
        };
        const ms = o.meetings.map((m, k) =>
          meeting(`m${k}`, m.date, m.expected, { ...(m.days > 0 ? { endDate: addDays(m.date, m.days) } : {}), absent: m.absent.map((person) => ({ person, kind: "leave" })), ...(m.cancelled ? { status: "cancelled" } : {}) }),
        );
        expect(grid(spec, ms, "2026-01-25", "2026-02-20")).toEqual(gridFromWhy(spec, ms, "2026-01-25", "2026-02-20"));
      }),
      { numRuns: 300, seed: 89 },
    );
  });

  // The bench's 200 staff + 30 leaders over a year, with meetings and restrictions besides: the planner's input at a size users meet.
  it("equals `why` on 230 people over a year", () => {
    let seed = 18;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = (n: number) => Math.floor(rand() * n);
    const staff = Array.from({ length: 200 }, (_, i) => `s${i}`);
    const leaders = Array.from({ length: 30 }, (_, i) => `l${i}`);
    const everyone = [...leaders, ...staff];
    const people = everyone.map((id) => Person.parse({ id, name: id, roles: [id.startsWith("l") ? "deputy" : "duty-staff"] }));
    const absences = Array.from({ length: 2000 }, () => {
      const from = addDays("2025-12-20", pick(390));
      return Absence.parse({ person: everyone[pick(everyone.length)]!, from, to: addDays(from, pick(7)) });
    });
    const posts: DutyPost[] = [
      { id: "leader", name: "带班领导", pool: leaders, shift: "full", perDay: 1, leadersOnly: true },
      { id: "staff", name: "值班人员", pool: staff, shift: "full", perDay: 1, leadersOnly: false },
      { id: "night", name: "夜班", pool: staff.slice(50), shift: "night", perDay: 1, leadersOnly: false },
    ];
    const restrictions = Array.from({ length: 40 }, () => ({ person: everyone[pick(everyone.length)]!, noWeekdays: rand() < 0.5 ? [1 + pick(7)] : [], noShift: rand() < 0.5 ? (["night"] as const).slice() : [] }));
    const spec = { people, absences, duty: DutySettings.parse({ posts, restrictions }) };
    const meetings = Array.from({ length: 120 }, (_, k) => {
      const expected = leaders.filter(() => rand() < 0.4).concat(staff.filter(() => rand() < 0.02));
      return meeting(`m${k}`, addDays("2025-12-28", pick(375)), expected, { absent: expected.filter(() => rand() < 0.1).map((person) => ({ person, kind: "travel" })), ...(rand() < 0.1 ? { status: "cancelled" } : {}) });
    });
    const expected = gridFromWhy(spec, meetings, "2026-01-01", "2026-12-31");
    // Not a trivial grid: every code occurs.
    expect(new Set(expected.flat(2))).toEqual(new Set([0, 1, 2]));
    expect(grid(spec, meetings, "2026-01-01", "2026-12-31")).toEqual(expected);
  });
});
