import type { LocalizedText, Spec } from "@yishi/domain";
import { addDays, eachDay, yearOf, type WorkCalendar } from "@yishi/calendar";

/** Fairness classes of a duty day, heaviest first. */
export type DutyDayClass = "festival" | "heavy" | "ordinary";

export interface DutyDay {
  date: string;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Weekend or public holiday (an adjusted working Saturday is not heavy): perHeavyDay applies and it counts as a heavy duty. */
  heavy: boolean;
  /** The eve or first day of a festival holiday (spec.duty.festivalHolidays): the heaviest class, balanced on its own. */
  festival: boolean;
  cls: DutyDayClass;
  holiday?: LocalizedText;
}

/**
 * Classifies every day of a period. Heavy days are the calendar's weekends and
 * holidays (钟山区 第五十七条: 双休日和节假日 duty). A festival's "eve and first
 * day" are the first day off of its holiday break and the day before it,
 * whatever that day's kind (the 2026 Spring Festival eve is an adjusted working
 * Saturday): the calendar carries holiday names, not the lunar date.
 */
export function describeDutyDays(calendar: WorkCalendar, from: string, to: string, festivalHolidays: readonly string[]): DutyDay[] {
  return eachDay(from, to).map((date) => describeDutyDay(calendar, date, festivalHolidays));
}

export function describeDutyDay(calendar: WorkCalendar, date: string, festivalHolidays: readonly string[]): DutyDay {
  const d = calendar.describeDay(date);
  const heavy = d.kind === "weekend" || d.kind === "holiday";
  const festival = isFestivalFirstDay(calendar, date, festivalHolidays) || isFestivalFirstDay(calendar, addDays(date, 1), festivalHolidays);
  const day: DutyDay = { date, weekday: d.weekday, heavy, festival, cls: festival ? "festival" : heavy ? "heavy" : "ordinary" };
  if (d.holiday && d.kind === "holiday") day.holiday = d.holiday;
  return day;
}

function isFestivalFirstDay(calendar: WorkCalendar, date: string, names: readonly string[]): boolean {
  // Neither festival break starts on 1 January or ends a year, so a neighbouring
  // year without a known arrangement cannot hide one.
  if (names.length === 0 || !calendar.hasYear(yearOf(date)) || !calendar.hasYear(yearOf(addDays(date, -1)))) return false;
  const d = calendar.describeDay(date);
  if (d.kind !== "holiday" || !d.holiday || !matchesFestival(d.holiday, names)) return false;
  const before = calendar.describeDay(addDays(date, -1));
  // The break may start on a weekend day the calendar lists as weekend, not holiday.
  return !(before.kind === "holiday" && before.holiday && matchesFestival(before.holiday, names));
}

function matchesFestival(h: LocalizedText, names: readonly string[]): boolean {
  return names.some((n) => h.zh.includes(n) || n.includes(h.zh) || h.en.toLowerCase() === n.toLowerCase());
}

/** People per day on a post: perHeavyDay on weekends, holidays and festival days. */
export function seatsOn(post: Spec["duty"]["posts"][number], day: Pick<DutyDay, "heavy">): number {
  return day.heavy ? (post.perHeavyDay ?? post.perDay) : post.perDay;
}
