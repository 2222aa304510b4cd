import { maxOf, PLAN_SCHEMA, type DutyAssignment, type Plan, type PlannedMeeting, type RuleProfile, type Spec, type Violation } from "@yishi/domain";
import type { WorkCalendar } from "@yishi/calendar";
import { checkRoster, findRules } from "@yishi/rules";
import { describeDutyDays, seatsOn } from "./duty-days.js";
import { dutyRuleRef, seatRuleRef, type DutyRuleRef } from "./duty-citations.js";

export interface ValidateRosterInput {
  spec: Spec;
  profile: Pick<RuleProfile, "rules">;
  calendar: WorkCalendar;
  period: { from: string; to: string };
  roster: readonly DutyAssignment[];
  meetings?: readonly PlannedMeeting[];
}

/** The rest the roster must keep: the larger of spec.duty.restDays and the profile's `duty.rest`. */
export function restDaysOf(spec: Pick<Spec, "duty">, profile: Pick<RuleProfile, "rules">): number {
  return maxOf(findRules(profile, "duty.rest").map((r) => r.params.restDays), spec.duty.restDays);
}

/**
 * The roster's rules judged from the assignments alone (no planner state):
 * every post filled every day, the holder one who may hold it (pool, leaders
 * only, not away, not restricted, not at a meeting) and rest between duties.
 * All but the empty seats are the rules package's own modules (checkRoster),
 * so a swap is never refused, nor a plan passed, on a break `check` judges
 * otherwise. Findings about duties before or after the period (a previous
 * roster's history) count only where they end inside it. Used to answer swap
 * requests and to verify the planner's own output.
 */
export function validateRoster(input: ValidateRosterInput): Violation[] {
  const { spec, profile, calendar, period, roster } = input;
  const out: Violation[] = [];
  const posts = new Map(spec.duty.posts.map((p) => [p.id, p]));
  const inPeriod = roster.filter((a) => a.date >= period.from && a.date <= period.to);
  // Distinct people per seat-day: one person listed twice on a post holds one seat, as `check` counts it.
  const byPostDay = new Map<string, Set<string>>();
  for (const a of inPeriod) byPostDay.set(`${a.post}|${a.date}`, (byPostDay.get(`${a.post}|${a.date}`) ?? new Set()).add(a.person));

  for (const day of describeDutyDays(calendar, period.from, period.to, spec.duty.festivalHolidays)) {
    for (const post of spec.duty.posts) {
      const need = seatsOn(post, day);
      const have = byPostDay.get(`${post.id}|${day.date}`)?.size ?? 0;
      if (have < need) {
        // The spec's staffing asks for the seat; the profile's coverage article makes it a break where there is one.
        const ref = seatRuleRef(profile, spec, post.id);
        out.push(violation(ref, [day.date], [], [post.id], {
          zh: `${day.date} ${post.name}缺${need - have}人（本计划的值班设置需${need}人）`,
          en: `${day.date}: post ${post.id} is short of ${need - have} (the spec's duty staffing asks for ${need})`,
        }));
      }
    }
  }
  for (const a of inPeriod) {
    if (posts.has(a.post)) continue;
    out.push(violation(dutyRuleRef(profile, "duty.daily-coverage", spec), [a.date], [a.person], [a.post], {
      zh: `${a.date} 值班岗位 ${a.post} 不存在`,
      en: `${a.date}: there is no duty post ${a.post}`,
    }));
  }
  const plan: Plan = {
    schema: PLAN_SCHEMA, organization: spec.organization.id, profile: "roster", period: { ...period, label: `${period.from}..${period.to}` },
    meetings: [...(input.meetings ?? [])], roster: [...roster], recurringDuties: [], unplacedItems: [], notices: [], changes: [], violations: [], solve: [],
  };
  for (const v of checkRoster(spec, plan, profile, calendar)) {
    const last = v.subjects.dates[v.subjects.dates.length - 1];
    if (last === undefined || (last >= period.from && last <= period.to)) out.push(v);
  }
  return out;
}

export function violation(ref: DutyRuleRef, dates: readonly string[], people: readonly string[], duties: readonly string[], message: { zh: string; en: string }): Violation {
  return {
    rule: ref.rule,
    code: ref.code,
    severity: ref.severity,
    citation: ref.citation,
    message,
    subjects: { meetings: [], dates: [...dates], people: [...people], items: [], duties: [...duties] },
  };
}
