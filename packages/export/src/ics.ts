import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { ABSENCE_KIND_LABELS, type Plan, type PlannedMeeting, type Spec } from "@yishi/domain";
import { createPlanContext, type ExportOptions, type PlanContext } from "./plan-context.js";
import { SHANGHAI_TZID, ShanghaiWallClock, generateShanghaiVtimezone } from "./shanghai-vtimezone.js";

/** Characters kept in a UID part; anything else (`#`, spaces, `@`) becomes `-`. */
function uidPart(text: string): string {
  return text.replace(/[^\p{L}\p{N}_.-]+/gu, "-");
}

/**
 * Stable across re-plans: the organization and the meeting id, which the
 * planner keeps for the n-th occurrence of a series (`zhongshan-exec-3@yishi`).
 * Re-importing a re-planned file updates these events instead of duplicating them.
 */
export function meetingUid(plan: Pick<Plan, "organization">, meetingId: string): string {
  return `${uidPart(plan.organization)}-${uidPart(meetingId)}@yishi`;
}

export function recurringDutyUid(plan: Pick<Plan, "organization">, duty: string, date: string): string {
  return `${uidPart(plan.organization)}-${uidPart(duty)}-${date}@yishi`;
}

/** Attendees have no mail addresses in a spec; `.invalid` (RFC 2606) guarantees nothing is ever sent. */
function attendeeEmail(plan: Plan, person: string): string {
  return `${uidPart(person)}@${uidPart(plan.organization)}.yishi.invalid`;
}

function meetingDescription(ctx: PlanContext, m: PlannedMeeting): string {
  const lines: string[] = [];
  if (m.status === "cancelled") lines.push("【已取消】");
  if (m.convener !== undefined) lines.push(`召集人：${ctx.personName(m.convener)}`);
  if (m.expected.length > 0) lines.push(`出席：${m.expected.map((p) => ctx.personName(p)).join("、")}`);
  if (m.absent.length > 0) {
    lines.push(`缺席：${m.absent.map((a) => `${ctx.personName(a.person)}（${ABSENCE_KIND_LABELS[a.kind].zh}）`).join("、")}`);
  }
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

/**
 * The plan as an iCalendar (RFC 5545) file for Outlook, Apple Calendar and
 * Google Calendar: one event per meeting occurrence and per recurring duty,
 * times in Asia/Shanghai with its VTIMEZONE, stable UIDs, SEQUENCE from the
 * plan and STATUS:CANCELLED for cancelled occurrences. Deterministic: the
 * DTSTAMP is `options.generatedAt` (default: the period's first day).
 */
export function exportIcs(plan: Plan, spec?: Spec, options: ExportOptions = {}): string {
  const ctx = createPlanContext(plan, spec, options);
  const calendar = ical({
    prodId: { company: "yishi", product: "yishi", language: "ZH" },
    name: `${ctx.organizationName} ${plan.period.label}`,
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
      start: new ShanghaiWallClock(m.date, m.start),
      end: new ShanghaiWallClock(m.endDate ?? m.date, m.end),
      summary: m.status === "cancelled" ? `【已取消】${m.title}` : m.title,
      location: ctx.roomName(m.room) || null,
      description: meetingDescription(ctx, m),
      status: m.status === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      categories: [{ name: ctx.meetingTypeName(m) }],
      attendees: m.expected.map((p) => ({
        name: ctx.personName(p),
        email: attendeeEmail(plan, p),
        role: absent.has(p) ? ICalAttendeeRole.NON : ICalAttendeeRole.REQ,
        status: absent.has(p) ? ICalAttendeeStatus.DECLINED : ICalAttendeeStatus.ACCEPTED,
      })),
    });
  }
  for (const r of plan.recurringDuties) {
    const name = ctx.dutyName(r.duty);
    calendar.createEvent({
      id: recurringDutyUid(plan, `${r.duty}-${r.person}`, r.date),
      sequence: 0,
      stamp: ctx.generatedAt,
      timezone: SHANGHAI_TZID,
      start: new ShanghaiWallClock(r.date, r.start),
      end: new ShanghaiWallClock(r.date, r.end),
      summary: `${name}：${ctx.personName(r.person)}`,
      location: ctx.dutyLocation(r.duty) || null,
      description: `${name}\n接待领导：${ctx.personName(r.person)}`,
      status: ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
