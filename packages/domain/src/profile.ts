import { z } from "zod";
import { Id, LocalizedText, Name, Text } from "./primitives.js";
import { LIMITS } from "./limits.js";
import { MeetingOrganizer, MeetingType } from "./meeting-type.js";
import { Role } from "./people.js";

export const RuleKind = z.enum([
  "cadence",
  "calendar",
  "quorum",
  "attendance",
  "agenda",
  "deadline",
  "duration",
  "duty",
  "recurring-duty",
]);
export type RuleKind = z.infer<typeof RuleKind>;

export const Severity = z.enum(["hard", "soft"]);
export type Severity = z.infer<typeof Severity>;

/** Where a rule comes from: `钟山区 第四十五条` and the sentence it encodes. */
export const Citation = z.strictObject({
  jurisdiction: Name,
  article: Name,
  /** The article's own words (Chinese), quoted from the seed document. */
  text: Text.min(1),
  /** The source file in shared/seeds. */
  source: Text.optional(),
});
export type Citation = z.infer<typeof Citation>;

export function formatCitation(c: Pick<Citation, "jurisdiction" | "article">): string {
  return `${c.jurisdiction} ${c.article}`;
}

/**
 * Which meetings or duties a rule covers. An empty list means "none of that kind".
 * The optional narrowings apply to meetings only, and absent means no narrowing:
 * a rule covers a meeting of its types whose series is listed, whose standing
 * chair holds one of the roles, and whose organizer is listed.
 */
export const RuleScope = z.strictObject({
  meetingTypes: z.array(MeetingType).max(LIMITS.maxSmallList).default([]),
  /** Duty posts or recurring duties by id; "*" for all. */
  duties: z.array(z.string().max(LIMITS.maxIdLength)).max(LIMITS.maxDutyPosts + LIMITS.maxRecurringDuties).default([]),
  /** Only these series of the spec (by id): a spec's own rule for one series. */
  series: z.array(Id).max(LIMITS.maxSeries).optional(),
  /**
   * Only meetings whose standing chair — the convener of the series' body, not
   * a stand-in of the day — holds one of these roles (房山区 第四十二条 区长主持召开的专题会议).
   */
  chairRoles: z.array(Role).max(LIMITS.maxSmallList).optional(),
  /** Only meetings held by these organizers (常州市 四十六 部门召开的全市性工作会议); a series without `organizer` is the government's. */
  organizers: z.array(MeetingOrganizer).max(LIMITS.maxSmallList).optional(),
});
export type RuleScope = z.infer<typeof RuleScope>;

/**
 * One rule of a profile: data, not code. `check` names the rule module that
 * evaluates it (e.g. "agenda.max-items"); `params` are validated by that module.
 */
export const Rule = z.strictObject({
  id: Id,
  kind: RuleKind,
  check: Name,
  scope: RuleScope.default({ meetingTypes: [], duties: [] }),
  severity: Severity,
  params: z.record(z.string(), z.unknown()).default({}),
  citation: Citation,
  /** A planner may write rules in a spec, so the summary is bounded like any text. */
  summary: z.object({ zh: Text, en: Text }),
  enabled: z.boolean().default(true),
  /** Why a planner turned it off; kept and shown. */
  disabledReason: Text.optional(),
  /** Id of the profile the rule was inherited from, when inherited. */
  inheritedFrom: Name.optional(),
});
export type Rule = z.infer<typeof Rule>;
export type RuleInput = z.input<typeof Rule>;

export const RuleProfile = z.strictObject({
  id: Id,
  name: LocalizedText,
  jurisdiction: z.string().min(1),
  /** Profile this one extends (西城区 extends 北京市). */
  extends: Id.optional(),
  source: z.string().optional(),
  year: z.number().int().optional(),
  meetingTypes: z.array(MeetingType).default([]),
  rules: z.array(Rule),
  /** Which side the profile takes where documents disagree. */
  notes: z.array(z.string()).default([]),
});
export type RuleProfile = z.infer<typeof RuleProfile>;
export type RuleProfileInput = z.input<typeof RuleProfile>;

/**
 * The scope fields an override changes, each optional and without a default:
 * `RuleScope.partial()` would fill an omitted `meetingTypes` with [] and an
 * override naming only `duties` (or `chairRoles`) would empty the rule's types.
 */
const RuleScopeChange = z.strictObject({
  meetingTypes: RuleScope.shape.meetingTypes.unwrap().optional(),
  duties: RuleScope.shape.duties.unwrap().optional(),
  series: RuleScope.shape.series,
  chairRoles: RuleScope.shape.chairRoles,
  organizers: RuleScope.shape.organizers,
});

/** A planner's change to a shipped profile, kept in their spec. */
export const RuleOverride = z.strictObject({
  rule: Id,
  params: z.record(z.string(), z.unknown()).optional(),
  severity: Severity.optional(),
  enabled: z.boolean().optional(),
  scope: RuleScopeChange.optional(),
  /** Required when turning a rule off. */
  reason: Text.optional(),
}).refine((o) => o.enabled !== false || (o.reason !== undefined && o.reason.trim() !== ""), {
  message: "turning a rule off needs a `reason`",
  path: ["reason"],
});
export type RuleOverride = z.infer<typeof RuleOverride>;

export const ProfileSelection = z.strictObject({
  /** Shipped profile id, e.g. "default", "钟山区", "西城区". */
  base: Name.default("default"),
  overrides: z.array(RuleOverride).max(LIMITS.maxRules).default([]),
  /** Extra rules of known check kinds. */
  rules: z.array(Rule).max(LIMITS.maxRules).default([]),
});
export type ProfileSelection = z.infer<typeof ProfileSelection>;
