import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createCalendar, addDays, diffDays, weekdayOf } from "@yishi/calendar";
import type { Plan } from "@yishi/domain";
import { check } from "./check.js";
import { agendaOf, fullRoster, makeItems, makeMeeting, makePlan, makeProfile, makeRule, makeSpec } from "./checks/test-helpers.js";

/**
 * Random valid plans for a small spec (an executive meeting about every 14
 * days on a working day that is not a Monday, agendas of up to 15 items, a
 * full roster around one absence) keep every hard rule; one injected break
 * of a random kind is reported under the right rule id.
 */
const calendar = createCalendar();
const period = { from: "2026-03-02", to: "2026-05-31" };
const rules = {
  cadence: makeRule("cadence.every-n-weeks", { weeks: 2 }, { id: "cadence" }),
  workingDay: makeRule("calendar.working-day", {}, { id: "working-day" }),
  noMonday: makeRule("calendar.no-weekday", { weekdays: [1] }, { id: "no-monday" }),
  cap: makeRule("agenda.max-items", { max: 15 }, { id: "cap" }),
  coverage: makeRule("duty.daily-coverage", {}, { id: "coverage" }),
  leader: makeRule("duty.leader-on-duty", {}, { id: "leader" }),
  available: makeRule("duty.available", {}, { id: "available" }),
};
const profile = makeProfile(Object.values(rules));
const ITEMS = makeItems(20, "2026-02-20");
const validDay = (d: string) => calendar.isWorkingDay(d) && weekdayOf(d) !== 1;

/** Nominal dates every 14 days, each moved to the nearest valid day within 3 days; undefined when impossible. */
function meetingDates(offset: number): string[] | undefined {
  const out: string[] = [];
  for (let nominal = addDays(period.from, offset); nominal <= period.to; nominal = addDays(nominal, 14)) {
    const day = [0, 1, -1, 2, -2, 3, -3].map((k) => addDays(nominal, k)).find((d) => d >= period.from && d <= period.to && validDay(d));
    if (day === undefined) return undefined;
    out.push(day);
  }
  for (let i = 1; i < out.length; i++) {
    const gap = diffDays(out[i - 1]!, out[i]!);
    if (gap < 10 || gap > 18) return undefined;
  }
  return out;
}

const INJECTIONS = ["holiday", "monday", "sixteenth-item", "missing-duty", "absent-on-duty", "gap-21"] as const;
type Injection = (typeof INJECTIONS)[number];

const scenario = fc.record({
  offset: fc.integer({ min: 0, max: 6 }),
  agendaSizes: fc.array(fc.integer({ min: 0, max: 15 }), { minLength: 8, maxLength: 8 }),
  awayPerson: fc.constantFrom("s1", "s2", "s3", "s4", "li", "wang"),
  awayStart: fc.integer({ min: 0, max: 80 }),
  injection: fc.constantFrom(...INJECTIONS),
  pick: fc.nat(),
});

function inject(plan: Plan, kind: Injection, pick: number, away: { person: string; from: string }): { plan: Plan; rule: string } {
  const meetings = plan.meetings.map((m) => ({ ...m }));
  const i = pick % meetings.length;
  switch (kind) {
    case "holiday": {
      const holidays = ["2026-04-04", "2026-05-01", "2026-05-05"];
      meetings[i]!.date = holidays[pick % holidays.length]!;
      return { plan: { ...plan, meetings }, rule: "working-day" };
    }
    case "monday": {
      const mondays = ["2026-03-09", "2026-03-16", "2026-04-13", "2026-05-11"];
      meetings[i]!.date = mondays[pick % mondays.length]!;
      return { plan: { ...plan, meetings }, rule: "no-monday" };
    }
    case "sixteenth-item":
      meetings[i]!.agenda = agendaOf(ITEMS.slice(0, 16).map((x) => x.id), 5);
      return { plan: { ...plan, meetings }, rule: "cap" };
    case "missing-duty": {
      const date = addDays(period.from, pick % 91);
      return { plan: { ...plan, roster: plan.roster.filter((a) => !(a.date === date && a.post === "staff")) }, rule: "coverage" };
    }
    case "absent-on-duty": {
      const roster = plan.roster.map((a) => (a.date === away.from && a.post === "staff" ? { ...a, person: away.person } : a));
      return { plan: { ...plan, roster }, rule: "available" };
    }
    case "gap-21": {
      const j = Math.min(i, meetings.length - 2);
      meetings[j + 1]!.date = addDays(meetings[j]!.date, 21);
      return { plan: { ...plan, meetings }, rule: "cadence" };
    }
  }
}

describe("check on random valid plans (property)", () => {
  it("finds no hard violation in a valid plan and reports each injected break under its rule", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const dates = meetingDates(s.offset);
        fc.pre(dates !== undefined);
        const away = { person: s.awayPerson, from: addDays(period.from, s.awayStart), to: addDays(period.from, s.awayStart + 2) };
        const spec = makeSpec({ agendaItems: ITEMS, absences: [away] });
        const meetings = dates!.map((d, k) => makeMeeting(d, { n: k + 1, agenda: agendaOf(ITEMS.slice(0, s.agendaSizes[k % 8]!).map((x) => x.id), 5) }));
        const plan = makePlan(period, { meetings, roster: fullRoster(spec, period.from, period.to) });

        const before = check(spec, plan, profile, { calendar }).filter((v) => v.severity === "hard");
        expect(before).toEqual([]);

        const broken = inject(plan, s.injection, s.pick, away);
        const after = check(spec, broken.plan, profile, { calendar });
        expect(after.map((v) => v.rule)).toContain(broken.rule);
      }),
      { numRuns: 60, seed: 20260301 },
    );
  });
});
