import { bindsRecurringDuty, type Blackout, type RecurringDuty } from "@yishi/domain";
import { diffDays, eachDay, monthOf, weekdayOf, yearOf, type WorkCalendar } from "@yishi/calendar";

/** A fixed Monday, so biweekly rotas keep their weeks from one period to the next. */
const EPOCH_MONDAY = "2001-01-01";

/**
 * The dates a recurring duty falls on in a period — the one copy, read by the
 * recurring planner and the checker alike (the checker cannot import the
 * solver, so it lives here): its weekday,
 * on real working days only. A public holiday skips the occurrence; an
 * adjusted working weekend day (调休) never carries it, because the rule names
 * a weekday (西城区 六十: 每周三上午) and that day is a Saturday or Sunday.
 * biweekly: every other week counted from a fixed Monday; monthly and
 * quarterly: the first such working day of each month or quarter
 * (依安县 第七十二条: 一般三个月安排一次).
 * A day in a blackout that binds the duty (`recurringDuties`, the spec's own
 * fact: no article makes a reception yield) is treated like a holiday: a
 * weekly or biweekly turn is not held, a monthly or quarterly one moves to
 * the next such day.
 */
export function recurringDutyDates(
  duty: Pick<RecurringDuty, "weekday" | "cadence"> & { id?: string },
  calendar: WorkCalendar,
  from: string,
  to: string,
  blackouts: readonly Pick<Blackout, "from" | "to" | "recurringDuties">[] = [],
): string[] {
  const binding = blackouts.filter((b) => (duty.id === undefined ? b.recurringDuties === "all" : bindsRecurringDuty(b, duty.id)));
  const candidates = eachDay(from, to).filter(
    (d) => weekdayOf(d) === duty.weekday && calendar.describeDay(d).kind === "workday" && !binding.some((b) => b.from <= d && d <= b.to),
  );
  switch (duty.cadence) {
    case "weekly":
      return candidates;
    case "biweekly":
      return candidates.filter((d) => Math.floor(diffDays(EPOCH_MONDAY, d) / 7) % 2 === 0);
    case "monthly":
      return firstOfEach(candidates, (d) => `${yearOf(d)}-${monthOf(d)}`);
    case "quarterly":
      return firstOfEach(candidates, (d) => `${yearOf(d)}-Q${Math.ceil(monthOf(d) / 3)}`);
  }
}

function firstOfEach(dates: string[], keyOf: (d: string) => string): string[] {
  const seen = new Set<string>();
  return dates.filter((d) => {
    const k = keyOf(d);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
