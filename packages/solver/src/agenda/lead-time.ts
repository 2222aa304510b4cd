import { addDays, type WorkCalendar } from "@yishi/calendar";

export type LeadUnit = "calendar-days" | "working-days";
export interface Lead {
  lead: number;
  unit: LeadUnit;
}

/**
 * The latest date still `lead` days (of `unit`) before `date`: what "filed at
 * least N working days before the meeting" allows. Same reading as the
 * checker's (packages/rules checks/shared.ts `latestBefore`).
 */
export function latestBefore(calendar: WorkCalendar, date: string, { lead, unit }: Lead): string {
  if (lead === 0) return date;
  return unit === "working-days" ? calendar.addWorkingDays(date, -lead) : addDays(date, -lead);
}

/** The last date still within `n` working days after `date` (钟山区 第四十二条). */
export function latestWithinWorkingDays(calendar: WorkCalendar, date: string, n: number): string {
  return calendar.addWorkingDays(date, n);
}

/** The strictest of several leads: the earliest of their latest dates. */
export function strictestLatest(calendar: WorkCalendar, date: string, leads: readonly Lead[]): string | undefined {
  let out: string | undefined;
  for (const l of leads) {
    const d = latestBefore(calendar, date, l);
    if (out === undefined || d < out) out = d;
  }
  return out;
}

export function formatLead({ lead, unit }: Lead): { zh: string; en: string } {
  return unit === "working-days"
    ? { zh: `${lead}个工作日`, en: `${lead} working day${lead === 1 ? "" : "s"}` }
    : { zh: `${lead}天`, en: `${lead} day${lead === 1 ? "" : "s"}` };
}

/** Minutes from `start` to `end` (HH:MM, same day). */
export function minutesBetween(start: string, end: string): number {
  return toMinutes(end) - toMinutes(start);
}

export function addClockMinutes(start: string, minutes: number): string {
  const total = toMinutes(start) + minutes;
  return `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
}

function toMinutes(t: string): number {
  return Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
}
