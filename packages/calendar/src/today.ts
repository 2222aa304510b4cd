import { DateTime } from "luxon";

export const CHINA_ZONE = "Asia/Shanghai";

/** The calendar date in Asia/Shanghai at instant `now`, whatever the host's zone. */
export function todayInShanghai(now: Date = new Date()): string {
  const date = DateTime.fromJSDate(now, { zone: CHINA_ZONE }).toISODate();
  if (date === null) throw new RangeError(`not a valid instant: ${String(now)}`);
  return date;
}
