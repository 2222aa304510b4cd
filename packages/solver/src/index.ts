export { valueOf, isIntegralSolution } from "./backend/lp-model.js";
export type { VariableType, LpVariable, LpTerm, LpConstraint, LpModel, LpStatus, LpResult, SolveOptions, LpBackend } from "./backend/lp-model.js";
export { createJsLpSolverBackend, solveWithJsLpSolver } from "./backend/js-lp-solver-backend.js";
export { toCplexLp } from "./backend/to-cplex-lp.js";
export { boundWithCuts } from "./lp/bound-with-cuts.js";
export { deriveCountCut } from "./lp/count-cut.js";
export type { CutLimits, CutResult } from "./lp/bound-with-cuts.js";
export type { SparseRow } from "./lp/bounded-simplex.js";
// --- agenda ---
export { solveAssignment } from "./agenda/solve-assignment.js";
export type { SolveAssignmentOptions } from "./agenda/solve-assignment.js";
export type { AssignmentProblem, AssignmentItem, AssignmentMeeting, AssignmentPair, AssignmentResult } from "./agenda/assignment-problem.js";
export { toAssignmentLpModel } from "./agenda/assignment-lp-model.js";
export { solveKnapsack } from "./agenda/knapsack.js";
export type { KnapsackCandidate, KnapsackResult } from "./agenda/knapsack.js";
export { allocateAgenda, AGENDA_MEETING_TYPES } from "./agenda/allocate-agenda.js";
export type { AllocateAgendaInput, AgendaAllocation } from "./agenda/allocate-agenda.js";
export { AGENDA_WEIGHTS, itemPriority, placementWeight, compareItemPriority, filingOrder } from "./agenda/item-weight.js";
export type { FilingOrder } from "./agenda/item-weight.js";
export { readAgendaRules, meetingCapacity, approvalFor, mustGoToExecutive } from "./agenda/agenda-rules.js";
export type { AgendaRules } from "./agenda/agenda-rules.js";
export { assessItem } from "./agenda/eligibility.js";
export type { EligibilityInput, ItemEligibility, MeetingOption, Failure as AgendaFailure } from "./agenda/eligibility.js";
export { orderAgenda, leaderRank } from "./agenda/order-agenda.js";
export { buildNotice } from "./agenda/agenda-notices.js";
export { scheduleTopicRequests } from "./agenda/topic-meetings.js";
export type { TopicScheduling } from "./agenda/topic-meetings.js";
// --- roster ---
export { planRoster, FAIRNESS_WEIGHTS } from "./roster/plan-roster.js";
export type { PlanRosterInput, PlanRosterResult, RosterStats, PostFairness } from "./roster/plan-roster.js";
export { summarizeRoster } from "./roster/summarize-roster.js";
export { resolvePostPools } from "@yishi/rules";
export type { PostPool } from "@yishi/rules";
export type { RosterSummary, PersonDutyCounts, PoolSpread } from "./roster/summarize-roster.js";
export { checkSwap, applyChanges, combineCheckers, defaultChecker } from "./roster/check-swap.js";
export type { DutySwap, SwapVerdict, CheckSwapInput, PlanChecker } from "./roster/check-swap.js";
export { findReplacement } from "./roster/find-replacement.js";
export type { FindReplacementInput, Replacement } from "./roster/find-replacement.js";
export { replaceEmptiedDuties } from "./roster/replace-emptied-duties.js";
export type { ReplaceEmptiedDutiesInput, ReplaceEmptiedDutiesResult, EmptiedDuty } from "./roster/replace-emptied-duties.js";
export { validateRoster, restDaysOf } from "./roster/validate-roster.js";
export type { ValidateRosterInput } from "./roster/validate-roster.js";
export { describeDutyDays, describeDutyDay, seatsOn } from "./roster/duty-days.js";
export type { DutyDay, DutyDayClass } from "./roster/duty-days.js";
export { boundSpread, maxDutiesWithRest } from "./roster/fairness-bound.js";
export type { SpreadBound } from "./roster/fairness-bound.js";
// --- recurring duties ---
export { planRecurringDuties, planRecurringDutiesDetailed } from "./recurring/plan-recurring-duties.js";
export type { PlanRecurringDutiesInput, RecurringPlan } from "./recurring/plan-recurring-duties.js";
// The planner reads recurring dates and cadences the way the checker does: one copy, in rules.
export { recurringDutyDates } from "@yishi/rules";
// --- meetings ---
export { planMeetings } from "./meetings/plan-meetings.js";
export type { MeetingsPlan } from "./meetings/plan-meetings.js";
export type { MeetingsProgress, PlanMeetingsInput, PlanningPeriod } from "./meetings/meeting-input.js";
export { resolveSeriesCadence as resolveCadence, gapLimits } from "@yishi/rules";
export type { SeriesCadence as ResolvedCadence } from "@yishi/rules";
export { meetingTitle, periodTitle } from "./meetings/build-meeting.js";
export { buildMeetingsReferenceModel } from "./meetings/reference-model.js";
// --- plan (orchestrator) ---
export { createPlan, applySpecChange, isInfeasiblePlan } from "./plan/create-plan.js";
export type { CreatePlanInput, PlanProgress } from "./plan/create-plan.js";
export { pinMeetings } from "./plan/replan-scope.js";
export { diffPlans, findUnlistedDifferences, pairHolders } from "./plan/diff-plans.js";
export type { PlanDifference, MeetingFacts } from "./plan/diff-plans.js";
