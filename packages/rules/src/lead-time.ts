import { addDays, type WorkCalendar } from "@yishi/calendar";
import type { LeadUnit } from "./rule-params.js";

/** All a lead time needs of a calendar, so the checker (its context's calendar) and the planners read leads the same way. */
export type LeadCalendar = Pick<WorkCalendar, "addWorkingDays">;

/** The latest date that is still `lead` days (of `unit`) before `date`. */
export function latestBefore(calendar: LeadCalendar, date: string, lead: number, unit: LeadUnit): string {
  if (lead === 0) return date;
  return unit === "working-days" ? calendar.addWorkingDays(date, -lead) : addDays(date, -lead);
}

/** The last date that is still within `n` days (of `unit`) after `date`. */
export function latestWithin(calendar: LeadCalendar, date: string, n: number, unit: LeadUnit): string {
  return unit === "working-days" ? calendar.addWorkingDays(date, n) : addDays(date, n);
}

/** "3个工作日" / "3 working days". */
export function formatLead(lead: number, unit: LeadUnit): { zh: string; en: string } {
  return unit === "working-days"
    ? { zh: `${lead}个工作日`, en: `${lead} working day${lead === 1 ? "" : "s"}` }
    : { zh: `${lead}天`, en: `${lead} day${lead === 1 ? "" : "s"}` };
}
