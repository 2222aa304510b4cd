import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus, type ICalOrganizer } from "ical-generator";
import { DateTime } from "luxon";
import { ABSENCE_KIND_LABELS, type Plan, type PlannedMeeting, type RecurringAssignment, type Spec } from "@yishi/domain";
import { cleanIcsText, encodeIcsParamText, escapeIcsText } from "./ics-text.js";
import { meetingUid, recurringDutyUid } from "./ics-uid.js";
import { createPlanContext, type ExportOptions, type PlanContext } from "./plan-context.js";
import { SHANGHAI_TZID, generateShanghaiVtimezone } from "./shanghai-vtimezone.js";

/**
 * A plan's calendar date and clock time as a luxon DateTime in Asia/Shanghai.
 * ical-generator formats a plain `Date` with the host's local getters when a
 * zone is set, which would tie the file to the host TZ; a zoned DateTime is
 * formatted in its own zone whatever the host's.
 */
function shanghaiTime(date: string, time: string): DateTime {
  return DateTime.fromISO(`${date}T${time}`, { zone: SHANGHAI_TZID });
}

/** Characters kept in a mail address part; anything else (`#`, spaces, `@`) becomes `-`. */
function mailPart(text: string): string {
  return text.replace(/[^\p{L}\p{N}_.-]+/gu, "-");
}

/** Attendees have no mail addresses in a spec; `.invalid` (RFC 2606) guarantees nothing is ever sent. */
function attendeeEmail(plan: Plan, person: string): string {
  return `${mailPart(person)}@${mailPart(plan.organization)}.yishi.invalid`;
}

/**
 * RFC 5546 (§3.2.1) wants an ORGANIZER on every published event: the
 * organization, which publishes the plan. Its address sits above the
 * people's subdomain, so no person's id can make it an attendee's.
 */
function organizer(ctx: PlanContext): ICalOrganizer {
  return { name: encodeIcsParamText(ctx.organizationName), email: `${mailPart(ctx.plan.organization)}@yishi.invalid` };
}

function meetingDescription(ctx: PlanContext, m: PlannedMeeting): string {
  const lines: string[] = [];
  if (m.status === "cancelled") lines.push("【已取消】");
  if (m.extra !== undefined) lines.push(`临时召开：${m.extra.reason}`);
  if (m.convener !== undefined) lines.push(`召集人：${ctx.personName(m.convener)}`);
  if (m.expected.length > 0) lines.push(`出席：${m.expected.map((p) => ctx.personName(p)).join("、")}`);
  if (m.absent.length > 0) {
    lines.push(`缺席：${m.absent.map((a) => `${ctx.personName(a.person)}（${ABSENCE_KIND_LABELS[a.kind].zh}）`).join("、")}`);
  }
  // A cancelled meeting's items (and the note, which may name them) have
  // moved or been dropped; the plan keeps its old agenda, the calendar must not.
  if (m.status === "cancelled") return lines.join("\n");
  if (m.agenda.length > 0) {
    lines.push("议程：");
    for (const e of [...m.agenda].sort((a, b) => a.order - b.order)) {
      const unit = ctx.itemUnit(e.item);
      lines.push(`${e.order}. ${e.start} ${ctx.itemTitle(e.item)}（${e.minutes}分钟${unit === "" ? "" : `，${unit}`}）`);
    }
  }
  if (m.note !== undefined) lines.push(`备注：${m.note}`);
  return lines.join("\n");
}

/** The people of one recurring-duty turn (a duty on a date), in plan order. */
function groupTurns(assignments: RecurringAssignment[]): RecurringAssignment[][] {
  const turns = new Map<string, RecurringAssignment[]>();
  for (const r of assignments) {
    const key = JSON.stringify([r.duty, r.date]);
    const turn = turns.get(key);
    if (turn === undefined) turns.set(key, [r]);
    else turn.push(r);
  }
  return [...turns.values()];
}

/**
 * The plan as an iCalendar (RFC 5545) file for Outlook, Apple Calendar and
 * Google Calendar: one event per meeting occurrence and per recurring-duty
 * turn, times in Asia/Shanghai with its VTIMEZONE, UIDs unique across
 * periods and organizations and stable across re-plans (./ics-uid.ts),
 * SEQUENCE from the plan, STATUS:CANCELLED for cancelled occurrences and the
 * organization as ORGANIZER. Deterministic: the DTSTAMP is
 * `options.generatedAt` (default: the period's first day).
 */
