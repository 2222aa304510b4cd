import type { PlannedMeeting, Spec } from "@yishi/domain";
import { eachDay, weekdayOf } from "@yishi/calendar";
import type { DutyDay } from "./duty-days.js";
import type { PostPool } from "@yishi/rules";

/** Availability codes of the grid: a member may take the post that day, only if a meeting gives way, or not at all. */
export const AVAILABLE = 1;
export const ONLY_DESPITE_MEETING = 2;
export const UNAVAILABLE = 0;

const ABSENT = 1;
const AT_MEETING = 2;

/**
 * avail[post][member][day] for every pool member and day of the period, the
 * answer createDutyAvailability's `why` gives for that person, day and post
 * (absent or restricted → 0, else at a meeting → 2, else 1), built
 * from ranges and lists by person and day index instead of asking it person-day
 * by person-day: on 10,000 people a year those 3.6 million string-keyed
 * questions were a third of the planner's time. Pool members are resolved
 * people (resolvePostPools), so `why`'s not-in-pool and not-leader answers
 * never arise here. A row depends only on the person and the post's shift, so
 * posts of one shift share it: rows are read, never written.
 */
export function buildAvailabilityGrid(
  spec: Pick<Spec, "absences" | "duty">,
  meetings: readonly PlannedMeeting[],
  days: readonly DutyDay[],
  pools: readonly PostPool[],
): Uint8Array[][] {
  const n = days.length;
  const personIndex = new Map<string, number>();
  for (const pool of pools) for (const m of pool.members) if (!personIndex.has(m)) personIndex.set(m, personIndex.size);
  // Per person and day: ABSENT and AT_MEETING bits.
  const marks = new Uint8Array(personIndex.size * n);
  for (const a of spec.absences) {
    const i = personIndex.get(a.person);
    if (i === undefined) continue;
    for (let d = firstOnOrAfter(days, a.from); d < n && days[d]!.date <= a.to; d++) marks[i * n + d]! |= ABSENT;
  }
  const dayIndex = new Map(days.map((day, d) => [day.date, d]));
  for (const m of meetings) {
    if (m.status === "cancelled") continue;
    const away = new Set(m.absent.map((a) => a.person));
    for (const date of eachDay(m.date, m.endDate ?? m.date)) {
      const d = dayIndex.get(date);
      if (d === undefined) continue;
      for (const person of m.expected) {
        const i = personIndex.get(person);
        if (i !== undefined && !away.has(person)) marks[i * n + d]! |= AT_MEETING;
      }
    }
  }
  // Restrictions, per person: a bit per ISO weekday (1–7), and the shifts refused.
  const weekdayMask = new Uint8Array(personIndex.size);
  const refusedShifts = new Map<number, Set<string>>();
  for (const r of spec.duty.restrictions) {
    const i = personIndex.get(r.person);
    if (i === undefined) continue;
    for (const wd of r.noWeekdays) weekdayMask[i]! |= 1 << wd;
    for (const shift of r.noShift) {
      let set = refusedShifts.get(i);
      if (!set) refusedShifts.set(i, (set = new Set()));
      set.add(shift);
    }
  }
  const weekdays = days.map((day) => weekdayOf(day.date));
  const rows = new Map<string, Uint8Array>();
  return pools.map((pool) =>
    pool.members.map((member) => {
      const i = personIndex.get(member)!;
      const key = `${i}|${pool.post.shift}`;
      let row = rows.get(key);
      if (row) return row;
      row = new Uint8Array(n);
      const shiftRefused = refusedShifts.get(i)?.has(pool.post.shift) ?? false;
      const mask = weekdayMask[i]!;
      for (let d = 0; d < n; d++) {
        const mark = marks[i * n + d]!;
        // The order of `why`: the hard bars first (an absence, the person's restrictions), then a meeting (the fallback may pass it).
        row[d] = mark & ABSENT || shiftRefused || (mask >> weekdays[d]!) & 1 ? UNAVAILABLE : mark & AT_MEETING ? ONLY_DESPITE_MEETING : AVAILABLE;
      }
      rows.set(key, row);
      return row;
    }),
  );
}

/** Index of the first day on or after `date` (days in date order), or days.length. */
function firstOnOrAfter(days: readonly DutyDay[], date: string): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid]!.date < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
