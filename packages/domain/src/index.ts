export { YISHI_ERROR_CODES, YishiError, isYishiError, formatPath, formatIssue } from "./errors.js";
export type { YishiErrorCode, Issue, YishiErrorOptions } from "./errors.js";
export { IsoDate, ClockTime, Weekday, Id, MeetingId, Name, ShortText, Text, FilePath, DateRange, LocalizedText, isValidIsoDate, isSupportedIsoDate, isSupportedYear } from "./primitives.js";
export { LIMITS } from "./limits.js";
export { HolidayDay, HolidayFile } from "./holiday-file.js";
export { SnapshotDay, CalendarSnapshot } from "./calendar-snapshot.js";
export { Role, LEADER_ROLES, Person, Unit, isLeader } from "./people.js";
export { MeetingType, MEETING_TYPE_LABELS, MeetingOrganizer, MEETING_ORGANIZER_LABELS } from "./meeting-type.js";
export { Cadence } from "./cadence.js";
export { Organization, Room, Body, PinnedOccurrence, MeetingSeries } from "./organization.js";
export { ExtraSession } from "./extra-session.js";
export { AbsenceKind, ABSENCE_KIND_LABELS, Absence, Blackout, bindsRecurringDuty } from "./absence.js";
export { Shift, DutyPost, DutyHistory, DutyPreference, DutyRestriction, DutySettings, RecurringDuty } from "./duty.js";
export { ItemCategory, ReviewKind, Review, DecidableBy, DECIDABLE_BY_LABELS, AgendaItem, CapApproval, LeaderEvent } from "./agenda-item.js";
export { RuleKind, Severity, Citation, formatCitation, RuleScope, Rule, RuleProfile, RuleOverride, ProfileSelection } from "./profile.js";
export type { RuleInput, RuleProfileInput } from "./profile.js";
export { ViolationSubjects, Violation } from "./violation.js";
export {
  PLAN_SCHEMA,
  PlanPeriod,
  AbsentMember,
  Quorum,
  AgendaEntry,
  Speech,
  PlannedMeeting,
  DutyAssignment,
  RecurringAssignment,
  UnplacedReason,
  UnplacedItem,
  AgendaNotice,
  MeetingChange,
  DutyChange,
  ReceptionChange,
  ItemChange,
  PlanChange,
  PlanFacts,
  PlanBasis,
  BasisPart,
  PlanVerdict,
  SolveReport,
  Plan,
} from "./plan.js";
export type { PlanInput, PlanChangeKind } from "./plan.js";
export { CalendarSettings, SPEC_VERSION, Spec, SpecChange } from "./spec.js";
export { SpecImports } from "./spec-imports.js";
export type { SpecInput } from "./spec.js";
export { canonicalJson, hashContent } from "./content-hash.js";
export { addFacts } from "./add-facts.js";
export { describeProvisional } from "./describe-provisional.js";
export { compareText } from "./compare-text.js";
export { editDistance } from "./edit-distance.js";
export { parseDocumentText } from "./parse-document.js";
export type { ParsedDocument } from "./parse-document.js";
export { collectSchemaIssues, listFirstIssues, MAX_ISSUES_LISTED, parseAndValidate, TOO_FEW_ENTRIES, validateText } from "./validate-input.js";
export type { ValidateOptions, ValidationResult } from "./validate-input.js";
export { checkSpecReferences } from "./check-spec-references.js";
export { decodeText } from "./decode-text.js";
export type { DecodedText, TextEncoding } from "./decode-text.js";
export { decodeInputText, watchInputEncodings } from "./decode-input-text.js";
export type { EncodingListener } from "./decode-input-text.js";
export { readInputFile, parseSpec, inspectSpec, loadSpec, resolveSpecPath, parsePlan, loadPlan, loadSpecChange } from "./load-spec.js";
export type { LoadedSpec, SpecInspection } from "./load-spec.js";
export { maxOf, minOf } from "./max-of.js";
export { appendAll } from "./append-all.js";
export { mayStandIn, softClashWeight, type SeriesWithBody } from "./soft-clash.js";
