import type { Violation } from "@yishi/domain";
import type { BuiltinCheck } from "./types.js";
import { makeSpecViolation } from "./make-violation.js";
import { overlappingPairs } from "./overlap.js";

/** Two meetings in one room at once. Cites the room in the spec. */
export const specRoomConflict: BuiltinCheck = {
  id: "spec.room-conflict",
  evaluate(ctx) {
    const out: Violation[] = [];
    for (const [a, b, date] of overlappingPairs(ctx)) {
      if (a.room === undefined || a.room !== b.room) continue;
      const index = ctx.spec.rooms.findIndex((r) => r.id === a.room);
      const room = ctx.spec.rooms[index]?.name ?? a.room;
      out.push(
        makeSpecViolation(
          "spec.room-conflict",
          { jurisdiction: ctx.spec.organization.name, article: `rooms[${index}]`, text: `${room}同一时间只能安排一个会议` },
          {
            zh: `${room}在${date}同时安排了${ctx.meetingName(a).zh}（${a.start}–${a.end}）和${ctx.meetingName(b).zh}（${b.start}–${b.end}）`,
            en: `${room} holds both ${ctx.meetingName(a).en} (${a.start}–${a.end}) and ${ctx.meetingName(b).en} (${b.start}–${b.end}) on ${date}`,
          },
          { meetings: [a.id, b.id], dates: [date] },
          { zh: "一个会议室同一时间只能开一个会。改用其他会议室或错开时间。", en: "A room holds one meeting at a time. Use another room or another time." },
        ),
      );
    }
    return out;
  },
};
