import { z } from "zod";
import { ClockTime, ItemCategory, DecidableBy, ReviewKind, Role, Weekday } from "@yishi/domain";

/**
 * The parameters of every rule check, by check id. This is the contract
 * between profiles (data), the checker (rules/) and the planners (solver/):
 * a planner reads the same parameters the checker judges by.
 */
/** Days either side of weeks×7 an every-n-weeks gap may stray when nothing says otherwise: a reading (see toleranceDays). */
export const DEFAULT_GAP_TOLERANCE_DAYS = 4;

export const LeadUnit = z.enum(["calendar-days", "working-days"]);
export type LeadUnit = z.infer<typeof LeadUnit>;

/**
 * Where the cadence article allows a session beyond the cadence (钟山区 第四十条
 * “也可根据工作需要适时召开”): which article says so, and its words. With it,
 * sessions a plan or spec marks `extra` are left out of the cadence and the
 * counts. Without it the article gives no such exception, and a session
 * marked extra is judged like a regular one (the message then says the mark
 * does not excuse it): the mark cannot make a rule the text lacks.
 */
export const ExtraSessionsAllowed = z.strictObject({ article: z.string().min(1), text: z.string().min(1) });
export type ExtraSessionsAllowed = z.infer<typeof ExtraSessionsAllowed>;

/**
 * “About every three months / half a year” (依安县 第七十二条 一般三个月安排一次,
 * 第四十五条 一般每半年召开一次): how far apart consecutive occurrences may be, in
 * days. The articles give no number: each bound is the profile's reading, the
 * messages say so, and a spec overrides it. Absent: only the counts are judged.
 */
const SpanSpacing = {
  minGapDays: z.number().int().min(1).optional(),
  maxGapDays: z.number().int().min(1).optional(),
};

const Words = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });

/**
 * When in the year items of some categories are taken up (西城区 五十九(一) 每季度最后一个月的
 * 20日…提交政府常务会议讨论; 五十五 在年中、年底召开会议): windows that repeat every year,
 * each from the day after `afterDay` of its first `month` through the end of its
 * `months`-th month. See item-windows.ts.
 */
const ItemWindows = {
  categories: z.array(ItemCategory).min(1),
  windows: z
    .array(z.strictObject({ month: z.number().int().min(1).max(12), months: z.number().int().min(1).max(12).default(1), afterDay: z.number().int().min(0).max(27).default(0) }))
    .min(1),
  /** The article's words for the window (季度最后一个月的20日以后, 年中), said in messages. */
  when: Words,
  /** What the meeting does with the items then (讨论下季度工作要点), said in messages. */
  what: Words,
  /** The months are the profile's reading of `when` (年中: June and July), not numbers the article gives: messages say so. */
  reading: z.boolean().default(false),
};

/*
 * `inAdvanceOnly` (item filing, materials, legal review): the article says only
 * 提前 (in advance) and no number of days; `lead` is then the profile's reading,
 * and a lead of one calendar day is said as "before the meeting day".
 */
