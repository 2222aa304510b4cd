import type { CapApproval, ItemCategory, MeetingType, PlannedMeeting, Rule, RuleProfile } from "@yishi/domain";
import { findRules, minutesBetween, reachesAmountThreshold, type RuleParams } from "@yishi/rules";
import type { Lead } from "./lead-time.js";

/**
 * Everything the profile says about one meeting type's agenda, read through
 * `findRules` so the planner and the checker judge by the same parameters.
 */
export interface AgendaRules {
  type: MeetingType;
  /** agenda.max-items (钟山区 第四十五条): the smallest cap; undefined = none. */
  maxItems?: { max: number; approvalOverrides: boolean; rule: Rule };
  /** duration.max-minutes: the smallest limit. */
  maxMinutes?: number;
  /** duration.report-minutes: the smallest limit for department reports. */
  reportMinutes?: number;
  filing: (Lead & { rule: Rule })[];
  materials: (Lead & { rule: Rule })[];
  /**
   * agenda.legal-review: `lead` before the meeting, or with `before: filing` by the day the item was filed (北京市 二十三),
   * or with `before: materials` sent `lead` before its materials go to the office (西城区 附件1 三.1).
   */
  legal: (RuleParams<"agenda.legal-review"> & { rule: Rule })[];
  /** agenda.countersign (西城区 附件1 三.1 由区政府办公室主任会签后方可上会). */
  countersign: (RuleParams<"agenda.countersign"> & { rule: Rule })[];
  /** agenda.prior-reviews (钟山区 第十七条 评估论证、公开征求意见…集体决议决定): each review before the meeting day. */
  priorReviews: (RuleParams<"agenda.prior-reviews"> & { rule: Rule })[];
  /** agenda.item-window (西城区 五十九(一), 五十五): items of its categories only on a meeting inside their window. */
  windows: (RuleParams<"agenda.item-window"> & { rule: Rule })[];
  topicFirst: { categories: ItemCategory[]; rule: Rule }[];
  notListable: (RuleParams<"agenda.not-listable"> & { rule: Rule })[];
  sponsorAttends?: RuleParams<"agenda.sponsor-attends"> & { rule: Rule };
  /** deadline.topic-meeting-within (钟山区 第四十二条), for topic meetings. */
  topicWithin?: { workingDays: number; rule: Rule };
}

export function readAgendaRules(profile: Pick<RuleProfile, "rules">, type: MeetingType): AgendaRules {
  const scope = { meetingType: type };
  const min = <T>(list: T[], pick: (x: T) => number) => (list.length === 0 ? undefined : list.reduce((a, b) => (pick(b) < pick(a) ? b : a)));
  const caps = findRules(profile, "agenda.max-items", scope);
  const cap = min(caps, (r) => r.params.max);
  const maxMinutes = min(findRules(profile, "duration.max-minutes", scope), (r) => r.params.minutes);
  const report = min(findRules(profile, "duration.report-minutes", scope), (r) => r.params.minutes);
  const sponsor = findRules(profile, "agenda.sponsor-attends", scope);
  const within = min(findRules(profile, "deadline.topic-meeting-within", scope), (r) => r.params.workingDays);
  return {
    type,
    ...(cap ? { maxItems: { max: cap.params.max, approvalOverrides: caps.every((r) => r.params.approvalOverrides), rule: cap.rule } } : {}),
    ...(maxMinutes ? { maxMinutes: maxMinutes.params.minutes } : {}),
    ...(report ? { reportMinutes: report.params.minutes } : {}),
    filing: findRules(profile, "deadline.item-filing", scope).map((r) => ({ ...r.params, rule: r.rule })),
    materials: findRules(profile, "deadline.materials", scope).map((r) => ({ ...r.params, rule: r.rule })),
    legal: findRules(profile, "agenda.legal-review", scope).map((r) => ({ ...r.params, rule: r.rule })),
    countersign: findRules(profile, "agenda.countersign", scope).map((r) => ({ ...r.params, rule: r.rule })),
    priorReviews: findRules(profile, "agenda.prior-reviews", scope).map((r) => ({ ...r.params, rule: r.rule })),
    windows: findRules(profile, "agenda.item-window", scope).map((r) => ({ ...r.params, rule: r.rule })),
    topicFirst: findRules(profile, "agenda.topic-meeting-first", scope).map((r) => ({ ...r.params, rule: r.rule })),
    notListable: findRules(profile, "agenda.not-listable", scope).map((r) => ({ ...r.params, rule: r.rule })),
    ...(sponsor.length > 0
      ? { sponsorAttends: { leader: sponsor.some((r) => r.params.leader), unitHead: sponsor.some((r) => r.params.unitHead), rule: sponsor[0]!.rule } }
      : {}),
    ...(within ? { topicWithin: { workingDays: within.params.workingDays, rule: within.rule } } : {}),
  };
}

/**
 * The mayor's approval to exceed the cap at this meeting (钟山区 第四十五条), if
 * recorded by someone who may give it (the mayor or the body's convener).
 */
export function approvalFor(approvals: readonly CapApproval[], meeting: Pick<PlannedMeeting, "id" | "series" | "date">, mayApprove: (person: string) => boolean): CapApproval | undefined {
  return approvals
    .filter((a) => mayApprove(a.approvedBy))
    .filter((a) => (a.meeting !== undefined ? a.meeting === meeting.id : a.date === meeting.date && (a.series === undefined || a.series === meeting.series)))
    .sort((a, b) => b.maxItems - a.maxItems)[0];
}

/** The item cap and minutes budget of one meeting. */
export function meetingCapacity(
  rules: AgendaRules,
  meeting: PlannedMeeting,
  approvals: readonly CapApproval[],
  mayApprove: (person: string) => boolean,
): { maxItems: number; maxMinutes: number; approval?: CapApproval } {
  const length = minutesBetween(meeting.start, meeting.end);
  const maxMinutes = Math.max(0, Math.min(length, rules.maxMinutes ?? length));
  if (rules.maxItems === undefined) return { maxItems: Number.MAX_SAFE_INTEGER, maxMinutes };
  const approval = rules.maxItems.approvalOverrides ? approvalFor(approvals, meeting, mayApprove) : undefined;
  const maxItems = approval !== undefined ? Math.max(approval.maxItems, rules.maxItems.max) : rules.maxItems.max;
  return { maxItems, maxMinutes, ...(approval ? { approval } : {}) };
}

/** Categories or amounts that must go to the executive meeting (钟山区 第四十条(五)(六)). */
export function mustGoToExecutive(profile: Pick<RuleProfile, "rules">, item: { category: ItemCategory; amountYuan?: number | undefined }): Rule | undefined {
  for (const r of findRules(profile, "agenda.executive-only")) {
    if (r.params.categories.includes(item.category)) return r.rule;
    if (reachesAmountThreshold(r.params, item.amountYuan)) return r.rule;
  }
  return undefined;
}
