import { createCalendar, WEEKDAY_NAMES, type DayDescription, type WorkCalendar } from "@yishi/calendar";
import { MEETING_TYPE_LABELS, describeProvisional, formatCitation, type LocalizedText, type Plan, type PlannedMeeting, type PlanVerdict, type RuleProfile, type Spec, type Violation } from "@yishi/domain";
import { judgePlan, resolveProfile } from "@yishi/rules";

/** Options every export takes besides the plan and the spec. */
export interface ExportOptions {
  /** The working-day calendar (holiday names, adjusted days); default: the shipped arrangements. */
  calendar?: WorkCalendar;
  /**
   * The instant written as the file's creation time (ICS DTSTAMP, xlsx created).
   * Default: the period's first day at 00:00 Asia/Shanghai, so the same plan
   * always gives byte-identical output.
   */
  generatedAt?: Date;
  /** The profile to judge by; default: the spec's own selection (resolveProfile). */
  profile?: RuleProfile;
  /**
   * The plan's verdict, when the caller has judged it already (judgePlan);
   * by default the export judges the plan itself. Never the stored `violations`.
   */
  verdict?: PlanVerdict;
}

/** Names and day facts the exports print, resolved once from the plan and (optional) spec. */
export interface PlanContext {
  plan: Plan;
  spec: Spec | undefined;
  /** The plan judged when exported (or unchecked, without a spec): what every output shows. */
  verdict: PlanVerdict;
  /** The verdict's violations; empty when unchecked (outputs then say so, never "no violations"). */
  violations: Violation[];
  /** Set when the plan rests on the statutory holidays of a year not yet published: what every output says. */
  provisionalNote: LocalizedText | undefined;
  /** True for a date in a provisional year. */
  isProvisionalDate(date: string): boolean;
  generatedAt: Date;
  personName(id: string): string;
  roomName(id: string | undefined): string;
  itemTitle(id: string): string;
  itemUnit(id: string): string;
  itemLeader(id: string): string;
  postName(id: string): string;
  dutyName(id: string): string;
  dutyLocation(id: string): string;
  meetingTypeName(meeting: Pick<PlannedMeeting, "type">): string;
  meetingById(id: string): PlannedMeeting | undefined;
  /** Throws UNKNOWN_HOLIDAY_YEAR for a year with no arrangement unless the spec assumes weekends only. */
  describeDay(date: string): DayDescription;
  organizationName: string;
}

export function weekdayZh(weekday: number): string {
  return `星期${WEEKDAY_NAMES.zhShort[weekday - 1] ?? "?"}`;
}

export function weekdayEn(weekday: number): string {
  return WEEKDAY_NAMES.enShort[weekday - 1] ?? "?";
}

/** 节假日/调休 label of a day, in Chinese: "春节", "春节 调休上班", "周末", "". */
export function dayNoteZh(day: DayDescription | undefined): string {
  if (day === undefined) return "";
  if (day.kind === "holiday") return day.holiday?.zh ?? "节假日";
  if (day.kind === "adjusted-workday") return `${day.holiday?.zh ?? ""}调休上班`;
  if (day.kind === "weekend") return "休息日";
  return "";
}

export function citationText(v: Pick<Violation, "citation">): string {
  return formatCitation(v.citation);
}

export function severityZh(v: Pick<Violation, "severity">): string {
  return v.severity === "hard" ? "硬性" : "建议";
}

export function localized(text: LocalizedText | undefined, lang: "zh" | "en" = "zh"): string {
  return text?.[lang] ?? "";
}

/** Period start 00:00 in Asia/Shanghai (UTC+8, no DST) as an instant. */
export function defaultGeneratedAt(plan: Plan): Date {
  return new Date(`${plan.period.from}T00:00:00+08:00`);
}

export function createPlanContext(plan: Plan, spec?: Spec, options: ExportOptions = {}): PlanContext {
  const calendar = options.calendar ?? createCalendar({ assumeWeekendsOnly: spec?.calendar.assumeWeekendsOnly ?? false });
  const people = new Map(spec?.people.map((p) => [p.id, p.name]) ?? []);
  const rooms = new Map(spec?.rooms.map((r) => [r.id, r.name]) ?? []);
  const units = new Map(spec?.units.map((u) => [u.id, u.name]) ?? []);
  const items = new Map(spec?.agendaItems.map((i) => [i.id, i]) ?? []);
  const posts = new Map(spec?.duty.posts.map((p) => [p.id, p.name]) ?? []);
  const duties = new Map(spec?.recurringDuties.map((d) => [d.id, d]) ?? []);
  const meetings = new Map(plan.meetings.map((m) => [m.id, m]));
  const days = new Map<string, DayDescription>();
  const verdict = options.verdict ?? judgePlan({ plan, spec, profile: options.profile ?? (spec === undefined ? undefined : resolveProfile(spec.profile)), calendar });
  return {
    plan,
    spec,
    verdict,
    violations: verdict.checked ? verdict.violations : [],
    provisionalNote: describeProvisional(plan),
    isProvisionalDate: (date) => plan.provisional?.years.includes(Number(date.slice(0, 4))) ?? false,
    generatedAt: options.generatedAt ?? defaultGeneratedAt(plan),
    personName: (id) => people.get(id) ?? id,
    roomName: (id) => (id === undefined ? "" : (rooms.get(id) ?? id)),
    itemTitle: (id) => items.get(id)?.title ?? id,
    itemUnit: (id) => {
      const unit = items.get(id)?.unit;
      return unit === undefined ? "" : (units.get(unit) ?? unit);
    },
    itemLeader: (id) => {
      const leader = items.get(id)?.responsibleLeader;
      return leader === undefined ? "" : (people.get(leader) ?? leader);
    },
    postName: (id) => posts.get(id) ?? id,
    dutyName: (id) => duties.get(id)?.name ?? id,
    dutyLocation: (id) => duties.get(id)?.location ?? "",
    meetingTypeName: (m) => MEETING_TYPE_LABELS[m.type].zh,
    meetingById: (id) => meetings.get(id),
    describeDay: (date) => {
      let day = days.get(date);
      if (day === undefined) days.set(date, (day = calendar.describeDay(date)));
      return day;
    },
    organizationName: spec?.organization.name ?? plan.organization,
  };
}

/** 未检查 / not checked, as the severity column of a table shows it. */
export const UNCHECKED_LABEL = "未检查";

