import { compareText, maxOf } from "@yishi/domain";
import type { AgendaItem, AgendaNotice, MeetingType, PlannedMeeting, RuleProfile, SolveReport, Spec, UnplacedItem } from "@yishi/domain";
import type { WorkCalendar } from "@yishi/calendar";
import type { LpBackend } from "../backend/lp-model.js";
import { meetingCapacity, readAgendaRules, type AgendaRules } from "./agenda-rules.js";
import { assessItem, type EligibilityInput, type ItemEligibility } from "./eligibility.js";
import { explainUnplaced } from "./explain-unplaced.js";
import { orderAgenda } from "./order-agenda.js";
import { buildNotice } from "./agenda-notices.js";
import { scheduleTopicRequests } from "./topic-meetings.js";
import { solveAssignment } from "./solve-assignment.js";
import { attemptAssignmentProof } from "./prove-assignment.js";
import { toAssignmentLpModel } from "./assignment-lp-model.js";
import { filingOrder } from "./item-weight.js";
import { keepPlacements } from "./keep-placements.js";
import type { AssignmentProblem } from "./assignment-problem.js";

/** Meeting types whose agendas are allocated from filed items. */
export const AGENDA_MEETING_TYPES: readonly MeetingType[] = ["executive", "mayor-office", "topic"];

export interface AllocateAgendaInput {
  spec: Spec;
  profile: RuleProfile;
  calendar: WorkCalendar;
  period: { from: string; to: string; label?: string };
  /** The period's planned meetings (from planMeetings or a plan file). */
  meetings: readonly PlannedMeeting[];
  /**
   * The LP back end for small instances: their LP relaxation for a tighter
   * bound (only when given), and the branch and cut that proves an unproved
   * one (javascript-lp-solver when not given).
   */
  backend?: LpBackend;
  /**
   * A re-plan's previous placements (item id → meeting id): each is kept while
   * its meeting is among `meetings`, still held, and the item still qualifies
   * and fits there; only the rest is allocated afresh.
   */
  keep?: ReadonlyMap<string, string>;
}

export interface AgendaAllocation {
  /** Every input meeting (agendas filled) plus topic meetings created for requests, sorted. */
  meetings: PlannedMeeting[];
  unplaced: UnplacedItem[];
  notices: AgendaNotice[];
  solve: SolveReport[];
}

/** Small enough for the default LP back end's dense tableau. */
const LP_BOUND_MAX_PAIRS = 300;

/**
 * Places filed items (议题) into the period's meetings under the profile's
 * rules: eligibility per item and meeting (eligibility.ts), topic requests
 * into standing or new topic meetings (topic-meetings.ts), the rest by an
 * exact-neighbourhood search with a Lagrangian bound (solve-assignment.ts),
 * and small programs it leaves unproved by branch and cut (prove-assignment.ts);
 * then each agenda is ordered by leader and timed, notices are written and
 * every item left out is explained.
 */
