import { compareText } from "@yishi/domain";
import type { AgendaItem } from "@yishi/domain";
import { diffDays } from "@yishi/calendar";

/**
 * Whole-number weights of placing an item at a meeting: the objective the
 * assignment maximises. Placing anything is worth far more than any
 * preference, so no item is left out to favour another's order; among items
 * competing for room, urgent ones come first, then those closest to their
 * due date, then those that have waited longest (ageing, so nothing starves),
 * and among items still tied the one filed first (see filingOrder). Later
 * meetings cost a little per week, and much per day past the due date.
 */
export const AGENDA_WEIGHTS = {
  place: 1000,
  urgent: 600,
  /** Up to this much for a due date at the period's start, less per day further away. */
  dueSoon: 300,
  /** Per day between filing and the period's end (a fixed age per item), up to `ageingCap`. */
  ageingPerDay: 2,
  /** Keeps age below urgency (dueSoon + ageingCap < urgent); older items are ordered by filingOrder instead. */
  ageingCap: 150,
  /** Per whole week between the period's start and the meeting (the same for every item at a meeting). */
  perWeekLater: 4,
  /** Per day the meeting is after the item's due date. */
  perDayOverdue: 10,
  /** Soft: the responsible leader or unit head cannot attend (where the profile has no hard rule). */
  sponsorAway: 400,
} as const;

/**
 * Filing order among the items whose ageing is capped (filed `ageingCap /
 * ageingPerDay` days or more before the period's end), which the weights
 * above cannot tell apart. Weights are multiplied by `scale` and the item's
 * `rank` (0 for the latest such filing date, one more per earlier date) is
 * added: below one unit of every other weight, so it decides only between
 * items that would otherwise tie, whatever their age, and with at most one
 * such date (scale 1, rank 0) the weights are unchanged.
 */
export interface FilingOrder {
  scale: number;
  rank(item: AgendaItem): number;
}

export const NO_FILING_ORDER: FilingOrder = { scale: 1, rank: () => 0 };

export function filingOrder(items: readonly AgendaItem[], period: { to: string }): FilingOrder {
  const w = AGENDA_WEIGHTS;
  const capped = (date: string) => w.ageingPerDay * diffDays(date, period.to) >= w.ageingCap;
  const dates = [...new Set(items.map((i) => i.filedOn).filter(capped))].sort().reverse();
  const rankOf = new Map(dates.map((d, k) => [d, k]));
  return { scale: Math.max(1, dates.length), rank: (item) => rankOf.get(item.filedOn) ?? 0 };
}

function basePriority(item: AgendaItem, period: { from: string; to: string }): number {
  const w = AGENDA_WEIGHTS;
  let value = w.place;
  if (item.urgency === "urgent") value += w.urgent;
  if (item.dueBy !== undefined) value += Math.max(0, w.dueSoon - Math.max(0, diffDays(period.from, item.dueBy)));
  // Age is measured to a fixed date so it ranks items without pulling any to a later meeting.
  value += Math.min(w.ageingCap, w.ageingPerDay * Math.max(0, diffDays(item.filedOn, period.to)));
  return value;
}

/** The item's priority regardless of meeting: what ordering and exchange use. */
export function itemPriority(item: AgendaItem, period: { from: string; to: string }, order: FilingOrder = NO_FILING_ORDER): number {
  return order.scale * basePriority(item, period) + order.rank(item);
}

export function placementWeight(item: AgendaItem, meetingDate: string, period: { from: string; to: string }, sponsorAway: boolean, order: FilingOrder = NO_FILING_ORDER): number {
  const w = AGENDA_WEIGHTS;
  let value = basePriority(item, period);
  // Counted from the period's start, not from filing: from filing, an item filed a day earlier could
  // cross one more week boundary at the same meeting and lose its place to the later one.
  value -= w.perWeekLater * Math.floor(Math.max(0, diffDays(period.from, meetingDate)) / 7);
  if (item.dueBy !== undefined && meetingDate > item.dueBy) value -= w.perDayOverdue * diffDays(item.dueBy, meetingDate);
  if (sponsorAway) value -= w.sponsorAway;
  return order.scale * Math.max(1, Math.round(value)) + order.rank(item);
}

/** Ordering by priority: urgent, nearest due date, filed first, then id. */
export function compareItemPriority(a: AgendaItem, b: AgendaItem): number {
  const urgent = (x: AgendaItem) => (x.urgency === "urgent" ? 0 : 1);
  return urgent(a) - urgent(b) || compareText(a.dueBy ?? "9999-12-31", b.dueBy ?? "9999-12-31") || compareText(a.filedOn, b.filedOn) || compareText(a.id, b.id);
}
