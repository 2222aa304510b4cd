import type { PlannedMeeting, Spec } from "@yishi/domain";
import { eachDay } from "@yishi/calendar";

/**
 * Whether a person can attend a meeting: not listed absent in the plan and no
 * absence of the spec (approved or not) on any of its days. The checker's
 * `isPresent` reads attendance the same way.
 */
export function isAvailable(spec: Pick<Spec, "absences">, meeting: Pick<PlannedMeeting, "date" | "endDate" | "absent">, person: string): boolean {
  if (meeting.absent.some((a) => a.person === person)) return false;
  const days = meeting.endDate !== undefined && meeting.endDate > meeting.date ? eachDay(meeting.date, meeting.endDate) : [meeting.date];
  return !spec.absences.some((a) => a.person === person && days.some((d) => a.from <= d && d <= a.to));
}

/** Whether a person is away on a plain date (for meetings not yet created). */
export function isAwayOn(spec: Pick<Spec, "absences">, person: string, date: string): boolean {
  return spec.absences.some((a) => a.person === person && a.from <= date && date <= a.to);
}

/** The head of the item's submitting unit (主要负责人), when the spec names one. */
export function unitHeadOf(spec: Pick<Spec, "units">, unit: string): string | undefined {
  return spec.units.find((u) => u.id === unit)?.head;
}
