import { compareText, MEETING_TYPE_LABELS, type Absence, type ExtraSession, type Plan, type PlannedMeeting, type Rule, type RuleProfile, type Spec } from "@yishi/domain";
import { eachDay, type WorkCalendar } from "@yishi/calendar";
import type { AbsenceAt, CheckContext } from "./types.js";
import { appendTo } from "./append-to.js";
import { shortenName } from "./shorten-name.js";
import { scopeAdmits, type MeetingFacts } from "../rule-scope.js";

const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x]));

function compareMeetings(a: PlannedMeeting, b: PlannedMeeting): number {
  return compareText(a.date, b.date) || compareText(a.start, b.start) || compareText(a.id, b.id);
}

/** Builds the indexes and helpers every rule module shares, once per `check` call. */
export function createCheckContext(spec: Spec, plan: Plan, profile: RuleProfile, calendar: WorkCalendar): CheckContext {
  const people = byId(spec.people);
  const items = byId(spec.agendaItems);
  const bodies = byId(spec.bodies);
  const series = byId(spec.series);
  const posts = byId(spec.duty.posts);

  const scheduled = plan.meetings.filter((m) => m.status !== "cancelled").sort(compareMeetings);
  const meetingsByType = new Map<string, PlannedMeeting[]>();
  for (const m of scheduled) appendTo(meetingsByType, m.type, m);

  const rosterByDate = new Map<string, Plan["roster"][number][]>();
  for (const a of plan.roster) appendTo(rosterByDate, a.date, a);

  const recurringByKey = new Map<string, Plan["recurringDuties"][number][]>();
  for (const a of plan.recurringDuties) appendTo(recurringByKey, `${a.duty}\u0000${a.date}`, a);

  const absencesByPerson = new Map<string, Absence[]>();
  for (const a of spec.absences) appendTo(absencesByPerson, a.person, a);

  // Asked for every person of every meeting: remembered per (person, date), so 2,000 meetings on one day scan each person's absences once.
  const absenceMemo = new Map<string, Absence | null>();
  const absenceOn = (person: string, date: string): Absence | undefined => {
    const key = `${person}\u0000${date}`;
    const known = absenceMemo.get(key);
    if (known !== undefined) return known ?? undefined;
    const covering = (absencesByPerson.get(person) ?? []).filter((a) => a.from <= date && date <= a.to);
    const found = covering.find((a) => a.approved) ?? covering[0];
    absenceMemo.set(key, found ?? null);
    return found;
  };
  const meetingDays = (m: PlannedMeeting) => (m.endDate !== undefined && m.endDate > m.date ? eachDay(m.date, m.endDate) : [m.date]);

  const bodyOf = (m: PlannedMeeting) => {
    const fromSeries = m.series === undefined ? undefined : series.get(m.series);
    return (fromSeries === undefined ? undefined : bodies.get(fromSeries.body)) ?? spec.bodies.find((b) => b.type === m.type);
  };

  const absentAt = (m: PlannedMeeting): Map<string, AbsenceAt> => {
    const out = new Map<string, AbsenceAt>();
    for (const a of m.absent) out.set(a.person, { person: a.person, planned: a });
    const candidates = new Set([...expectedAt(m), ...out.keys(), ...(m.convener === undefined ? [] : [m.convener])]);
    for (const person of candidates) {
      const specAbsence = meetingDays(m).map((d) => absenceOn(person, d)).find((a) => a !== undefined);
      if (specAbsence !== undefined) out.set(person, { ...out.get(person), person, spec: specAbsence });
    }
    return out;
  };

  function expectedAt(m: PlannedMeeting): string[] {
    if (m.expected.length > 0) return m.expected;
    const body = bodyOf(m);
    return body === undefined ? [] : [...new Set([...body.members, ...body.attendees])];
  }

  const absentLists = new WeakMap<PlannedMeeting, Set<string>>();
  const listedAbsent = (m: PlannedMeeting) => absentLists.get(m) ?? absentLists.set(m, new Set(m.absent.map((a) => a.person))).get(m)!;
  const isPresent = (m: PlannedMeeting, person: string) => !listedAbsent(m).has(person) && meetingDays(m).every((d) => absenceOn(person, d) === undefined);

  // A spec may mark a pinned day extra; the plan's occurrence that day carries the mark even when
  // the planner did not copy it. A meeting without `series` belongs to the only series of its type.
  const extraPins = new Map<string, ExtraSession>();
  for (const s of spec.series) for (const pin of s.pinned) if (pin.extra !== undefined) extraPins.set(`${s.id}\u0000${pin.date}`, pin.extra);
  const soleSeriesOfType = new Map<string, string | null>();
  for (const s of spec.series) soleSeriesOfType.set(s.type, soleSeriesOfType.has(s.type) ? null : s.id);
  const extraSessionOf = (m: PlannedMeeting): ExtraSession | undefined => {
    if (m.extra !== undefined) return m.extra;
    if (extraPins.size === 0) return undefined;
    const seriesId = m.series ?? soleSeriesOfType.get(m.type) ?? undefined;
    return seriesId === undefined ? undefined : extraPins.get(`${seriesId}\u0000${m.date}`);
  };

  // A meeting's series (its own, else the only series of its type), whose body's convener is its standing chair.
  const factsMemo = new WeakMap<PlannedMeeting, MeetingFacts>();
  const factsOf = (m: PlannedMeeting): MeetingFacts => {
    const known = factsMemo.get(m);
    if (known !== undefined) return known;
    const seriesId = m.series ?? soleSeriesOfType.get(m.type) ?? undefined;
    const own = seriesId === undefined ? undefined : series.get(seriesId);
    const body = bodyOf(m);
    const chair = body === undefined ? undefined : people.get(body.convener);
    const facts: MeetingFacts = { ...(seriesId === undefined ? {} : { series: seriesId }), organizer: own?.organizer ?? "government", ...(chair === undefined ? {} : { chairRoles: chair.roles }) };
    factsMemo.set(m, facts);
    return facts;
  };
  const coversMeeting = (rule: Rule, m: PlannedMeeting) => rule.scope.meetingTypes.includes(m.type) && scopeAdmits(rule.scope, factsOf(m));

  const coversDuty = (rule: Rule, duty: string) => rule.scope.duties.includes("*") || rule.scope.duties.includes(duty);

  return {
    spec,
    plan,
    profile,
    calendar,
    people,
    items,
    units: byId(spec.units),
    bodies,
    series,
    posts,
    meetingsByType,
    rosterByDate,
    recurringOn: (duty, date) => recurringByKey.get(`${duty}\u0000${date}`) ?? [],
    meetingsInScope: (rule) => scheduled.filter((m) => coversMeeting(rule, m)),
    coversMeeting,
    postsInScope: (rule) => spec.duty.posts.filter((p) => coversDuty(rule, p.id)),
    coversDuty,
    absenceOn,
    meetingDays,
    bodyOf,
    expectedAt,
    absentAt,
    isPresent,
    extraSessionOf,
    meetingName: (m) => ({ zh: `${shortenName(m.title)}（${m.date}）`, en: `${shortenName(m.title)} (${m.date})` }),
    personName: (id) => shortenName(people.get(id)?.name ?? id),
    itemName: (id) => {
      const item = items.get(id);
      return item === undefined ? id : `${item.id}「${shortenName(item.title)}」`;
    },
    typeLabel: (m) => MEETING_TYPE_LABELS[m.type],
  };
}
