import type { PlannedMeeting, Violation } from "@yishi/domain";
import type { BuiltinCheck } from "./types.js";
import { makeSpecViolation } from "./make-violation.js";
import { listMeetings, overlappingGroups } from "./overlap.js";
import { shortenName } from "./shorten-name.js";

/**
 * Two meetings in one room at once. Cites the room in the spec. Meetings
 * clashing in a chain on one day are one violation naming them all (one
 * group, not every pair), so the report stays as long as the plan.
 */
export const specRoomConflict: BuiltinCheck = {
  id: "spec.room-conflict",
  evaluate(ctx) {
    const out: Violation[] = [];
    const roomIndex = new Map(ctx.spec.rooms.map((r, i) => [r.id, i] as const));
    for (const { key, date, meetings } of overlappingGroups(ctx, (m) => (m.room === undefined ? [] : [m.room]))) {
      const index = roomIndex.get(key) ?? -1;
      const room = shortenName(ctx.spec.rooms[index]?.name ?? key);
      const [a, b] = meetings as [PlannedMeeting, PlannedMeeting];
      out.push(
        makeSpecViolation(
          "spec.room-conflict",
          { jurisdiction: ctx.spec.organization.name, article: `rooms[${index}]`, text: `${room}同一时间只能安排一个会议` },
          meetings.length === 2
            ? {
                zh: `${room}在${date}同时安排了${ctx.meetingName(a).zh}（${a.start}–${a.end}）和${ctx.meetingName(b).zh}（${b.start}–${b.end}）`,
                en: `${room} holds both ${ctx.meetingName(a).en} (${a.start}–${a.end}) and ${ctx.meetingName(b).en} (${b.start}–${b.end}) on ${date}`,
              }
            : {
                zh: `${room}在${date}同时段安排了${meetings.length}个时间交叠的会议：${listMeetings(ctx, meetings, true).zh}`,
                en: `${room} holds ${meetings.length} meetings at overlapping times on ${date}: ${listMeetings(ctx, meetings, true).en}`,
              },
          { meetings: meetings.map((m) => m.id), dates: [date] },
          { zh: "一个会议室同一时间只能开一个会。改用其他会议室或错开时间。", en: "A room holds one meeting at a time. Use another room or another time." },
        ),
      );
    }
    return out;
  },
};