export const RULE_PARAMS = {
  // cadence ----------------------------------------------------------------
  /** 每两周召开一次: consecutive occurrences between minGapDays and maxGapDays apart. */
  "cadence.every-n-weeks": z.strictObject({
    weeks: z.number().int().min(1),
    /**
     * The profile's reading, not the article's: how many days either side of
     * weeks×7 a gap may stray. No article gives a number (原则上/一般每两周 only
     * lets a holiday push a meeting a little); messages say it is a reading,
     * and a spec overrides it (`profile.overrides: [{ rule, params: { toleranceDays } }]`).
     */
    toleranceDays: z.number().int().min(0).default(DEFAULT_GAP_TOLERANCE_DAYS),
    /** Defaults to weeks×7 − toleranceDays (at least 1). */
    minGapDays: z.number().int().min(1).optional(),
    /** Defaults to weeks×7 + toleranceDays. */
    maxGapDays: z.number().int().min(1).optional(),
    extraSessions: ExtraSessionsAllowed.optional(),
  }),
  /** 每月召开1至2次: occurrences in every whole calendar month of the plan. */
  "cadence.per-month": z.strictObject({ min: z.number().int().min(0), max: z.number().int().min(1), extraSessions: ExtraSessionsAllowed.optional() }),
  /** 月初/月末: one occurrence in each month within the first/last N working days. */
  "cadence.month-position": z.strictObject({
    position: z.enum(["start", "end"]),
    /**
     * The profile's reading, not the article's: how many working days count as
     * 月初/月底 (常州市 四十二、四十三 give no number). Messages say so; a spec
     * overrides it like any rule parameter.
     */
    withinWorkingDays: z.number().int().min(1).default(5),
    extraSessions: ExtraSessionsAllowed.optional(),
  }),
  /**
   * Counts per quarter, half-year or year, judged when the plan covers the whole span;
   * per quarter and half-year also the spacing, where the profile reads one (SpanSpacing).
   */
  "cadence.per-quarter": z.strictObject({ min: z.number().int().min(0), max: z.number().int().min(1).optional(), ...SpanSpacing, extraSessions: ExtraSessionsAllowed.optional() }),
  "cadence.per-half-year": z.strictObject({ min: z.number().int().min(0), max: z.number().int().min(1).optional(), ...SpanSpacing, extraSessions: ExtraSessionsAllowed.optional() }),
  "cadence.per-year": z.strictObject({ min: z.number().int().min(0), max: z.number().int().min(1).optional(), extraSessions: ExtraSessionsAllowed.optional() }),
  /** 根据需要召开: nothing to check; kept so profiles show the article. */
  "cadence.as-needed": z.strictObject({}),

  // calendar ---------------------------------------------------------------
  /** Meetings only on working days of the official arrangement. */
  "calendar.working-day": z.strictObject({ allowAdjustedWorkdays: z.boolean().default(true) }),
  /** 周一无会日: no meeting on these weekdays, except one continuing over consecutive days. */
  "calendar.no-weekday": z.strictObject({
    weekdays: z.array(Weekday).min(1),
    exceptConsecutiveDays: z.boolean().default(true),
    /**
     * What the article keeps off those days, in the message's words (北京市 三十九:
     * 周一不安排全市性大会). Without it the message says "a day without meetings",
     * which is wrong wherever other meetings may be held that day (西城区 meets on Mondays).
     */
    keeps: z.strictObject({ zh: z.string().min(1), en: z.string().min(1) }).optional(),
  }),
  /** 一般安排在星期一: a soft preference. */
  "calendar.preferred-weekday": z.strictObject({ weekdays: z.array(Weekday).min(1) }),
  /** 会议地点固定在…: the room named by the profile (by room name or id). */
  "calendar.fixed-room": z.strictObject({ room: z.string().min(1) }),

  // quorum / attendance ------------------------------------------------------
  /** 过半数到会方可召开: present members > fraction × members (strict) or ≥ (not strict). */
  "quorum.majority": z.strictObject({ fraction: z.number().min(0).max(1).default(0.5), strict: z.boolean().default(true) }),
  /** 由区长或受区长委托的副区长召集和主持. */
  "attendance.convener": z.strictObject({
    /**
     * The designated deputy convenes only while the convener is away
     * (常州市 四十二 “市長外出期間,由市長委託常務副市長召集和主持”); elsewhere the
     * mayor may delegate any meeting (钟山区 第四十条 “由区长或受区长委托的副区长”).
     */
    deputyOnlyWhileAway: z.boolean().default(false),
    /**
     * Roles one of which the standing convener (the body's `convener`) holds, as the
     * article names them (北京市 三十四 由市长召集和主持: mayor). Empty: not judged.
     */
    chairRoles: z.array(Role).default([]),
    /**
     * Who may convene in the chair's place, by role (西城区 二十八 区长委托常务副区长:
     * executive-deputy; 钟山区 第四十条 受区长委托的副区长: executive-deputy, deputy);
     * [] when the article names nobody else (北京市 三十四). Absent: whoever the body designates.
     */
    delegateRoles: z.array(Role).optional(),
    /** The article's words for who convenes, said in the message (区长或受区长委托的副区长). */
    who: z.strictObject({ zh: z.string().min(1), en: z.string().min(1) }).optional(),
  }),
  /** Absentees ask leave; a stand-in only with the convener's approval. */
  "attendance.leave-approved": z.strictObject({
    substituteNeedsApproval: z.boolean().default(true),
    /**
     * Leave is asked in advance (北京市 四十一 “应提前…请假”, 房山区 第四十六条 “应提前
     * 向区政府书面请假”): the absence's `requestedOn` is before the meeting day.
     * The articles give no number of days, so none is asked.
     */
    askedBeforeMeetingDay: z.boolean().default(false),
    /**
     * Whose consent a stand-in needs, as the article names them (北京市 四十一 市政府秘书长,
     * 房山区 第四十六条 区长); the stand-in message says it. Default: the convener
     * (钟山区 第四十七条 经会议召集人同意).
     */
    approver: z.strictObject({ zh: z.string().min(1), en: z.string().min(1) }).default({ zh: "会议召集人", en: "the convener" }),
  }),
  /**
   * A department's own conference does not invite a person of these roles unless the government
   * approved it by the meeting day (房山区 第四十八条 不得邀请区长出席,确需邀请的须报区政府批准:
   * the series' `mayorInvitationApprovedOn`). Invited: expected at the meeting, or its convener.
   */
  "attendance.not-invited": z.strictObject({ roles: z.array(Role).min(1), who: Words }),
  /** An approved event gets between min and max district leaders. */
  "attendance.event-leaders": z.strictObject({ min: z.number().int().min(0).default(1), max: z.number().int().min(1) }),

  // agenda -------------------------------------------------------------------
  /** 每次不超过15个; more only with the mayor's approval recorded in the spec. */
  "agenda.max-items": z.strictObject({ max: z.number().int().min(1), approvalOverrides: z.boolean().default(true) }),
  /** Items that can be decided elsewhere are not listed. */
  "agenda.not-listable": z.strictObject({
    decidableBy: z.array(DecidableBy).default([]),
    requireProcedure: z.boolean().default(true),
    /** Ordinary work reports are not listed (房山区 第四十四条(五)(7)). */
    excludeWorkReports: z.boolean().default(false),
  }),
  /** Items of these categories pass a topic meeting before this meeting (钟山区 第四十二条(五)). */
  "agenda.topic-meeting-first": z.strictObject({ categories: z.array(ItemCategory).min(1) }),
  /** These items must go to the executive meeting (钟山区 第四十条(五)(六)). */
  "agenda.executive-only": z.strictObject({
    categories: z.array(ItemCategory).default([]),
    /** Fund items above this amount (yuan). */
    amountYuanOver: z.number().nonnegative().optional(),
    /** Fund items of this amount (yuan) or more: 以上 includes the number itself. */
    amountYuanAtLeast: z.number().nonnegative().optional(),
  }),
  /** Legal review done, `lead` before the meeting, for these categories. */
  "agenda.legal-review": z.strictObject({
    categories: z.array(ItemCategory).min(1),
    lead: z.number().int().min(0).default(0),
    unit: LeadUnit.default("calendar-days"),
    inAdvanceOnly: z.boolean().default(false),
    /**
     * What the review comes before: the meeting (`lead` before it), or the item's
     * filing (北京市 二十三 “报送市政府前应当经过…合法性审查”: done on or before `filedOn`;
     * `lead` is then not read), or its materials (西城区 附件1 三.1 “上会材料应在送区政府
     * 办公室文秘科审核前一周送区法制办审核”: the item *went* to legal review `lead`
     * before its materials went to the office, see judgeLegalReviewSending).
     */
    before: z.enum(["meeting", "filing", "materials"]).default("meeting"),
    /**
     * With `before: materials`, when materials not yet in (no `materialsOn`) are
     * due: `lead` before the meeting (西城区 三十三 会前2-3个工作日: 2 working days,
     * the latest the article allows). Absent: the meeting day.
     */
    materialsDue: z.strictObject({ lead: z.number().int().min(0), unit: LeadUnit }).optional(),
  }),
  /**
   * Items of these categories are countersigned (会签) by a person of one of
   * `roles`, on or before the meeting day (西城区 附件1 三.1 “由区政府办公室主任会签后方可上会”).
   */
  "agenda.countersign": z.strictObject({
    categories: z.array(ItemCategory).min(1),
    roles: z.array(Role).min(1),
    /** The article's words for who countersigns (区政府办公室主任), said in messages. */
    who: z.strictObject({ zh: z.string().min(1), en: z.string().min(1) }),
  }),
  /**
   * Items of these categories went through each of these reviews before the meeting day (钟山区
   * 第十七条 规范性文件,应当经过评估论证、公开征求意见、合法性审查、集体决议决定等程序: the
   * collective decision last; the article gives no number of days).
   */
  "agenda.prior-reviews": z.strictObject({ categories: z.array(ItemCategory).min(1), kinds: z.array(ReviewKind).min(1) }),
  /** An item of these categories goes on a meeting inside the first window that ends on or after the day it was filed. */
  "agenda.item-window": z.strictObject(ItemWindows),
  /** Every window the plan covers whole has a meeting of the rule's scope with an item of these categories on it. */
  "agenda.item-held": z.strictObject(ItemWindows),
  /** The responsible leader and the submitting unit's head attend (房山区 第四十四条(五)(6)). */
  "agenda.sponsor-attends": z.strictObject({ leader: z.boolean().default(true), unitHead: z.boolean().default(true) }),

  // deadlines ----------------------------------------------------------------
  /** An item is filed at least `lead` before the meeting. */
  "deadline.item-filing": z.strictObject({ lead: z.number().int().min(0), unit: LeadUnit, inAdvanceOnly: z.boolean().default(false) }),
  /** Materials reach the office at least `lead` before the meeting. */
  "deadline.materials": z.strictObject({ lead: z.number().int().min(0), unit: LeadUnit, inAdvanceOnly: z.boolean().default(false) }),
  /** A topic-meeting request is studied within N working days of receipt (钟山区 第四十二条). */
  "deadline.topic-meeting-within": z.strictObject({ workingDays: z.number().int().min(1) }),
  /** Leave requested at least `lead` days before it starts (钟山区 第七十四条). */
  "deadline.leave-request": z.strictObject({ lead: z.number().int().min(0), unit: LeadUnit.default("calendar-days"), roles: z.array(z.string()).default([]) }),
  /** Invitations to leaders reach the office `lead` days ahead (钟山区 第七十五条). */
  "deadline.event-invitation": z.strictObject({ lead: z.number().int().min(0), unit: LeadUnit.default("calendar-days") }),
  /** A conference plan is submitted `lead` days ahead (钟山区 第四十九条). */
  "deadline.conference-plan": z.strictObject({ lead: z.number().int().min(0), unit: LeadUnit.default("calendar-days"), inAdvanceOnly: z.boolean().default(false) }),
  /** Minutes issued within `within` days of the meeting (西城区 三十、三十一). */
  "deadline.minutes": z.strictObject({ within: z.number().int().min(0), unit: LeadUnit.default("calendar-days") }),

  // duration -----------------------------------------------------------------
  /** A meeting lasts at most `minutes` (常州市 四十七; 依安县 第五十五条). */
  "duration.max-minutes": z.strictObject({ minutes: z.number().int().min(1) }),
  /** At most maxCount exchange speeches, each at most maxMinutes (常州市 四十七). */
  "duration.speeches": z.strictObject({ maxCount: z.number().int().min(0), maxMinutes: z.number().int().min(1) }),
  /** A department's report at most `minutes` (常州市 四十七). */
  "duration.report-minutes": z.strictObject({ minutes: z.number().int().min(1) }),
  /** An agenda fits the meeting's time: items' minutes ≤ the meeting's length. */
  "duration.agenda-fits": z.strictObject({}),

  // duty ---------------------------------------------------------------------
  /** 24-hour duty every day: every post filled every day (钟山区 第五十七条). */
  "duty.daily-coverage": z.strictObject({}),
  /** A leader on duty every day (房山区 第七十三条, 第七十四条). */
  "duty.leader-on-duty": z.strictObject({}),
  /** Nobody on duty while absent; a leader who cannot serve swaps (房山区 第七十四条). */
  "duty.available": z.strictObject({}),
  /** At least restDays free days between two duties of one person. */
  "duty.rest": z.strictObject({ restDays: z.number().int().min(0).default(1) }),
  /** Duties and heavy-day duties spread evenly within each pool (max − min ≤ maxSpread). */
  "duty.fairness": z.strictObject({ maxSpread: z.number().int().min(0).default(1) }),

  // recurring duties ---------------------------------------------------------
  /** Every <weekday> <start>–<end> covered by a leader in turn (西城区 六十). */
  "recurring.weekly-rota": z.strictObject({ weekday: Weekday, start: ClockTime, end: ClockTime, duty: z.string().optional() }),
  /** Occurrences per quarter (依安县 第七十二条 study lectures). */
  "recurring.per-quarter": z.strictObject({ min: z.number().int().min(1), meetingType: z.string().optional(), ...SpanSpacing }),

  // encoded for citation only --------------------------------------------------
  /** A rule the plan cannot break (document processing times, etc.): listed, never checked. */
  "info.not-plan-checkable": z.strictObject({ why: z.string().optional() }),
} as const;

export type RuleCheckId = keyof typeof RULE_PARAMS;
/** Check ids that judge a plan: every id of RULE_PARAMS but the citation-only one. */
export type PlanCheckId = Exclude<RuleCheckId, "info.not-plan-checkable">;
export type RuleParams<C extends RuleCheckId> = z.infer<(typeof RULE_PARAMS)[C]>;
export const RULE_CHECK_IDS = Object.keys(RULE_PARAMS) as RuleCheckId[];

export function isRuleCheckId(value: string): value is RuleCheckId {
  return Object.hasOwn(RULE_PARAMS, value);
}
