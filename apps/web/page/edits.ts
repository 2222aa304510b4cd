// The planner's edits, as pure functions from one plan to the next: the page
// keeps every plan it has shown (undo, redo) and judges each new one with the
// rules package. Nothing here decides whether an edit is allowed: the checker
// says what it breaks.
import { addDays, diffDays } from "@yishi/calendar";
import { compareText, type Absence, type AbsentMember, type Blackout, type Plan, type PlannedMeeting, type Spec } from "@yishi/domain";
import { applyChanges } from "@yishi/solver";
import { clockToMinutes, minutesToClock } from "./clock.js";

function replaceMeeting(plan: Plan, id: string, update: (m: PlannedMeeting) => PlannedMeeting): Plan {
  return { ...plan, meetings: plan.meetings.map((m) => (m.id === id ? update(m) : m)) };
}

function sortMeetings(meetings: PlannedMeeting[]): PlannedMeeting[] {
  return [...meetings].sort((a, b) => compareText(a.date, b.date) || compareText(a.start, b.start) || compareText(a.id, b.id));
}

/** Every absence the plan is judged with: the spec's and the facts added since. */
export function absencesOf(plan: Plan, spec: Spec | undefined): Absence[] {
  return [...(spec?.absences ?? []), ...(plan.facts?.absences ?? [])];
}

/**
 * Who of those expected is away on the meeting's days, as the planner lists
 * them (kind, reason, stand-in), and the quorum count that follows: the
 * record a moved meeting or a new absence changes.
 */
export function relistAbsent(meeting: PlannedMeeting, absences: readonly Absence[]): PlannedMeeting {
  const last = meeting.endDate ?? meeting.date;
  const absent: AbsentMember[] = [];
  for (const person of meeting.expected) {
    const a = absences.find((x) => x.person === person && x.from <= last && meeting.date <= x.to);
    if (a) absent.push({ person, kind: a.kind, ...(a.reason !== undefined ? { reason: a.reason } : {}), ...(a.substitute !== undefined ? { substitute: a.substitute } : {}) });
  }
  if (meeting.quorum === undefined) return { ...meeting, absent };
  const wasAway = meeting.quorum.members - meeting.quorum.present;
  const away = Math.min(meeting.quorum.members, Math.max(0, wasAway + absent.length - meeting.absent.length));
  const present = meeting.quorum.members - away;
  return { ...meeting, absent, quorum: { ...meeting.quorum, present, holds: present >= meeting.quorum.required } };
}

export interface MeetingSlot {
  date: string;
  start?: string;
  room?: string;
}

/** The meeting at another day, time or room; it keeps its length, and its agenda moves with it. */
export function moveMeeting(plan: Plan, spec: Spec | undefined, id: string, to: MeetingSlot): Plan {
  const absences = absencesOf(plan, spec);
  const moved = replaceMeeting(plan, id, (m) => {
    const start = to.start ?? m.start;
    const shift = clockToMinutes(start) - clockToMinutes(m.start);
    const days = diffDays(m.date, to.date);
    const next: PlannedMeeting = {
      ...m,
      date: to.date,
      start,
      end: minutesToClock(clockToMinutes(m.end) + shift),
      ...(m.endDate !== undefined ? { endDate: addDays(m.endDate, days) } : {}),
      ...(to.room !== undefined ? { room: to.room } : {}),
      agenda: m.agenda.map((a) => ({ ...a, start: minutesToClock(clockToMinutes(a.start) + shift) })),
    };
    return relistAbsent(next, absences);
  });
  return { ...moved, meetings: sortMeetings(moved.meetings) };
}

export function setMeetingStatus(plan: Plan, id: string, status: PlannedMeeting["status"]): Plan {
  return replaceMeeting(plan, id, (m) => ({ ...m, status }));
}

export function setPinned(plan: Plan, id: string, pinned: boolean): Plan {
  return replaceMeeting(plan, id, (m) => ({ ...m, pinned }));
}

/**
 * A session of a series beyond its cadence (必要时随时召开), with its reason:
 * a copy of the series' nearest occurrence (time, room, convener, who is
 * expected) on `date`, with an empty agenda and the next free number. Pinned,
 * so a re-plan keeps it where the planner put it.
 */
