import type { AgendaItem } from "@yishi/domain";
import { diffDays } from "@yishi/calendar";

/**
 * Whole-number weights of placing an item at a meeting: the objective the
 * assignment maximises. Placing anything is worth far more than any
 * preference, so no item is left out to favour another's order; among items
 * competing for room, urgent ones come first, then those closest to their
 * due date, then those that have waited longest (ageing, so nothing starves).
 * Later meetings cost a little per week, and much per day past the due date.
 */
export const AGENDA_WEIGHTS = {
  place: 1000,
  urgent: 600,
  /** Up to this much for a due date at the period's start, less per day further away. */
  dueSoon: 300,
  /** Per day between filing and the period's end (a fixed age per item), up to `ageingCap`. */
  ageingPerDay: 2,
  ageingCap: 150,
  /** Per whole week between the period's start (or filing, if later) and the meeting. */
  perWeekLater: 4,
  /** Per day the meeting is after the item's due date. */
  perDayOverdue: 10,
  /** Soft: the responsible leader or unit head cannot attend (where the profile has no hard rule). */
  sponsorAway: 400,
} as const;

/** The item's priority regardless of meeting: what ordering and exchange use. */
export function itemPriority(item: AgendaItem, period: { from: string; to: string }): number {
  const w = AGENDA_WEIGHTS;
  let value = w.place;
  if (item.urgency === "urgent") value += w.urgent;
  if (item.dueBy !== undefined) value += Math.max(0, w.dueSoon - Math.max(0, diffDays(period.from, item.dueBy)));
  // Age is measured to a fixed date so it ranks items without pulling any to a later meeting.
  value += Math.min(w.ageingCap, w.ageingPerDay * Math.max(0, diffDays(item.filedOn, period.to)));
  return value;
}

export function placementWeight(item: AgendaItem, meetingDate: string, period: { from: string; to: string }, sponsorAway: boolean): number {
  const w = AGENDA_WEIGHTS;
  let value = itemPriority(item, period);
  const since = item.filedOn > period.from ? item.filedOn : period.from;
  value -= w.perWeekLater * Math.floor(Math.max(0, diffDays(since, meetingDate)) / 7);
  if (item.dueBy !== undefined && meetingDate > item.dueBy) value -= w.perDayOverdue * diffDays(item.dueBy, meetingDate);
  if (sponsorAway) value -= w.sponsorAway;
  return Math.max(1, Math.round(value));
}

/** Ordering by priority: urgent, nearest due date, filed first, then id. */
export function compareItemPriority(a: AgendaItem, b: AgendaItem): number {
  const urgent = (x: AgendaItem) => (x.urgency === "urgent" ? 0 : 1);
  return urgent(a) - urgent(b) || (a.dueBy ?? "9999-12-31").localeCompare(b.dueBy ?? "9999-12-31") || a.filedOn.localeCompare(b.filedOn) || a.id.localeCompare(b.id);
}
