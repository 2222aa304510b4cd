import { compareText } from "@yishi/domain";
import type { PlannedMeeting, RecurringAssignment, RecurringDuty, Spec } from "@yishi/domain";
import type { WorkCalendar } from "@yishi/calendar";
import { recurringDutyDates } from "@yishi/rules";

export interface PlanRecurringDutiesInput {
  /** Blackouts that bind a recurring duty (`recurringDuties`) take its turns in them off the rota. */
  spec: Pick<Spec, "people" | "absences" | "recurringDuties"> & Partial<Pick<Spec, "blackouts">>;
  calendar: WorkCalendar;
  period: { from: string; to: string };
  /** Meetings a leader is expected at: one overlapping the duty's hours keeps them off it. */
  meetings?: readonly PlannedMeeting[];
  /** Earlier assignments: before the period they carry the rota's counts and turn; inside it they are kept where still valid. */
  previous?: readonly RecurringAssignment[];
}

export interface RecurringPlan {
  assignments: RecurringAssignment[];
  /** Occurrences that could not be fully staffed (everyone in the pool away). */
  uncovered: { duty: string; date: string; missing: number }[];
}

/** Recurring leader duties (e.g. 西城区 六十 Wednesday petition reception) assigned in turn. */
export function planRecurringDuties(input: PlanRecurringDutiesInput): RecurringAssignment[] {
  return planRecurringDutiesDetailed(input).assignments;
}

/**
 * Each occurrence goes to the pool member with the fewest turns so far
 * (earlier assignments included); ties go to whoever comes next in pool order
 * after the last person served — a round-robin that skips the absent and
 * keeps counts within one of each other wherever availability allows.
 */
export function planRecurringDutiesDetailed(input: PlanRecurringDutiesInput): RecurringPlan {
  const { spec, calendar, period } = input;
  const known = new Set(spec.people.map((p) => p.id));
  const assignments: RecurringAssignment[] = [];
  const uncovered: RecurringPlan["uncovered"] = [];
  for (const duty of spec.recurringDuties) {
    const pool = duty.pool.filter((p, i) => known.has(p) && duty.pool.indexOf(p) === i);
    const counts = new Map(pool.map((p) => [p, 0]));
    const before = (input.previous ?? []).filter((a) => a.duty === duty.id && a.date < period.from).sort(byDateThenPerson);
    for (const a of before) if (counts.has(a.person)) counts.set(a.person, counts.get(a.person)! + 1);
    let last = before.length > 0 ? pool.indexOf(before[before.length - 1]!.person) : -1;
    const keptByDate = new Map<string, string[]>();
    for (const a of (input.previous ?? []).filter((x) => x.duty === duty.id && x.date >= period.from && x.date <= period.to)) {
      keptByDate.set(a.date, [...(keptByDate.get(a.date) ?? []), a.person]);
    }
    for (const date of recurringDutyDates(duty, calendar, period.from, period.to, spec.blackouts)) {
      const chosen = (keptByDate.get(date) ?? []).filter((p) => counts.has(p) && isFree(input, duty, p, date)).slice(0, duty.perOccurrence);
      while (chosen.length < duty.perOccurrence) {
        const next = pickNext(pool, counts, last, (p) => !chosen.includes(p) && isFree(input, duty, p, date));
        if (next === undefined) break;
        chosen.push(next);
      }
      if (chosen.length < duty.perOccurrence) uncovered.push({ duty: duty.id, date, missing: duty.perOccurrence - chosen.length });
      for (const person of chosen) {
        counts.set(person, counts.get(person)! + 1);
        last = pool.indexOf(person);
        assignments.push({ duty: duty.id, date, start: duty.start, end: duty.end, person });
      }
    }
  }
  assignments.sort((a, b) => byDateThenPerson(a, b) || compareText(a.duty, b.duty));
  return { assignments, uncovered };
}

function pickNext(pool: string[], counts: Map<string, number>, last: number, ok: (p: string) => boolean): string | undefined {
  let best: string | undefined;
  let bestKey: [number, number] = [Infinity, Infinity];
  pool.forEach((p, i) => {
    if (!ok(p)) return;
    const key: [number, number] = [counts.get(p)!, (i - last - 1 + pool.length) % pool.length];
    if (key[0] < bestKey[0] || (key[0] === bestKey[0] && key[1] < bestKey[1])) {
      best = p;
      bestKey = key;
    }
  });
  return best;
}

/** Not absent that day, and not expected at a meeting overlapping the duty's hours. */
export function isFree(input: Pick<PlanRecurringDutiesInput, "spec" | "meetings">, duty: Pick<RecurringDuty, "start" | "end">, person: string, date: string): boolean {
  if (input.spec.absences.some((a) => a.person === person && a.from <= date && date <= a.to)) return false;
  for (const m of input.meetings ?? []) {
    if (m.status === "cancelled" || !m.expected.includes(person) || m.absent.some((a) => a.person === person)) continue;
    const last = m.endDate ?? m.date;
    if (date < m.date || date > last) continue;
    const multiDay = last !== m.date;
    if (multiDay || (m.start < duty.end && duty.start < m.end)) return false;
  }
  return true;
}

function byDateThenPerson(a: { date: string; person: string }, b: { date: string; person: string }): number {
  return compareText(a.date, b.date) || compareText(a.person, b.person);
}

