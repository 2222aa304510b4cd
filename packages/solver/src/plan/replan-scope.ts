import { YishiError, type PinnedOccurrence, type Plan, type PlannedMeeting, type Spec, type SpecChange } from "@yishi/domain";
import { addDays, diffDays } from "@yishi/calendar";
import type { PlanningPeriod } from "../meetings/meeting-input.js";

/**
 * The series with every occurrence before `from` pinned where the previous
 * plan had it, and the days before `from` closed to new ones: the meetings
 * planner then plans only the rest, spacing it from what was already held.
 */
export function freezeSeries(spec: Spec, previous: Plan, period: PlanningPeriod, from: string): Spec {
  if (from <= period.from) return spec;
  const lastFrozen = addDays(from, -1);
  return {
    ...spec,
    series: spec.series.map((s) => {
      const held = previous.meetings.filter((m) => m.series === s.id && m.status === "scheduled" && m.date >= period.from && m.date < from);
      const pins = held.map(pinOf);
      return { ...s, pinned: [...s.pinned.filter((p) => p.date >= from), ...pins], avoid: [...s.avoid, { from: period.from, to: lastFrozen }] };
    }),
  };
}

/**
 * A re-plan keeps the previous plan's extra sessions (临时召开, marked by the
 * planner's user) from `from` on where they are, marked, as pins: they were
 * called for a reason the cadence does not know, so the planner neither moves
 * nor drops them. One the change cancels is left to be cancelled.
 */
export function pinExtraSessions(spec: Spec, previous: Plan, change: SpecChange | undefined, from: string): Spec {
  const cancelled = new Set(change?.cancel ?? []);
  return pinMeetings(spec, previous.meetings.filter((m) => m.extra !== undefined && m.status === "scheduled" && m.date >= from && !cancelled.has(m.id)));
}

/**
 * The spec with each of `meetings` (of a series) pinned where it is: day,
 * time, room, extra mark and days held. A day its series pins already keeps
 * the spec's own pin. Used for extra sessions and for the meetings a
 * planner pinned (the workbench).
 */
export function pinMeetings(spec: Spec, meetings: readonly PlannedMeeting[]): Spec {
  const kept = meetings.filter((m) => m.series !== undefined);
  if (kept.length === 0) return spec;
  return {
    ...spec,
    series: spec.series.map((s) => {
      const mine = kept.filter((m) => m.series === s.id && !s.pinned.some((p) => p.date === m.date));
      if (mine.length === 0) return s;
      return { ...s, pinned: [...s.pinned, ...mine.map(pinOf)] };
    }),
  };
}

/** A previous plan's occurrence as a pin: its day, time, room, extra mark and, held over several days, how many. */
function pinOf(m: PlannedMeeting): PinnedOccurrence {
  const days = m.endDate !== undefined && m.endDate > m.date ? diffDays(m.date, m.endDate) + 1 : undefined;
  return { date: m.date, start: m.start, ...(m.room !== undefined ? { room: m.room } : {}), ...(m.extra !== undefined ? { extra: m.extra } : {}), ...(days !== undefined ? { days } : {}) };
}

/** A re-plan cannot cancel what was already held: the change names a meeting before `from`. */
export function rejectFrozenCancellations(previous: Plan, change: SpecChange, from: string): void {
  change.cancel.forEach((id, i) => {
    const m = previous.meetings.find((x) => x.id === id);
    if (m !== undefined && m.date < from) {
      throw new YishiError("CHANGE_INVALID", `cancel[${i}]: ${id} was on ${m.date}, before the re-plan takes effect (${from}); a re-plan does not change the past (give an earlier --from to re-plan from that day)`, {
        path: ["cancel", i],
      });
    }
  });
}

/** Item → meeting of every agenda placement on or after `from`: the agenda planner keeps each that still qualifies. */
export function keptPlacements(previous: Plan, from: string): Map<string, string> {
  const keep = new Map<string, string>();
  for (const m of previous.meetings) {
    if (m.status !== "scheduled" || m.date < from) continue;
    for (const e of m.agenda) keep.set(e.item, m.id);
  }
  return keep;
}

/**
 * Carries each seat's iCalendar SEQUENCE over from the previous plan, raised
 * by one where the seat's holders changed, so a calendar client replaces the
 * event instead of keeping a stale one.
 */
export function carrySequences<T extends { person: string; sequence?: number | undefined }>(previous: readonly T[], next: readonly T[], seatOf: (a: T) => string): T[] {
  const before = new Map<string, { people: string[]; sequence: number }>();
  for (const a of previous) {
    const s = before.get(seatOf(a)) ?? { people: [], sequence: 0 };
    s.people.push(a.person);
    s.sequence = Math.max(s.sequence, a.sequence ?? 0);
    before.set(seatOf(a), s);
  }
  const now = new Map<string, string[]>();
  for (const a of next) now.set(seatOf(a), [...(now.get(seatOf(a)) ?? []), a.person]);
  return next.map((a) => {
    const was = before.get(seatOf(a));
    const same = was !== undefined && [...was.people].sort().join("\u0000") === [...now.get(seatOf(a))!].sort().join("\u0000");
    const sequence = was === undefined ? 0 : same ? was.sequence : was.sequence + 1;
    const { sequence: _old, ...rest } = a;
    return (sequence > 0 ? { ...rest, sequence } : rest) as T;
  });
}

/**
 * A meeting whose agenda gained or lost items is an updated event too: its
 * SEQUENCE is raised once (unless the meetings planner raised it already for
 * a move), so calendar clients show the new agenda.
 */
export function raiseChangedAgendas(previous: readonly PlannedMeeting[], meetings: readonly PlannedMeeting[]): PlannedMeeting[] {
  const before = new Map(previous.map((m) => [m.id, m]));
  const items = (m: PlannedMeeting) => m.agenda.map((e) => e.item).join("\u0000");
  return meetings.map((m) => {
    const was = before.get(m.id);
    return was !== undefined && m.sequence === was.sequence && items(m) !== items(was) ? { ...m, sequence: m.sequence + 1 } : m;
  });
}
