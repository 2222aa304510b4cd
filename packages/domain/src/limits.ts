/**
 * Upper bounds on everything a spec, plan or change file may hold. No real
 * government comes near them; they exist so that a mistyped or hostile input
 * (a `restDays` of 1e9, a 1 MB name, 200,000 absences, a period of 9,000
 * years) is refused with a clear error at once instead of making the planner
 * run for minutes or take gigabytes. Every schema bound cites one of these, and
 * packages/domain/README.md lists them for planners.
 */
export const LIMITS = {
  /** Dates run from 1900-01-01 to 2200-12-31: holiday data starts in 1949 and a plan is for the near future. */
  minYear: 1900,
  maxYear: 2200,
  /** A plan covers at most a year (a leap year has 366 days). */
  maxPeriodDays: 366,
  /** An absence, blackout or avoided range spans at most two years; the planner expands them day by day. */
  maxRangeDays: 731,

  /** Characters in an id (person, series, post…). */
  maxIdLength: 100,
  /** Characters in a name, title, location, jurisdiction or phone number. */
  maxNameLength: 200,
  /** Characters in free text: reasons, notes, explanations. */
  maxTextLength: 2000,
  /** Characters in a file path written in the spec (holiday files). */
  maxPathLength: 1000,

  /** People in one spec; also the most entries in any list of people (a pool, a body's members). */
  maxPeople: 2000,
  maxUnits: 1000,
  maxRooms: 500,
  maxBodies: 200,
  maxSeries: 200,
  /** Absences in a spec or a change file; blackouts, cap approvals, events likewise bounded below. */
  maxAbsences: 5000,
  maxBlackouts: 1000,
  maxAgendaItems: 5000,
  maxCapApprovals: 1000,
  maxEvents: 5000,
  maxDutyPosts: 50,
  maxRecurringDuties: 100,
  /** Duty preferences and restrictions. */
  maxPreferences: 10000,
  /** Pinned occurrences or avoided ranges of one series: one a day for a year at most. */
  maxPerSeries: 366,
  /** Reviews of one item, holiday files of one layer, festival holidays, roles of a person… */
  maxSmallList: 50,
  /** Profile overrides and extra rules. */
  maxRules: 500,
  /** Cancelled meetings in a change file. */
  maxCancels: 5000,

  /** Days off between two duties of one person. */
  maxRestDays: 30,
  /** People on one duty post a day, or at one turn of a recurring duty. */
  maxPerDay: 50,
  /**
   * Σ over the duty posts of (people a day, on the heavier of ordinary and
   * heavy days) × (pool size). The roster planner weighs every pool member
   * for every seat, so this bounds its work: at the limit a year plans in
   * well under a minute. Real rosters are a few hundredths of it.
   */
  maxDutyCandidatesPerDay: 300_000,
  /** Duties carried over from earlier periods, per person. */
  maxDutyHistory: 100000,
  /** Weight of one duty preference. */
  maxWeight: 1000,
  /** Seats in a room. */
  maxRoomCapacity: 100000,
  /** Yuan an agenda item concerns: ten trillion, beyond any government's budget. */
  maxAmountYuan: 1e13,
  /** Items one cap approval allows at one meeting. */
  maxItemsApproved: 100,
  /** Consecutive days one occurrence runs over (连续召开的会议, 北京市 三十九). */
  maxMeetingDays: 31,
  /** Gap between two occurrences of a series, in days. */
  maxGapDays: 366,
  /** Meetings of one series per month; per quarter, half-year and year scale with it. */
  maxPerMonth: 31,
  maxPerQuarter: 92,
  maxPerHalfYear: 184,
  maxPerYear: 366,
  /** Minutes in a day: no meeting, agenda entry or speech lasts longer. */
  maxMinutes: 24 * 60,

  /**
   * YAML aliases may be used freely (a spec may reuse an anchor hundreds of
   * times), but what they expand to is bounded: at most this many values in
   * the whole document once every alias is expanded. An alias bomb ("billion
   * laughs") expands to billions; a 1 MB spec written out in full holds well
   * under a million.
   */
  maxExpandedNodes: 1_000_000,
} as const;
