import { compareText } from "@yishi/domain";
import type { PlannedMeeting } from "@yishi/domain";
import type { CheckContext } from "./types.js";

/** Scheduled meeting pairs that share a day and overlap in time, in date order. */
export function overlappingPairs(ctx: CheckContext): [PlannedMeeting, PlannedMeeting, string][] {
  const all = [...ctx.meetingsByType.values()].flat().sort((a, b) => compareText(a.date, b.date) || compareText(a.start, b.start) || compareText(a.id, b.id));
  const out: [PlannedMeeting, PlannedMeeting, string][] = [];
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const a = all[i]!;
      const b = all[j]!;
      const daysA = ctx.meetingDays(a);
      if (b.date > daysA.at(-1)!) break;
      const shared = ctx.meetingDays(b).find((d) => daysA.includes(d));
      if (shared !== undefined && a.start < b.end && b.start < a.end) out.push([a, b, shared]);
    }
  }
  return out;
}
