import type { RuleCheck } from "./types.js";
import { makeViolation } from "./make-violation.js";

/** 会议地点固定在… (西城区 附件1 二.1): the room the rule names, by room id or name. */
export const calendarFixedRoom: RuleCheck<"calendar.fixed-room"> = {
  id: "calendar.fixed-room",
  evaluate(ctx, rule, params) {
    const roomName = (id: string | undefined) => (id === undefined ? undefined : (ctx.spec.rooms.find((r) => r.id === id)?.name ?? id));
    return ctx
      .meetingsInScope(rule)
      .filter((m) => m.room !== params.room && roomName(m.room) !== params.room)
      .map((m) => {
        const want = roomName(params.room) ?? params.room;
        const where = roomName(m.room);
        return makeViolation(
          rule,
          {
            zh: `${ctx.meetingName(m).zh}${where === undefined ? "未安排会议室" : `安排在${where}`}，应在${want}`,
            en: `${ctx.meetingName(m).en} is ${where === undefined ? "given no room" : `in ${where}`}; it is held in ${want}`,
          },
          { meetings: [m.id], dates: [m.date] },
        );
      });
  },
};
