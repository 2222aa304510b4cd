import { WEEKDAY_NAMES } from "@yishi/calendar";

/** ISO weekday (1 = Monday) in both languages. */
export function weekdayName(weekday: number): { zh: string; en: string } {
  return { zh: WEEKDAY_NAMES.zh[weekday - 1] ?? String(weekday), en: WEEKDAY_NAMES.en[weekday - 1] ?? String(weekday) };
}
