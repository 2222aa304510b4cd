import type { PlannedMeeting } from "@yishi/domain";
import type { AssignmentMeeting } from "./assignment-problem.js";
import type { ItemEligibility } from "./eligibility.js";

/**
 * A re-plan's kept agenda placements: each item stays on the meeting the
 * previous plan put it on while that meeting is still held and the item still
 * qualifies there (lead times, reviews, attendance) and fits what is left of
 * the meeting's count and minutes, taken in the previous agenda's order.
 * Returns item index → meeting index; `capacity` is reduced by what is kept,
 * so the assignment only shares out what remains.
 */
export function keepPlacements(
  assessed: readonly ItemEligibility[],
  meetings: readonly PlannedMeeting[],
  capacity: AssignmentMeeting[],
  keep: ReadonlyMap<string, string> | undefined,
): Map<number, number> {
  const fixed = new Map<number, number>();
  if (keep === undefined || keep.size === 0) return fixed;
  const meetingIndex = new Map(meetings.map((m, k) => [m.id, k]));
  const order = (i: number) => {
    const m = meetings[meetingIndex.get(keep.get(assessed[i]!.item.id)!)!]!;
    return m.agenda.findIndex((e) => e.item === assessed[i]!.item.id);
  };
  const candidates = assessed.flatMap((e, i) => (keep.has(e.item.id) && meetingIndex.has(keep.get(e.item.id)!) ? [i] : [])).sort((a, b) => order(a) - order(b) || a - b);
  for (const i of candidates) {
    const k = meetingIndex.get(keep.get(assessed[i]!.item.id)!)!;
    const option = assessed[i]!.options.find((o) => o.meeting.id === meetings[k]!.id);
    const cap = capacity[k]!;
    if (option === undefined || option.failure !== undefined || cap.maxItems < 1 || option.minutes > cap.maxMinutes) continue;
    capacity[k] = { ...cap, maxItems: cap.maxItems - 1, maxMinutes: cap.maxMinutes - option.minutes };
    fixed.set(i, k);
  }
  return fixed;
}
