import { MEETING_ORGANIZER_LABELS, type MeetingOrganizer, type MeetingSeries, type Role, type RuleScope, type Spec } from "@yishi/domain";
import { describeRoles } from "./role-labels.js";

/**
 * What a rule's scope may ask of a meeting beyond its type (RuleScope's
 * `series`, `chairRoles`, `organizers`). A fact left undefined is not known
 * and never excludes a rule: a planner asking only by meeting type gets every
 * rule that may bind, so it never plans less than the checker judges.
 */
export interface MeetingFacts {
  series?: string;
  /** Roles of the standing chair: the convener of the series' body. */
  chairRoles?: readonly Role[];
  organizer?: MeetingOrganizer;
}

/**
 * The facts of a series: its id, its organizer (the government unless it says
 * otherwise) and, given the spec's bodies and people, its standing chair's roles.
 * The chair is the body's convener, not whoever stands in on a day: a
 * mayor's topic meeting a deputy chairs while the mayor is away is still
 * the mayor's series (房山区 第四十二条 区长主持召开的专题会议).
 */
export function seriesFacts(series: Pick<MeetingSeries, "id" | "body" | "organizer">, spec?: Pick<Spec, "bodies" | "people">): MeetingFacts {
  const body = spec?.bodies.find((b) => b.id === series.body);
  const chair = body === undefined ? undefined : spec?.people.find((p) => p.id === body.convener);
  return { series: series.id, organizer: series.organizer ?? "government", ...(chair === undefined ? {} : { chairRoles: chair.roles }) };
}

/** Whether the scope's narrowings (not its meeting types) admit a meeting with these facts. */
export function scopeAdmits(scope: Pick<RuleScope, "series" | "chairRoles" | "organizers">, facts: MeetingFacts): boolean {
  if (scope.series !== undefined && facts.series !== undefined && !scope.series.includes(facts.series)) return false;
  if (scope.chairRoles !== undefined && facts.chairRoles !== undefined && !facts.chairRoles.some((r) => scope.chairRoles!.includes(r))) return false;
  if (scope.organizers !== undefined && facts.organizer !== undefined && !scope.organizers.includes(facts.organizer)) return false;
  return true;
}

/** Whether two scopes' narrowings can never hold of one meeting (disjoint series, chair roles or organizers). */
export function narrowingsDisjoint(a: Pick<RuleScope, "series" | "chairRoles" | "organizers">, b: Pick<RuleScope, "series" | "chairRoles" | "organizers">): boolean {
  const disjoint = <T>(x: readonly T[] | undefined, y: readonly T[] | undefined) => x !== undefined && y !== undefined && !x.some((v) => y.includes(v));
  return disjoint(a.series, b.series) || disjoint(a.chairRoles, b.chairRoles) || disjoint(a.organizers, b.organizers);
}

/** The narrowings said in words, for `profiles show` and messages; empty when there are none. */
export function describeNarrowings(scope: Pick<RuleScope, "series" | "chairRoles" | "organizers">): { zh: string[]; en: string[] } {
  const zh: string[] = [];
  const en: string[] = [];
  if (scope.chairRoles !== undefined) {
    const roles = describeRoles(scope.chairRoles);
    zh.push(`${roles.zh}主持的`);
    en.push(`chaired by ${roles.en}`);
  }
  if (scope.organizers !== undefined) {
    zh.push(scope.organizers.map((o) => MEETING_ORGANIZER_LABELS[o].zh).join("或") + "的");
    en.push(scope.organizers.map((o) => MEETING_ORGANIZER_LABELS[o].en).join(" or "));
  }
  if (scope.series !== undefined) {
    zh.push(`系列 ${scope.series.join("、")}`);
    en.push(`series ${scope.series.join(", ")}`);
  }
  return { zh, en };
}
