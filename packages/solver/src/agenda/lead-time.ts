import type { WorkCalendar } from "@yishi/calendar";
import { latestBefore, type LeadUnit } from "@yishi/rules";

export interface Lead {
  lead: number;
  unit: LeadUnit;
}

/** The last date still within `n` working days after `date` (钟山区 第四十二条). */
export function latestWithinWorkingDays(calendar: WorkCalendar, date: string, n: number): string {
  return calendar.addWorkingDays(date, n);
}

/** The strictest of several leads: the earliest of their latest dates (read as the checker reads them: `latestBefore` from @yishi/rules). */
export function strictestLatest(calendar: WorkCalendar, date: string, leads: readonly Lead[]): string | undefined {
  let out: string | undefined;
  for (const l of leads) {
    const d = latestBefore(calendar, date, l.lead, l.unit);
    if (out === undefined || d < out) out = d;
  }
  return out;
}

export function addClockMinutes(start: string, minutes: number): string {
  const total = toMinutes(start) + minutes;
  return `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
}

function toMinutes(t: string): number {
  return Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
}