export async function allocateAgenda(input: AllocateAgendaInput): Promise<AgendaAllocation> {
  const { spec, profile, calendar, period } = input;
  const rulesCache = new Map<MeetingType, AgendaRules>();
  const rulesOf = (type: MeetingType) => rulesCache.get(type) ?? rulesCache.set(type, readAgendaRules(profile, type)).get(type)!;
  const inPeriod = input.meetings
    .filter((m) => m.status !== "cancelled" && AGENDA_MEETING_TYPES.includes(m.type) && m.date >= period.from && m.date <= period.to)
    .sort(compareMeetings);
  const base: EligibilityInput = { spec, profile, calendar, period, meetings: inPeriod, rulesOf };
  const items = [...spec.agendaItems].sort((a, b) => compareText(a.id, b.id));

  // Topic requests first: they may add meetings.
  const topicItems = items.filter((i) => i.meetingType === "topic" && assessItem(base, i).types[0] === "topic");
  const topics = scheduleTopicRequests(base, topicItems, rulesOf("topic"), input.meetings, input.keep);
  const topicIds = new Set(topicItems.map((i) => i.id));

  // The rest: an assignment problem over standing executive and mayor's office meetings.
  const meetings = inPeriod.filter((m) => m.type !== "topic");
  const rest = items.filter((i) => !topicIds.has(i.id));
  const order = filingOrder(rest, period);
  const assessed: ItemEligibility[] = rest.map((i) => assessItem({ ...base, meetings, filingOrder: order }, i));
  const mayApprove = (m: PlannedMeeting) => (person: string) =>
    spec.people.find((p) => p.id === person)?.roles.includes("mayor") === true || bodyOf(spec, m)?.convener === person;
  const capacity = meetings.map((m) => meetingCapacity(rulesOf(m.type), m, spec.capApprovals, mayApprove(m)));
  // Kept placements take their share first; the assignment shares out what is left (the kept items get no pairs).
  const limits = capacity.map((c) => ({ maxItems: c.maxItems, maxMinutes: c.maxMinutes }));
  const fixed = keepPlacements(assessed, meetings, limits, input.keep);
  const problem: AssignmentProblem = { items: assessed.map((e) => ({ minutes: e.options[0]?.minutes ?? 1 })), meetings: limits, pairs: [] };
  const meetingIndex = new Map(meetings.map((m, k) => [m.id, k]));
  assessed.forEach((e, i) => {
    if (fixed.has(i)) return;
    for (const o of e.options) {
      const m = meetingIndex.get(o.meeting.id)!;
      if (o.failure === undefined && o.minutes <= limits[m]!.maxMinutes) problem.pairs.push({ item: i, meeting: m, weight: o.weight });
    }
  });
  // Minutes may differ per meeting (report limits differ by type); the
  // assignment takes one size per item, so use the largest (safe).
  assessed.forEach((e, i) => (problem.items[i] = { minutes: maxOf(e.options.map((o) => o.minutes), 1) }));
  const searched = solveAssignment(problem);
  // Programs the bounds leave unproved: an LP bound with cuts of our own, then (small ones) branch and cut within a node count (prove-assignment.ts).
  const attempt = searched.optimal ? undefined : await attemptAssignmentProof(problem, searched, input.backend);
  const proof = attempt?.proof;
  const result = proof === undefined ? searched : { ...searched, meetingOf: proof.meetingOf, objective: proof.objective, bound: proof.objective, optimal: true, boundKind: proof.kind };
  let bound = result.bound;
  // Unproved, the LP with cuts may still bound what is left to gain better than the search did.
  const proofBound = proof === undefined && attempt?.boundBy !== undefined && Math.floor(attempt.bound + 1e-6) < Math.floor(bound + 1e-6) ? attempt : undefined;
  if (proofBound !== undefined) bound = proofBound.bound;
  const notes = [`${problem.items.length} items, ${meetings.length} meetings, ${problem.pairs.length} eligible placements; bound: ${proofBound?.boundBy ?? result.boundKind}`];
  if (proof !== undefined) notes.push(proof.note);
  if (proofBound !== undefined) {
    const by = proofBound.boundBy === "cutting-planes" ? "the LP bound with cuts" : "the item-priced bound, once the placements that cannot beat the plan were excluded";
    notes.push(`not proved optimal: ${by} leaves at most ${Math.floor(bound + 1e-6) - result.objective} to gain (the search's own bound ${Math.floor(result.bound + 1e-6) - result.objective})`);
  }
  if (!result.optimal && input.backend !== undefined && problem.pairs.length <= LP_BOUND_MAX_PAIRS) {
    const lp = await input.backend.solve(toAssignmentLpModel(problem, { relax: true }));
    if (lp.status === "optimal" && lp.objective < bound) {
      bound = Math.max(result.objective, lp.objective);
      notes.push(`LP relaxation (${lp.backend}) bound ${lp.objective}`);
    }
  }
  const optimal = Math.floor(bound + 1e-6) <= result.objective;

  // Agendas, notices and explanations.
  const placedAt = new Map<string, { item: AgendaItem; minutes: number }[]>();
  const place = (meetingId: string, item: AgendaItem, minutes: number) => placedAt.set(meetingId, [...(placedAt.get(meetingId) ?? []), { item, minutes }]);
  assessed.forEach((e, i) => {
    const m = fixed.get(i) ?? result.meetingOf[i]!;
    if (m >= 0) place(meetings[m]!.id, e.item, e.options.find((o) => o.meeting.id === meetings[m]!.id)!.minutes);
  });
  for (const item of topicItems) {
    const id = topics.placement.get(item.id);
    if (id === undefined) continue;
    const rules = rulesOf("topic");
    place(id, item, item.isReport && rules.reportMinutes !== undefined ? Math.min(item.estimatedMinutes, rules.reportMinutes) : item.estimatedMinutes);
  }
  const people = new Map(spec.people.map((p) => [p.id, p]));
  const itemsById = new Map(items.map((i) => [i.id, i]));
  const notices: AgendaNotice[] = [];
  const out = [...input.meetings, ...topics.created].map((m) => {
    const placed = placedAt.get(m.id);
    // This planner decides every agenda in its scope: earlier agendas are replaced.
    if (placed === undefined) return inPeriod.includes(m) ? { ...m, agenda: [] } : m;
    const agenda = orderAgenda(placed, people, m.start);
    for (const entry of agenda) notices.push(buildNotice(itemsById.get(entry.item)!, m, entry, rulesOf(m.type), calendar));
    return { ...m, agenda };
  });

  const unplaced: UnplacedItem[] = [...topics.unplaced];
  assessed.forEach((e, i) => {
    if (result.meetingOf[i]! >= 0 || fixed.has(i)) return;
    const full = e.options.filter((o) => o.failure === undefined && o.minutes <= capacity[meetingIndex.get(o.meeting.id)!]!.maxMinutes).map((o) => o.meeting);
    const tooLong = e.options.filter((o) => o.failure === undefined && o.minutes > capacity[meetingIndex.get(o.meeting.id)!]!.maxMinutes);
    const explained = explainUnplaced(
      { ...e, options: e.options.map((o) => (tooLong.includes(o) ? { ...o, failure: { reason: "no-capacity" as const, zh: `需${o.minutes}分钟，超过会议时长`, en: `needs ${o.minutes} minutes, more than the meeting's time` } } : o)) },
      full,
    );
    unplaced.push(explained);
  });
  unplaced.sort((a, b) => compareText(a.item, b.item));
  notices.sort((a, b) => compareText(a.date, b.date) || compareText(a.start, b.start) || compareText(a.item, b.item));

  const solve: SolveReport = { problem: "agenda", objective: result.objective, bound, optimal, notes };
  return { meetings: out.sort(compareMeetings), unplaced, notices, solve: [solve] };
}

function bodyOf(spec: Spec, m: PlannedMeeting) {
  const series = m.series === undefined ? undefined : spec.series.find((s) => s.id === m.series);
  return (series === undefined ? undefined : spec.bodies.find((b) => b.id === series.body)) ?? spec.bodies.find((b) => b.type === m.type);
}

function compareMeetings(a: PlannedMeeting, b: PlannedMeeting): number {
  return compareText(a.date, b.date) || compareText(a.start, b.start) || compareText(a.id, b.id);
}
