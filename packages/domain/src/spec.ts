import { z } from "zod";
import { FilePath, MeetingId, Text } from "./primitives.js";
import { LIMITS } from "./limits.js";
import { Organization, Body, MeetingSeries, Room } from "./organization.js";
import { Person, Unit } from "./people.js";
import { Absence, Blackout } from "./absence.js";
import { DutySettings, RecurringDuty } from "./duty.js";
import { AgendaItem, CapApproval, LeaderEvent } from "./agenda-item.js";
import { ProfileSelection } from "./profile.js";
import { SpecImports } from "./spec-imports.js";

/** Where the calendar's arrangement comes from, beyond the shipped national data. */
export const CalendarSettings = z.strictObject({
  /** holiday-cn JSON files (paths relative to the spec) with national arrangements. */
  national: z.array(FilePath).max(LIMITS.maxSmallList).default([]),
  /** Regional arrangements (e.g. a province's extra day off). */
  regional: z.array(FilePath).max(LIMITS.maxSmallList).default([]),
  /** The unit's own days off or on. */
  unit: z.array(FilePath).max(LIMITS.maxSmallList).default([]),
  /** Treat years with no known arrangement as plain Monday–Friday weeks. */
  assumeWeekendsOnly: z.boolean().default(false),
  /**
   * Plan a year whose official arrangement is not published yet on the
   * statutory holidays of 《全国年节及纪念日放假办法》 and plain weekends (no
   * make-up days); the plan is marked provisional until re-planned against
   * the published arrangement. `yishi plan --provisional` sets it too.
   */
  provisional: z.boolean().default(false),
});
export type CalendarSettings = z.infer<typeof CalendarSettings>;

export const SPEC_VERSION = 1;

/** Everything a planner writes down: the input to plan and check. Every list is bounded (limits.ts). */
export const Spec = z.strictObject({
  version: z.literal(SPEC_VERSION).default(SPEC_VERSION),
  organization: Organization,
  profile: ProfileSelection.default({ base: "default", overrides: [], rules: [] }),
  calendar: CalendarSettings.default({ national: [], regional: [], unit: [], assumeWeekendsOnly: false, provisional: false }),
  /** People and agenda items read from .xlsx/.csv forms, added to the lists below. */
  imports: SpecImports.optional(),
  people: z.array(Person).min(1).max(LIMITS.maxPeople),
  units: z.array(Unit).max(LIMITS.maxUnits).default([]),
  rooms: z.array(Room).max(LIMITS.maxRooms).default([]),
  bodies: z.array(Body).max(LIMITS.maxBodies).default([]),
  series: z.array(MeetingSeries).max(LIMITS.maxSeries).default([]),
  absences: z.array(Absence).max(LIMITS.maxAbsences).default([]),
  blackouts: z.array(Blackout).max(LIMITS.maxBlackouts).default([]),
  duty: DutySettings.default({ posts: [], restDays: 1, festivalHolidays: ["春节", "国庆节"], history: [], preferences: [], restrictions: [] }),
  recurringDuties: z.array(RecurringDuty).max(LIMITS.maxRecurringDuties).default([]),
  agendaItems: z.array(AgendaItem).max(LIMITS.maxAgendaItems).default([]),
  capApprovals: z.array(CapApproval).max(LIMITS.maxCapApprovals).default([]),
  events: z.array(LeaderEvent).max(LIMITS.maxEvents).default([]),
});
export type Spec = z.infer<typeof Spec>;
export type SpecInput = z.input<typeof Spec>;

/** A change for re-planning: new facts on top of the spec. */
export const SpecChange = z.strictObject({
  absences: z.array(Absence).max(LIMITS.maxAbsences).default([]),
  blackouts: z.array(Blackout).max(LIMITS.maxBlackouts).default([]),
  /** Occurrences to cancel by plan meeting id. */
  cancel: z.array(MeetingId).max(LIMITS.maxCancels).default([]),
  note: Text.optional(),
});
export type SpecChange = z.infer<typeof SpecChange>;
