import type { MeetingSeries, PlannedMeeting, Violation } from "@yishi/domain";
import type { BuiltinCheck, CheckContext } from "./types.js";
import { makeSpecViolation } from "./make-violation.js";
import { shortenName } from "./shorten-name.js";

/**
 * A series' meeting held outside the rooms its spec gives it: its fixed
 * `room`, one of its pool `rooms`, or the room its pinned occurrence of that
 * day names (the spec's own exception). Meetings of a series that names no
 * room, and meetings of no series (topic meetings created for a request), are
 * not judged. Cites the series' field in the spec.
 */
export const specSeriesRoom: BuiltinCheck = {
  id: "spec.series-room",
  evaluate(ctx) {
    const out: Violation[] = [];
    const seriesIndex = new Map(ctx.spec.series.map((s, i) => [s.id, i] as const));
    for (const list of ctx.meetingsByType.values()) {
      for (const m of list) {
        const index = m.series === undefined ? undefined : seriesIndex.get(m.series);
        if (index === undefined) continue;
        const series = ctx.spec.series[index]!;
        const allowed = series.rooms ?? (series.room !== undefined ? [series.room] : []);
        if (allowed.length === 0) continue;
        const pinned = series.pinned.find((p) => p.date === m.date)?.room;
        if (m.room !== undefined && (allowed.includes(m.room) || m.room === pinned)) continue;
        out.push(violationOf(ctx, m, series, index, allowed));
      }
    }
    return out;
  },
};

function violationOf(ctx: CheckContext, m: PlannedMeeting, series: MeetingSeries, index: number, allowed: string[]): Violation {
  const roomName = (id: string) => shortenName(ctx.spec.rooms.find((r) => r.id === id)?.name ?? id);
  const field = series.rooms !== undefined ? "rooms" : "room";
  const names = { zh: allowed.map(roomName).join("、"), en: allowed.map(roomName).join(", ") };
  const seriesName = shortenName(series.name);
  const message =
    m.room === undefined
      ? { zh: `${ctx.meetingName(m).zh}没有安排会议室，本系列应在${names.zh}召开`, en: `${ctx.meetingName(m).en} has no room; the series meets in ${names.en}` }
      : {
          zh: `${ctx.meetingName(m).zh}安排在${roomName(m.room)}，不在本系列的会议室（${names.zh}）之内`,
          en: `${ctx.meetingName(m).en} is held in ${roomName(m.room)}, not one of the series' rooms (${names.en})`,
        };
  return makeSpecViolation(
    "spec.series-room",
    { jurisdiction: ctx.spec.organization.name, article: `series[${index}].${field}`, text: `${seriesName}在${names.zh}召开` },
    message,
    { meetings: [m.id], dates: ctx.meetingDays(m) },
    {
      zh: `spec 的 series[${index}].${field} 规定本系列使用的会议室。改用其中之一，或在 spec 中为该日的指定日期（pinned）写明会议室。`,
      en: `The spec's series[${index}].${field} gives the rooms this series uses. Use one of them, or name the room on a pinned occurrence of that day in the spec.`,
    },
  );
}
