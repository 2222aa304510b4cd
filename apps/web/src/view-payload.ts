import { createCalendar, eachDay, type DayDescription, type WorkCalendar } from "@yishi/calendar";
import { MEETING_TYPE_LABELS, describeProvisional, formatCitation, type LocalizedText, type Plan, type PlanVerdict, type RuleProfile, type Spec } from "@yishi/domain";
import { describeStoredVerdict, judgePlan, resolveProfile } from "@yishi/rules";

/** What the page needs to know about one day; computed here so the browser holds no calendar logic. */
export type DayFact = Omit<DayDescription, "source">;

/** Everything the view shows besides the plan itself: day facts and display names. */
export interface ViewPayload {
  organization: string;
  days: DayFact[];
  people: Record<string, string>;
  rooms: Record<string, string>;
  items: Record<string, { title: string; unit: string; leader: string }>;
  /** Duty posts and recurring duties by id. */
  posts: Record<string, string>;
  duties: Record<string, string>;
  meetingTypes: Record<string, LocalizedText>;
  /**
   * The plan judged when the view was served, never the `violations` stored
   * in the file: checked (its violations, and a note when the file's own
   * verdict was judged against something else) or plainly unchecked.
   */
  verdict: { checked: true; violations: Plan["violations"]; note?: LocalizedText } | { checked: false; reason: LocalizedText };
  /** Set when the plan rests on the statutory holidays of a year not yet published. */
  provisional?: LocalizedText;
  /** `钟山区 第四十五条` per violation index of `verdict.violations`. */
  citations: string[];
}

export interface ViewPayloadOptions {
  /** Default: the shipped arrangements, or plain weeks when the spec says so. */
  calendar?: WorkCalendar;
  /** The profile to judge by; default: the spec's own selection. */
  profile?: RuleProfile;
  /** A verdict judged already (judgePlan); by default the payload judges the plan itself. */
  verdict?: PlanVerdict;
}

export function buildViewPayload(plan: Plan, spec?: Spec, options: ViewPayloadOptions = {}): ViewPayload {
  const calendar = options.calendar ?? createCalendar({ assumeWeekendsOnly: spec?.calendar.assumeWeekendsOnly ?? false });
  const days = eachDay(plan.period.from, plan.period.to).map((date) => {
    const d = calendar.describeDay(date);
    const fact: DayFact = { date, weekday: d.weekday, working: d.working, kind: d.kind };
    if (d.holiday !== undefined) fact.holiday = { zh: d.holiday.zh, en: d.holiday.en };
    return fact;
  });
  const units = new Map(spec?.units.map((u) => [u.id, u.name]) ?? []);
  const people = Object.fromEntries(spec?.people.map((p) => [p.id, p.name]) ?? []);
  const judged = options.verdict ?? judgePlan({ plan, spec, profile: options.profile ?? (spec === undefined ? undefined : resolveProfile(spec.profile)), calendar });
  const note = describeStoredVerdict(judged);
  const verdict: ViewPayload["verdict"] = judged.checked ? { checked: true, violations: judged.violations, ...(note ? { note } : {}) } : { checked: false, reason: judged.reason };
  return {
    organization: spec?.organization.name ?? plan.organization,
    days,
    people,
    rooms: Object.fromEntries(spec?.rooms.map((r) => [r.id, r.name]) ?? []),
    items: Object.fromEntries(
      spec?.agendaItems.map((i) => [i.id, { title: i.title, unit: units.get(i.unit) ?? i.unit, leader: people[i.responsibleLeader] ?? i.responsibleLeader }]) ?? [],
    ),
    posts: Object.fromEntries(spec?.duty.posts.map((p) => [p.id, p.name]) ?? []),
    duties: Object.fromEntries(spec?.recurringDuties.map((d) => [d.id, d.name]) ?? []),
    meetingTypes: MEETING_TYPE_LABELS,
    verdict,
    ...(plan.provisional ? { provisional: describeProvisional(plan)! } : {}),
    citations: verdict.checked ? verdict.violations.map((v) => formatCitation(v.citation)) : [],
  };
}
