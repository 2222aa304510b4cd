import { compareText } from "@yishi/domain";
import type { PlannedMeeting } from "@yishi/domain";
import type { CheckContext } from "./types.js";

/** Meetings holding one thing (a room, a person) at overlapping times on one day: each overlaps another of the group. */
export interface OverlapGroup {
  /** The room or person the meetings share. */
  key: string;
  date: string;
  /** By start, then id. */
  meetings: PlannedMeeting[];
}

interface Slot {
  meeting: PlannedMeeting;
  start: string;
  end: string;
}

const DAY_END = "24:00";

/**
 * The times a meeting holds on each of its days: start–end every day
 * (a conference sitting each day), or, when a multi-day meeting ends at an
 * earlier clock time than it starts (14:00 one day to 12:00 the next), from
 * its start to midnight, whole days between, and midnight to its end.
 */
function slotsOf(ctx: CheckContext, m: PlannedMeeting): [string, string, string][] {
  const days = ctx.meetingDays(m);
  if (m.end > m.start || days.length === 1) return days.map((d) => [d, m.start, m.end]);
  return days.map((d, i) => [d, i === 0 ? m.start : "00:00", i === days.length - 1 ? m.end : DAY_END]);
}

/**
 * Every group of scheduled meetings that share a key (`keysOf`: a meeting's
 * room, the people at it) and overlap in time on a day, found by a sweep over
 * each key's day sorted by start: a meeting starting before the latest end so
 * far joins the group. O(n log n) in the meetings' (key, day) slots, and one
 * group however many of its pairs clash, so 2,000 meetings in one room make
 * one group, not two million pairs. A group already found on an earlier day
 * (the same multi-day meetings) is not repeated. Groups come by key, then date.
 */
export function overlappingGroups(ctx: CheckContext, keysOf: (m: PlannedMeeting) => readonly string[]): OverlapGroup[] {
  const byKeyDay = new Map<string, Map<string, Slot[]>>();
  for (const list of ctx.meetingsByType.values()) {
    for (const meeting of list) {
      const keys = keysOf(meeting);
      if (keys.length === 0) continue;
      const slots = slotsOf(ctx, meeting);
      for (const key of keys) {
        let days = byKeyDay.get(key);
        if (days === undefined) byKeyDay.set(key, (days = new Map()));
        for (const [date, start, end] of slots) {
          const at = days.get(date);
          if (at === undefined) days.set(date, [{ meeting, start, end }]);
          else at.push({ meeting, start, end });
        }
      }
    }
  }
  const out: OverlapGroup[] = [];
  for (const key of [...byKeyDay.keys()].sort(compareText)) {
    const days = byKeyDay.get(key)!;
    const seen = new Set<string>();
    for (const date of [...days.keys()].sort(compareText)) {
      const slots = days.get(date)!;
      if (slots.length < 2) continue;
      slots.sort((a, b) => compareText(a.start, b.start) || compareText(a.meeting.id, b.meeting.id));
      let group: Slot[] = [];
      let latest = "";
      const close = () => {
        if (group.length < 2) return;
        const meetings = group.map((s) => s.meeting);
        const id = meetings.map((m) => m.id).join("\u0000");
        if (seen.has(id)) return;
        seen.add(id);
        out.push({ key, date, meetings });
      };
      for (const slot of slots) {
        if (group.length > 0 && slot.start < latest) {
          group.push(slot);
          if (slot.end > latest) latest = slot.end;
          continue;
        }
        close();
        group = [slot];
        latest = slot.end;
      }
      close();
    }
  }
  return out;
}

/** At most this many meetings are named in one message; the violation's subjects list them all. */
const NAMED = 5;

/** "A（09:00–11:00）、B（…）等N个" / "A (09:00–11:00), B (…) and N more": a group's meetings, the first few named. */
export function listMeetings(ctx: CheckContext, meetings: readonly PlannedMeeting[], withTimes: boolean): { zh: string; en: string } {
  const shown = meetings.slice(0, NAMED);
  const rest = meetings.length - shown.length;
  const zh = shown.map((m) => `${ctx.meetingName(m).zh}${withTimes ? `（${m.start}–${m.end}）` : ""}`).join("、");
  const en = shown.map((m) => `${ctx.meetingName(m).en}${withTimes ? ` (${m.start}–${m.end})` : ""}`).join(", ");
  return { zh: rest > 0 ? `${zh}等${meetings.length}个会议` : zh, en: rest > 0 ? `${en} and ${rest} more` : en };
}