/** An event in a provisional year says so on its first line. */
function withProvisional(ctx: PlanContext, date: string, text: string): string {
  return ctx.provisionalNote && ctx.isProvisionalDate(date) ? `${ctx.provisionalNote.zh}\n${text}` : text;
}

export function exportIcs(plan: Plan, spec?: Spec, options: ExportOptions = {}): string {
  const ctx = createPlanContext(plan, spec, options);
  const calendar = ical({
    prodId: { company: "yishi", product: "yishi", language: "ZH" },
    // ical-generator writes NAME and X-WR-CALNAME as given; SUMMARY, DESCRIPTION, LOCATION and
    // CATEGORIES it escapes as TEXT (so they get cleanIcsText only), CN as a quoted parameter (encodeIcsParamText).
    name: escapeIcsText(`${ctx.organizationName} ${plan.period.label}${ctx.provisionalNote ? "（暂定）" : ""}`),
    ...(ctx.provisionalNote ? { description: escapeIcsText(ctx.provisionalNote.zh) } : {}),
    method: ICalCalendarMethod.PUBLISH,
    // No calendar-wide zone name: DTSTAMP then stays in UTC as RFC 5545 requires; events carry TZID.
    timezone: { name: null, generator: generateShanghaiVtimezone },
  });
  for (const m of plan.meetings) {
    const absent = new Set(m.absent.map((a) => a.person));
    calendar.createEvent({
      id: meetingUid(plan, m.id),
      sequence: m.sequence,
      stamp: ctx.generatedAt,
      timezone: SHANGHAI_TZID,
      start: shanghaiTime(m.date, m.start),
      end: shanghaiTime(m.endDate ?? m.date, m.end),
      summary: cleanIcsText(`${m.status === "cancelled" ? "【已取消】" : ""}${ctx.isProvisionalDate(m.date) ? "【暂定】" : ""}${m.title}`),
      location: cleanIcsText(ctx.roomName(m.room)) || null,
      description: cleanIcsText(withProvisional(ctx, m.date, meetingDescription(ctx, m))),
      status: m.status === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      categories: [{ name: cleanIcsText(ctx.meetingTypeName(m)) }],
      organizer: organizer(ctx),
      attendees: m.expected.map((p) => ({
        name: encodeIcsParamText(ctx.personName(p)),
        email: attendeeEmail(plan, p),
        role: absent.has(p) ? ICalAttendeeRole.NON : ICalAttendeeRole.REQ,
        status: absent.has(p) ? ICalAttendeeStatus.DECLINED : ICalAttendeeStatus.ACCEPTED,
      })),
    });
  }
  // One event per turn, not per person: the UID then names no one, and a turn
  // handed to someone else (or one of its two people replaced) updates it.
  for (const turn of groupTurns(plan.recurringDuties)) {
    const first = turn[0]!;
    const name = ctx.dutyName(first.duty);
    const people = turn.map((r) => ctx.personName(r.person)).join("、");
    calendar.createEvent({
      id: recurringDutyUid(plan, first.duty, first.date),
      // Each handover raises one seat's sequence, so the sum rises with every change of the turn.
      sequence: turn.reduce((sum, r) => sum + (r.sequence ?? 0), 0),
      stamp: ctx.generatedAt,
      timezone: SHANGHAI_TZID,
      start: shanghaiTime(first.date, turn.map((r) => r.start).sort()[0]!),
      end: shanghaiTime(first.date, turn.map((r) => r.end).sort().at(-1)!),
      summary: cleanIcsText(`${ctx.isProvisionalDate(first.date) ? "【暂定】" : ""}${name}：${people}`),
      location: cleanIcsText(ctx.dutyLocation(first.duty)) || null,
      description: cleanIcsText(withProvisional(ctx, first.date, `${name}\n接待领导：${people}`)),
      status: ICalEventStatus.CONFIRMED,
      organizer: organizer(ctx),
    });
  }
  // RFC 5545 §3.1: every content line ends with CRLF, END:VCALENDAR too (ical-generator leaves the last one off).
  return `${calendar.toString()}\r\n`;
}
