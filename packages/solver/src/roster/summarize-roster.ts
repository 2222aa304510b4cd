import type { DutyAssignment, Spec } from "@yishi/domain";
import type { WorkCalendar } from "@yishi/calendar";
import { resolvePostPools } from "@yishi/rules";
import { describeDutyDay } from "./duty-days.js";
import { spreadOf } from "./fairness-bound.js";

export interface PersonDutyCounts {
  post: string;
  person: string;
  name: string;
  /** Duties in the roster given (inside the period when one is given). */
  total: number;
  weekend: number;
  holiday: number;
  /** Weekend, holiday and festival-eve duties. */
  heavy: number;
  festival: number;
  /** History (spec.duty.history) plus this roster: what fairness is judged on. */
  cumulativeTotal: number;
  cumulativeHeavy: number;
}

export interface PoolSpread {
  post: string;
  name: string;
  members: number;
  /** max − min over the pool, history included for total and heavy. */
  total: number;
  heavy: number;
  festival: number;
}

export interface RosterSummary {
  people: PersonDutyCounts[];
  pools: PoolSpread[];
}

/** Per-person counts and per-pool spreads, counted from the assignments alone. */
export function summarizeRoster(input: {
  spec: Pick<Spec, "people" | "duty">;
  calendar: WorkCalendar;
  roster: readonly DutyAssignment[];
  period?: { from: string; to: string };
}): RosterSummary {
  const { spec, calendar, period } = input;
  const names = new Map(spec.people.map((p) => [p.id, p.name]));
  const hist = new Map(spec.duty.history.map((h) => [h.person, h]));
  const roster = input.roster.filter((a) => !period || (a.date >= period.from && a.date <= period.to));
  const people: PersonDutyCounts[] = [];
  const pools: PoolSpread[] = [];
  for (const pool of resolvePostPools(spec)) {
    const members = [...pool.members, ...roster.filter((a) => a.post === pool.post.id && !pool.members.includes(a.person)).map((a) => a.person)];
    const rows = [...new Set(members)].map((person): PersonDutyCounts => {
      const row = { post: pool.post.id, person, name: names.get(person) ?? person, total: 0, weekend: 0, holiday: 0, heavy: 0, festival: 0, cumulativeTotal: 0, cumulativeHeavy: 0 };
      for (const a of roster) {
        if (a.post !== pool.post.id || a.person !== person) continue;
        const day = describeDutyDay(calendar, a.date, spec.duty.festivalHolidays);
        const kind = calendar.describeDay(a.date).kind;
        row.total++;
        if (kind === "weekend") row.weekend++;
        if (kind === "holiday") row.holiday++;
        if (day.heavy) row.heavy++;
        if (day.festival) row.festival++;
      }
      row.cumulativeTotal = row.total + (hist.get(person)?.total ?? 0);
      row.cumulativeHeavy = row.heavy + (hist.get(person)?.heavy ?? 0);
      return row;
    });
    for (const row of rows) people.push(row); // not push(...rows): a long list overflows the stack
    pools.push({
      post: pool.post.id,
      name: pool.post.name,
      members: rows.length,
      total: spreadOf(rows.map((r) => r.cumulativeTotal)),
      heavy: spreadOf(rows.map((r) => r.cumulativeHeavy)),
      festival: spreadOf(rows.map((r) => r.festival)),
    });
  }
  return { people, pools };
}