export function addExtraSession(plan: Plan, spec: Spec | undefined, series: string, date: string, reason: string): Plan {
  const siblings = plan.meetings.filter((m) => m.series === series);
  const model = [...siblings].sort((a, b) => Math.abs(diffDays(a.date, date)) - Math.abs(diffDays(b.date, date)))[0];
  const definition = spec?.series.find((s) => s.id === series);
  if (model === undefined && definition === undefined) throw new Error(`no series ${series}`);
  const numbers = plan.meetings.map((m) => /#(\d+)$/.exec(m.id)).filter((x) => x !== null && x.input.startsWith(`${series}#`)).map((x) => Number(x![1]));
  const id = `${series}#${numbers.reduce((a, b) => Math.max(a, b), 0) + 1}`;
  const name = definition?.name ?? model!.title.replace(/（[^）]*）$/, "");
  const meeting: PlannedMeeting = {
    id,
    series,
    type: model?.type ?? definition!.type,
    title: `${name}（临时会议）`,
    date,
    start: model?.start ?? definition!.start,
    end: model?.end ?? minutesToClock(clockToMinutes(definition!.start) + definition!.durationMinutes),
    ...(model?.room !== undefined ? { room: model.room } : definition?.room !== undefined ? { room: definition.room } : {}),
    ...(model?.convener !== undefined ? { convener: model.convener } : {}),
    expected: model?.expected ?? [],
    absent: model?.absent ?? [],
    ...(model?.quorum !== undefined ? { quorum: model.quorum } : {}),
    pinned: true,
    extra: { reason },
    status: "scheduled",
    sequence: 0,
    agenda: [],
    speeches: [],
  };
  const fresh = relistAbsent(meeting, absencesOf(plan, spec));
  return { ...plan, meetings: sortMeetings([...plan.meetings, fresh]) };
}

/** Agenda entries numbered 1.. and timed back to back from the meeting's start. */
function retime(meeting: PlannedMeeting, items: PlannedMeeting["agenda"]): PlannedMeeting {
  let at = clockToMinutes(meeting.start);
  const agenda = items.map((a, i) => {
    const entry = { ...a, order: i + 1, start: minutesToClock(at) };
    at += a.minutes;
    return entry;
  });
  return { ...meeting, agenda };
}

const ordered = (m: PlannedMeeting) => [...m.agenda].sort((a, b) => a.order - b.order);

/** Moves an item one place up (-1) or down (+1) on its meeting's agenda. */
export function reorderItem(plan: Plan, meetingId: string, item: string, delta: -1 | 1): Plan {
  return replaceMeeting(plan, meetingId, (m) => {
    const items = ordered(m);
    const i = items.findIndex((a) => a.item === item);
    const j = i + delta;
    if (i < 0 || j < 0 || j >= items.length) return m;
    [items[i], items[j]] = [items[j]!, items[i]!];
    return retime(m, items);
  });
}

/**
 * Puts an item at the end of another meeting's agenda: from a meeting, or
 * from the unplaced list (`from` undefined), which it then leaves.
 */
export function moveItem(plan: Plan, item: string, from: string | undefined, to: string, minutes: number): Plan {
  const entry = from === undefined ? undefined : plan.meetings.find((m) => m.id === from)?.agenda.find((a) => a.item === item);
  let next = from === undefined ? plan : replaceMeeting(plan, from, (m) => retime(m, ordered(m).filter((a) => a.item !== item)));
  next = replaceMeeting(next, to, (m) => retime(m, [...ordered(m), { item, order: 0, start: m.start, minutes: entry?.minutes ?? minutes }]));
  return { ...next, unplacedItems: next.unplacedItems.filter((u) => u.item !== item) };
}

/** Takes an item off its meeting's agenda; it joins the unplaced items with the planner as the reason. */
export function dropItem(plan: Plan, meetingId: string, item: string): Plan {
  const next = replaceMeeting(plan, meetingId, (m) => retime(m, ordered(m).filter((a) => a.item !== item)));
  const withdrawn = { item, reason: "withdrawn" as const, message: { zh: `由编排人员从${meetingId}的议程中移出`, en: `taken off the agenda of ${meetingId} by the planner` } };
  return { ...next, unplacedItems: [...next.unplacedItems.filter((u) => u.item !== item), withdrawn].sort((a, b) => compareText(a.item, b.item)) };
}

/** Hands a duty seat to someone else (the same change `yishi roster swap` makes). */
export function setDuty(plan: Plan, seat: { date: string; post: string; person: string }, to: string): Plan {
  return { ...plan, roster: applyChanges(plan.roster, [{ date: seat.date, post: seat.post, from: seat.person, to }]) };
}

/** Duty changes as a whole (a replacement that swaps two or three people's duties). */
export function applyDutyChanges(plan: Plan, changes: { date: string; post: string; from: string; to: string }[]): Plan {
  return { ...plan, roster: applyChanges(plan.roster, changes) };
}

const factsOf = (plan: Plan) => plan.facts ?? { absences: [], blackouts: [] };

/** A leave or trip learnt since planning: a fact the plan is judged with, and the meetings it falls on list the person away. */
export function addAbsence(plan: Plan, spec: Spec | undefined, absence: Absence): Plan {
  const facts = { ...factsOf(plan), absences: [...factsOf(plan).absences, absence] };
  const next = { ...plan, facts };
  const absences = absencesOf(next, spec);
  return { ...next, meetings: next.meetings.map((m) => (m.expected.includes(absence.person) && m.date <= absence.to && (m.endDate ?? m.date) >= absence.from ? relistAbsent(m, absences) : m)) };
}

export function addBlackout(plan: Plan, blackout: Blackout): Plan {
  return { ...plan, facts: { ...factsOf(plan), blackouts: [...factsOf(plan).blackouts, blackout] } };
}

/** Removes a fact added earlier (the i-th of its kind); meetings it fell on are relisted. */
export function removeFact(plan: Plan, spec: Spec | undefined, kind: "absences" | "blackouts", index: number): Plan {
  const facts = factsOf(plan);
  if (kind === "blackouts") return { ...plan, facts: { ...facts, blackouts: facts.blackouts.filter((_, i) => i !== index) } };
  const gone = facts.absences[index];
  const next = { ...plan, facts: { ...facts, absences: facts.absences.filter((_, i) => i !== index) } };
  if (gone === undefined) return next;
  const absences = absencesOf(next, spec);
  return { ...next, meetings: next.meetings.map((m) => (m.expected.includes(gone.person) && m.date <= gone.to && (m.endDate ?? m.date) >= gone.from ? relistAbsent(m, absences) : m)) };
}
