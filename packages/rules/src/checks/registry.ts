import type { PlanCheckId } from "../rule-params.js";
import type { BuiltinCheck, RuleCheck } from "./types.js";
import { agendaCountersign } from "./agenda-countersign.js";
import { agendaExecutiveOnly } from "./agenda-executive-only.js";
import { agendaItemHeld } from "./agenda-item-held.js";
import { agendaItemWindow } from "./agenda-item-window.js";
import { agendaLegalReview } from "./agenda-legal-review.js";
import { agendaMaxItems } from "./agenda-max-items.js";
import { agendaNotListable } from "./agenda-not-listable.js";
import { agendaPriorReviews } from "./agenda-prior-reviews.js";
import { agendaSponsorAttends } from "./agenda-sponsor-attends.js";
import { agendaTopicMeetingFirst } from "./agenda-topic-meeting-first.js";
import { attendanceConvener } from "./attendance-convener.js";
import { attendanceEventLeaders } from "./attendance-event-leaders.js";
import { attendanceLeaveApproved } from "./attendance-leave-approved.js";
import { attendanceNotInvited } from "./attendance-not-invited.js";
import { cadenceAsNeeded } from "./cadence-as-needed.js";
import { cadenceEveryNWeeks } from "./cadence-every-n-weeks.js";
import { cadenceMonthPosition } from "./cadence-month-position.js";
import { cadencePerHalfYear } from "./cadence-per-half-year.js";
import { cadencePerMonth } from "./cadence-per-month.js";
import { cadencePerQuarter } from "./cadence-per-quarter.js";
import { cadencePerYear } from "./cadence-per-year.js";
import { calendarFixedRoom } from "./calendar-fixed-room.js";
import { calendarNoWeekday } from "./calendar-no-weekday.js";
import { calendarPreferredWeekday } from "./calendar-preferred-weekday.js";
import { calendarWorkingDay } from "./calendar-working-day.js";
import { deadlineConferencePlan } from "./deadline-conference-plan.js";
import { deadlineEventInvitation } from "./deadline-event-invitation.js";
import { deadlineItemFiling } from "./deadline-item-filing.js";
import { deadlineLeaveRequest } from "./deadline-leave-request.js";
import { deadlineMaterials } from "./deadline-materials.js";
import { deadlineMinutes } from "./deadline-minutes.js";
import { deadlineTopicMeetingWithin } from "./deadline-topic-meeting-within.js";
import { durationAgendaFits } from "./duration-agenda-fits.js";
import { durationMaxMinutes } from "./duration-max-minutes.js";
import { durationReportMinutes } from "./duration-report-minutes.js";
import { durationSpeeches } from "./duration-speeches.js";
import { dutyAvailable } from "./duty-available.js";
import { dutyDailyCoverage } from "./duty-daily-coverage.js";
import { dutyFairness } from "./duty-fairness.js";
import { dutyLeaderOnDuty } from "./duty-leader-on-duty.js";
import { dutyRest } from "./duty-rest.js";
import { quorumMajority } from "./quorum-majority.js";
import { recurringPerQuarter } from "./recurring-per-quarter.js";
import { recurringWeeklyRota } from "./recurring-weekly-rota.js";
import { specBlackout } from "./spec-blackout.js";
import { specRoomCapacity } from "./spec-room-capacity.js";
import { specRoomConflict } from "./spec-room-conflict.js";
import { specSeriesRoom } from "./spec-series-room.js";
import { specPersonConflict } from "./spec-person-conflict.js";
import { specDutyHolder } from "./spec-duty-holder.js";
import { specDutyRest } from "./spec-duty-rest.js";
import { specDutyRestriction } from "./spec-duty-restriction.js";
import { specDutyStaffing } from "./spec-duty-staffing.js";
import { specRecurringStaffing } from "./spec-recurring-staffing.js";
import { specSeriesOccurrences } from "./spec-series-occurrences.js";

/** The module of each check id; the mapped type makes a missing module a type error. */
export const RULE_CHECKS: { readonly [C in PlanCheckId]: RuleCheck<C> } = {
  "agenda.countersign": agendaCountersign,
  "agenda.executive-only": agendaExecutiveOnly,
  "agenda.item-held": agendaItemHeld,
  "agenda.item-window": agendaItemWindow,
  "agenda.legal-review": agendaLegalReview,
  "agenda.max-items": agendaMaxItems,
  "agenda.not-listable": agendaNotListable,
  "agenda.prior-reviews": agendaPriorReviews,
  "agenda.sponsor-attends": agendaSponsorAttends,
  "agenda.topic-meeting-first": agendaTopicMeetingFirst,
  "attendance.convener": attendanceConvener,
  "attendance.event-leaders": attendanceEventLeaders,
  "attendance.leave-approved": attendanceLeaveApproved,
  "attendance.not-invited": attendanceNotInvited,
  "cadence.as-needed": cadenceAsNeeded,
  "cadence.every-n-weeks": cadenceEveryNWeeks,
  "cadence.month-position": cadenceMonthPosition,
  "cadence.per-half-year": cadencePerHalfYear,
  "cadence.per-month": cadencePerMonth,
  "cadence.per-quarter": cadencePerQuarter,
  "cadence.per-year": cadencePerYear,
  "calendar.fixed-room": calendarFixedRoom,
  "calendar.no-weekday": calendarNoWeekday,
  "calendar.preferred-weekday": calendarPreferredWeekday,
  "calendar.working-day": calendarWorkingDay,
  "deadline.conference-plan": deadlineConferencePlan,
  "deadline.event-invitation": deadlineEventInvitation,
  "deadline.item-filing": deadlineItemFiling,
  "deadline.leave-request": deadlineLeaveRequest,
  "deadline.materials": deadlineMaterials,
  "deadline.minutes": deadlineMinutes,
  "deadline.topic-meeting-within": deadlineTopicMeetingWithin,
  "duration.agenda-fits": durationAgendaFits,
  "duration.max-minutes": durationMaxMinutes,
  "duration.report-minutes": durationReportMinutes,
  "duration.speeches": durationSpeeches,
  "duty.available": dutyAvailable,
  "duty.daily-coverage": dutyDailyCoverage,
  "duty.fairness": dutyFairness,
  "duty.leader-on-duty": dutyLeaderOnDuty,
  "duty.rest": dutyRest,
  "quorum.majority": quorumMajority,
  "recurring.per-quarter": recurringPerQuarter,
  "recurring.weekly-rota": recurringWeeklyRota,
};

/**
 * Checks of the planner's own input, always on: consistency (blackouts, clashes,
 * restrictions) and what the spec asks for (every duty seat held by someone
 * who may hold it, with rest between, every recurring turn, every series
 * occurrence). They cite the spec, or the profile's article
 * for the post, duty or meeting type where it has one.
 */
export const BUILTIN_CHECKS: readonly BuiltinCheck[] = [
  specBlackout,
  specRoomConflict,
  specRoomCapacity,
  specSeriesRoom,
  specPersonConflict,
  specDutyRestriction,
  specDutyHolder,
  specDutyRest,
  specDutyStaffing,
  specRecurringStaffing,
  specSeriesOccurrences,
];
