import type { Plan } from "@yishi/domain";

/**
 * One part of a UID, percent-encoded as UTF-8 except for `A–Z a–z 0–9 - _ . ! ~ * ' ( )`.
 * `/` (the separator), `@`, `%` and everything else are encoded, so joined
 * parts split back one way only: `a-b`+`c` and `a`+`b-c` never meet, and a
 * UID needs no RFC 5545 TEXT escaping (no `\`, `;`, `,` or line break).
 * A lone surrogate, which has no UTF-8 form, becomes `%uXXXX` (never a
 * UTF-8 escape: `u` is not a hex digit) instead of throwing.
 */
export function encodeUidPart(text: string): string {
  return text.replace(/[^A-Za-z0-9\-_.!~*'()]/gu, (c) =>
    /^[\uD800-\uDFFF]$/u.test(c) ? `%u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}` : encodeURIComponent(c),
  );
}

function joinUid(parts: string[]): string {
  return `${parts.map(encodeUidPart).join("/")}@yishi`;
}

/**
 * A meeting occurrence for good: the organization, the plan's period (first
 * and last day) and the meeting id. The id (`exec#3`) counts within its
 * period only, so the period is what keeps 2026Q2's `exec#3` off 2026Q1's;
 * its dates, not its label, since a label is free text. A re-plan keeps the
 * period and the id, so the re-planned event replaces the old one:
 * `zhongshan/meeting/2026-01-01/2026-03-31/exec%233@yishi`.
 */
export function meetingUid(plan: Pick<Plan, "organization" | "period">, meetingId: string): string {
  return joinUid([plan.organization, "meeting", plan.period.from, plan.period.to, meetingId]);
}

/**
 * One turn of a recurring duty (e.g. the petition reception): the
 * organization, the duty and the date, never the person, so handing the turn
 * to someone else updates the event instead of leaving the old holder's
 * beside it. All people of a turn share its event (see `exportIcs`), so no
 * seat number is needed: `zhongshan/duty/petition/2026-01-07@yishi`. A date
 * is absolute, so no period is needed either.
 */
export function recurringDutyUid(plan: Pick<Plan, "organization">, duty: string, date: string): string {
  return joinUid([plan.organization, "duty", duty, date]);
}
