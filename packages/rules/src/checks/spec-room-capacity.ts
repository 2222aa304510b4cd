import type { Violation } from "@yishi/domain";
import type { BuiltinCheck } from "./types.js";
import { makeSpecViolation } from "./make-violation.js";
import { shortenName } from "./shorten-name.js";

/**
 * A meeting held in a room that seats fewer than the people expected at it
 * (the plan's `expected`: the body's members and attendees), where the spec
 * gives the room a `capacity`. Everyone expected counts, away or not: a seat
 * is kept for each, and an absent member may send a stand-in. Cites the room
 * in the spec, like spec.room-conflict.
 */
export const specRoomCapacity: BuiltinCheck = {
  id: "spec.room-capacity",
  evaluate(ctx) {
    const out: Violation[] = [];
    const roomIndex = new Map(ctx.spec.rooms.map((r, i) => [r.id, i] as const));
    for (const list of ctx.meetingsByType.values()) {
      for (const m of list) {
        const index = m.room === undefined ? undefined : roomIndex.get(m.room);
        const room = index === undefined ? undefined : ctx.spec.rooms[index]!;
        if (room?.capacity === undefined) continue;
        const expected = new Set(ctx.expectedAt(m)).size;
        if (expected <= room.capacity) continue;
        const name = shortenName(room.name);
        out.push(
          makeSpecViolation(
            "spec.room-capacity",
            { jurisdiction: ctx.spec.organization.name, article: `rooms[${index}]`, text: `${name}可容纳${room.capacity}人` },
            {
              zh: `${ctx.meetingName(m).zh}安排在${name}，应到${expected}人，该会议室只能容纳${room.capacity}人`,
              en: `${ctx.meetingName(m).en} is held in ${name}, which seats ${room.capacity}; ${expected} people are expected`,
            },
            { meetings: [m.id], dates: ctx.meetingDays(m) },
            {
              zh: `spec 的 rooms[${index}] 记录${name}可容纳${room.capacity}人。改用能容纳全部应到人员的会议室。`,
              en: `The spec's rooms[${index}] gives ${name} ${room.capacity} seats. Hold the meeting in a room that seats everyone expected.`,
            },
          ),
        );
      }
    }
    return out;
  },
};
