import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDays } from "@yishi/calendar";
import { MeetingType, Violation, type PlannedMeeting } from "@yishi/domain";
import { check } from "./check.js";
import { listProfiles, resolveProfile } from "./index.js";
import { agendaOf, makeItems, makeMeeting, makePlan, makeSpec } from "./checks/test-helpers.js";

/**
 * `check` never throws on a plan that matches its spec, however odd the plan:
 * meetings of any type on any day of 2026 (holidays, weekends, overlapping,
 * multi-day, cancelled), any agenda, any roster — judged by every shipped profile.
 */
const PEOPLE = ["zhang", "li", "wang", "liu", "chen", "huang", "zhou", "s1", "s2", "s3", "s4"];
const ITEMS = makeItems(20, "2026-01-05", { materialsOn: "2026-01-08" });
const profiles = listProfiles().map((p) => resolveProfile(p.id));
const day = (n: number) => addDays("2026-01-01", n);
const time = fc.integer({ min: 7, max: 20 }).map((h) => `${String(h).padStart(2, "0")}:00`);

const meetingArb = fc.record({
  day: fc.integer({ min: 0, max: 340 }), // stays in 2026: a year with no known arrangement is an error by design
  span: fc.integer({ min: 0, max: 2 }),
  type: fc.constantFrom(...MeetingType.options),
  start: time,
  hours: fc.integer({ min: 1, max: 4 }),
  items: fc.subarray(ITEMS.map((i) => i.id)),
  absent: fc.subarray(PEOPLE, { maxLength: 4 }),
  convener: fc.option(fc.constantFrom(...PEOPLE), { nil: undefined }),
  room: fc.constantFrom("r401", "r201", undefined),
  cancelled: fc.boolean(),
  minutesIn: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
});

describe("check on arbitrary plans (robustness)", () => {
  it("never throws; every violation is a valid Violation citing its article at the end of each message", () => {
    fc.assert(
      fc.property(
        fc.array(meetingArb, { maxLength: 12 }),
        fc.array(fc.record({ day: fc.integer({ min: 0, max: 89 }), post: fc.constantFrom("leader", "staff"), person: fc.constantFrom(...PEOPLE) }), { maxLength: 60 }),
        fc.constantFrom(...profiles),
        (ms, roster, profile) => {
          const meetings: PlannedMeeting[] = ms.map((m, k) => {
            const end = `${String(Math.min(23, Number(m.start.slice(0, 2)) + m.hours)).padStart(2, "0")}:00`;
            return makeMeeting(day(m.day), {
              id: `m${k}`,
              series: m.type === "executive" ? "exec" : undefined,
              type: m.type,
              title: `会议${k}`,
              start: m.start,
              end,
              endDate: m.span > 0 ? day(m.day + m.span) : undefined,
              agenda: agendaOf(m.items),
              absent: m.absent.map((person) => ({ person, kind: "leave" as const })),
              convener: m.convener,
              room: m.room,
              status: m.cancelled ? "cancelled" : "scheduled",
              minutesIssuedOn: m.minutesIn === undefined ? undefined : day(m.day + m.minutesIn),
            });
          });
          const spec = makeSpec({ agendaItems: ITEMS, absences: [{ person: "li", from: "2026-02-02", to: "2026-02-06" }] });
          const plan = makePlan({ from: "2026-01-01", to: "2026-03-31" }, { meetings, roster: roster.map((a) => ({ ...a, date: day(a.day) })) });
          for (const v of check(spec, plan, profile)) {
            const cite = `(${v.citation.jurisdiction} ${v.citation.article})`;
            expect(v.message.zh.endsWith(cite) && v.message.en.endsWith(cite)).toBe(true);
            expect(Violation.parse(v)).toEqual(v);
          }
        },
      ),
      { numRuns: 80, seed: 7 },
    );
  });
});
