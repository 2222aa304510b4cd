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

/**
 * How a message asks for a lead: “提前1天（2026-03-08前）”. Where the article says
 * only “in advance” or “before” (`inAdvanceOnly`: 钟山区 第四十三条 “提前按要求报区人民政府办公室”,
 * 第十八条 “送…审议前先交由…审查”), a lead
 * of one calendar day is said as “before the meeting day”, not as a number the
 * article never gave; any other lead is said to be the profile's reading.
 */
export function describeLead(lead: number, unit: LeadUnit, latest: string, inAdvanceOnly: boolean): { zh: string; en: string } {
  const l = formatLead(lead, unit);
  if (!inAdvanceOnly) return { zh: `提前${l.zh}（${latest}前）`, en: `${l.en} ahead (by ${latest})` };
  if (lead === 1 && unit === "calendar-days") {
    return { zh: `在会议当天之前（${latest}前；条文未规定提前几天）`, en: `before the meeting day (by ${latest}; the article gives no number of days)` };
  }
  return { zh: `提前${l.zh}（${latest}前；条文未规定天数，此为本规则配置的理解）`, en: `${l.en} ahead (by ${latest}; the article gives no number, this is the profile's reading)` };
}
