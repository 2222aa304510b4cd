import { maxOf } from "@yishi/domain";
import type { MeetingChange, PlannedMeeting } from "@yishi/domain";
import type { SeriesProblem } from "./build-sequence.js";
import { buildMeeting, meetingTitle } from "./build-meeting.js";
import type { Facts, PlanningPeriod } from "./meeting-input.js";

export interface SeriesOccurrences {
  meetings: PlannedMeeting[];
  changes: MeetingChange[];
}

/**
 * Turns a series' chosen nodes into meetings with ids `<series>#<n>`. In a
 * re-plan, an occurrence on a previous date keeps that id; the others are
 * paired with the previous ones left over in date order (moved: same id,
 * sequence raised, so calendars update in place); previous ones still left
 * are cancelled and new ones get the next free numbers.
 */
export function assignIds(
  problem: SeriesProblem,
  path: number[],
  period: PlanningPeriod,
  previous: PlannedMeeting[] | undefined,
  facts: Facts,
  /** A person's name for the planner-facing reasons (ids are not for people). */
  nameOf: (person: string | undefined) => string = (person) => person ?? "",
): SeriesOccurrences {
  const seriesId = problem.context.series.id;
  if (!previous) {
    return { meetings: path.map((n, i) => buildMeeting(problem, n, `${seriesId}#${i + 1}`, i + 1, period)), changes: [] };
  }
  const ordinal = (id: string) => Number(/#(\d+)$/.exec(id)?.[1] ?? 0);
  const inPeriod = previous.filter((m) => m.date >= period.from && m.date <= period.to).sort(byDate);
  const scheduled = inPeriod.filter((m) => m.status === "scheduled");
  const meetings: PlannedMeeting[] = inPeriod.filter((m) => m.status === "cancelled");
  const changes: MeetingChange[] = [];
  let next = maxOf(previous.map((m) => ordinal(m.id)), 0) + 1;

  const byPrevDate = new Map(scheduled.map((m) => [m.date, m] as const));
  const matched = new Set<string>();
  const fresh: number[] = [];
  for (const n of path) {
    const prev = byPrevDate.get(problem.nodes[n]!.date);
    if (prev && !facts.cancelled.has(prev.id)) {
      matched.add(prev.id);
      const m = buildMeeting(problem, n, prev.id, ordinal(prev.id), period);
      const reassigned = prev.convener !== m.convener;
      // Same day, another room (a pool's room taken now, or the spec's room changed): a move in place.
      const rehoused = prev.room !== m.room;
      meetings.push({ ...m, title: prev.title, sequence: prev.sequence + (reassigned || rehoused ? 1 : 0) });
      if (rehoused) changes.push(roomChange(problem, prev, m));
      if (reassigned) changes.push(convenerChange(prev, m, nameOf));
    } else fresh.push(n);
  }
  const leftover = scheduled.filter((m) => !matched.has(m.id));
  // Cancelled by the change first: they are not available to pair with a new date.
  const explicit = leftover.filter((m) => facts.cancelled.has(m.id));
  const movable = leftover.filter((m) => !facts.cancelled.has(m.id));
  fresh.forEach((n, i) => {
    const prev = movable[i];
    if (prev) {
      const m = buildMeeting(problem, n, prev.id, ordinal(prev.id), period);
      meetings.push({ ...m, title: prev.title, sequence: prev.sequence + 1 });
      changes.push({ meeting: prev.id, kind: "moved", from: { date: prev.date, start: prev.start }, to: { date: m.date, start: m.start }, reason: whyMoved(problem, prev.date, path.filter((x) => x !== n)) });
      // Moved to a day its convener is away: the change says who convenes now, too.
      if (prev.convener !== m.convener) changes.push(convenerChange(prev, m, nameOf));
    } else {
      const id = `${problem.context.series.id}#${next}`;
      const m = buildMeeting(problem, n, id, next, period);
      next++;
      meetings.push({ ...m, title: meetingTitle(problem.context.series.name, period, ordinal(id)) });
      changes.push({ meeting: id, kind: "added", to: { date: m.date, start: m.start }, reason: { zh: "为保持会议间隔新增一次", en: "added to keep the cadence" } });
    }
  });
  for (const prev of [...movable.slice(fresh.length), ...explicit]) {
    meetings.push({ ...prev, status: "cancelled", sequence: prev.sequence + 1 });
    const reason = facts.cancelled.has(prev.id)
      ? { zh: "按变更要求取消", en: "cancelled by the change" }
      : { zh: `取消：${whyMoved(problem, prev.date, path).zh}`, en: `cancelled: ${whyMoved(problem, prev.date, path).en}` };
    changes.push({ meeting: prev.id, kind: "cancelled", from: { date: prev.date, start: prev.start }, reason });
  }
  return { meetings, changes };
}

/** The occurrence is convened by someone else now (the convener is away that day). */
function convenerChange(prev: PlannedMeeting, m: PlannedMeeting, nameOf: (person: string | undefined) => string): MeetingChange {
  return changeOf("reassigned", prev, m, { zh: "召集人", en: "convener" }, prev.convener && nameOf(prev.convener), m.convener && nameOf(m.convener));
}

/** The occurrence keeps its day and time but not its room. */
function roomChange(problem: SeriesProblem, prev: PlannedMeeting, m: PlannedMeeting): MeetingChange {
  const name = (room: string | undefined) => room && (problem.context.roomNames?.get(room) ?? room);
  return changeOf("moved", prev, m, { zh: "会议室", en: "room" }, name(prev.room), name(m.room));
}

/** One fact of an occurrence changing from `was` to `now` (“召集人由张伟改为李娜”). */
function changeOf(kind: MeetingChange["kind"], prev: PlannedMeeting, m: PlannedMeeting, what: { zh: string; en: string }, was: string | undefined, now: string | undefined): MeetingChange {
  return {
    meeting: prev.id,
    kind,
    from: { date: prev.date, start: prev.start },
    to: { date: m.date, start: m.start },
    reason: { zh: `${what.zh}由${was || "（无）"}改为${now || "（无）"}`, en: `${what.en} changes from ${was || "(none)"} to ${now || "(none)"}` },
  };
}

/** Why the previous date no longer works: the hard rules it now breaks, or spacing. */
/** `others`: the series' other chosen nodes (not the moved occurrence's own new day). */
function whyMoved(problem: SeriesProblem, date: string, others: readonly number[]): { zh: string; en: string } {
  const day = problem.context.days.find((d) => d.date === date);
  if (day && day.blocks.length > 0) {
    return { zh: day.blocks.map((b) => b.message.zh).join("；"), en: day.blocks.map((b) => b.message.en).join("; ") };
  }
  // No rule blocks the old day: the spacing to a neighbour that had to move does.
  const old = day === undefined ? undefined : problem.context.days.indexOf(day);
  if (old !== undefined && Number.isFinite(problem.maxGap)) {
    const chosen = others.map((n) => problem.nodes[n]!).filter((n) => n.date !== date);
    const before = chosen.filter((n) => n.day < old).at(-1);
    const after = chosen.find((n) => n.day > old);
    for (const n of [before, after]) {
      if (n === undefined) continue;
      const gap = Math.abs(n.day - old);
      if (gap < problem.minGap || gap > problem.maxGap) {
        return {
          zh: `${date}与相邻一次（${n.date}）相隔${gap}天，不在本系列两次会议应有的${problem.minGap}至${problem.maxGap}天之内，随之调整`,
          en: `${date} would be ${gap} days from the neighbouring occurrence (${n.date}), outside the series' ${problem.minGap}–${problem.maxGap} days between meetings; moved with it`,
        };
      }
    }
  }
  return { zh: `${date}已不适合：为避开冲突或保持间隔而调整`, en: `${date} no longer fits: moved to avoid a clash or keep the spacing` };
}

function byDate(a: PlannedMeeting, b: PlannedMeeting): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
