import { compareText, isLeader, maxOf, type DutyAssignment, type DutyPost, type PlannedMeeting, type RuleProfile, type Spec, type Violation } from "@yishi/domain";
import { diffDays, eachDay, weekdayOf, WEEKDAY_NAMES, type WorkCalendar } from "@yishi/calendar";
import { findDutyHolderBreaks, findDutyRestBreaks, findRules, type RosterFacts } from "@yishi/rules";
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
 * Each finding carries the code and dates the rules package's `check` reports
 * the same fact under — the spec's own duty settings are judged by the very
 * functions `check` runs (findDutyHolderBreaks, findDutyRestBreaks) — so a
 * swap is never refused for a break `check` would not report. Used to answer
 * swap requests and to verify the planner's own output.
 */
export function validateRoster(input: ValidateRosterInput): Violation[] {
  const { spec, profile, calendar, period, roster } = input;
  const meetings = input.meetings ?? [];
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
    const post = posts.get(a.post);
    if (!post) {
      out.push(violation(dutyRuleRef(profile, "duty.daily-coverage", spec), [a.date], [a.person], [a.post], {
        zh: `${a.date} 值班岗位 ${a.post} 不存在`,
        en: `${a.date}: there is no duty post ${a.post}`,
      }));
      continue;
    }
    for (const v of judgeHolder(a, post, spec, profile)) out.push(v);
  }
  const facts = { spec, profile, period, roster, meetings };
  // One at a time: a long list spread into push() overflows the stack (a roster of thousands can break thousands of times).
  for (const find of [findDutyHolderBreaks, findDayWithoutLeader, findProfileRestBreaks, findDutyRestBreaks]) for (const v of find(facts)) out.push(v);
  return out;
}

/** 房山区 第七十三条 and its kin (`duty.leader-on-duty`): a day whose posts in the rule's scope hold no leader, as the rules package's module judges it. */
function findDayWithoutLeader({ spec, profile, period, roster }: RosterFacts): Violation[] {
  const out: Violation[] = [];
  const leaders = new Set(spec.people.filter(isLeader).map((p) => p.id));
  for (const { rule } of findRules(profile, "duty.leader-on-duty")) {
    const posts = spec.duty.posts.filter((p) => rule.scope.duties.includes("*") || rule.scope.duties.includes(p.id)).map((p) => p.id);
    if (posts.length === 0) continue;
    const led = new Set(roster.filter((a) => posts.includes(a.post) && leaders.has(a.person)).map((a) => a.date));
    const ref: DutyRuleRef = { rule: rule.id, code: "duty.leader-on-duty", severity: rule.severity, citation: rule.citation };
    for (const date of eachDay(period.from, period.to)) {
      if (!led.has(date)) out.push(violation(ref, [date], [], posts, { zh: `${date}没有领导带班`, en: `${date} has no leader on duty` }));
    }
  }
  return out;
}

/**
 * The profile's `duty.rest` rules, each over the duties of the posts it
 * covers, as the rules package's module judges them (its code, dates and
 * article); the spec's own rest is findDutyRestBreaks.
 */
function findProfileRestBreaks({ spec, profile, period, roster }: RosterFacts): Violation[] {
  const out: Violation[] = [];
  for (const { rule, params } of findRules(profile, "duty.rest")) {
    const covered = (post: string) => rule.scope.duties.includes("*") || rule.scope.duties.includes(post);
    const byPerson = new Map<string, Set<string>>();
    for (const a of roster) if (covered(a.post)) byPerson.set(a.person, (byPerson.get(a.person) ?? new Set()).add(a.date));
    for (const [person, all] of [...byPerson].sort(([a], [b]) => compareText(a, b))) {
      const dates = [...all].sort();
      for (let i = 1; i < dates.length; i++) {
        const free = diffDays(dates[i - 1]!, dates[i]!) - 1;
        if (free >= params.restDays || dates[i]! < period.from || dates[i]! > period.to) continue;
        const ref: DutyRuleRef = { rule: rule.id, code: "duty.rest", severity: rule.severity, citation: rule.citation };
        out.push(violation(ref, [dates[i - 1]!, dates[i]!], [person], [], {
          zh: `${spec.people.find((p) => p.id === person)?.name ?? person} 在 ${dates[i - 1]} 和 ${dates[i]} 均值班，中间仅休息${free}天，至少应休息${params.restDays}天`,
          en: `${person} is on duty on ${dates[i - 1]} and ${dates[i]} with ${free} day(s) off between; at least ${params.restDays} needed`,
        }));
      }
    }
  }
  return out;
}

/**
 * What `check`'s own modules find in one duty, each judged on its own as they
 * judge it (a duty can break several): away that day (the profile's
 * `duty.available` for the post, else `spec.person-conflict`), ruled out by a
 * restriction (`spec.duty-restriction`), a non-leader on a leaders-only post
 * the profile's `duty.leader-on-duty` covers. The pool, leaders-only posts
 * without that rule, and meetings are findDutyHolderBreaks'.
 */
function judgeHolder(a: DutyAssignment, post: DutyPost, spec: Spec, profile: Pick<RuleProfile, "rules">): Violation[] {
  const out: Violation[] = [];
  const person = spec.people.find((p) => p.id === a.person);
  const name = person?.name ?? a.person;
  const subjects = [[a.date], [a.person], [a.post]] as const;
  const bySpec = (code: `spec.${string}`, article: string, text: string): DutyRuleRef => ({ rule: code, code, severity: "hard", citation: { jurisdiction: spec.organization.name, article, text } });
  if (post.leadersOnly && !(person && isLeader(person)) && findRules(profile, "duty.leader-on-duty", { duty: a.post }).length > 0) {
    out.push(violation(dutyRuleRef(profile, "duty.leader-on-duty", spec, a.post), ...subjects, {
      zh: `${a.date} ${post.name}须由区领导担任，${name}不是区领导`,
      en: `${a.date}: ${post.name} must be a district leader; ${a.person} is not one`,
    }));
  }
  const away = spec.absences.find((x) => x.person === a.person && x.from <= a.date && a.date <= x.to);
  if (away) {
    const ref = findRules(profile, "duty.available", { duty: a.post }).length > 0
      ? dutyRuleRef(profile, "duty.available", spec, a.post)
      : bySpec("spec.person-conflict", `absences[${spec.absences.indexOf(away)}]`, away.reason ?? "本计划记录的人员不在岗时段");
    out.push(violation(ref, ...subjects, {
      zh: `${a.date} ${name}${away.reason ? `（${away.reason}）` : ""}不在岗，不能值班`,
      en: `${a.date}: ${a.person} is away (${away.kind}${away.reason ? `: ${away.reason}` : ""}) and cannot be on duty`,
    }));
  }
  spec.duty.restrictions.forEach((r, i) => {
    if (r.person !== a.person) return;
    const weekday = weekdayOf(a.date);
    const byDay = r.noWeekdays.includes(weekday);
    if (!byDay && !r.noShift.includes(a.shift)) return;
    out.push(violation(bySpec("spec.duty-restriction", `duty.restrictions[${i}]`, r.reason ?? "本计划的值班限制"), ...subjects, {
      zh: `${a.date} ${name}按值班限制${byDay ? `星期${WEEKDAY_NAMES.zhShort[weekday - 1]}不值班` : `不值${a.shift}班`}${r.reason ? `（${r.reason}）` : ""}`,
      en: `${a.date}: ${a.person} is restricted from ${byDay ? `weekday ${weekday}` : `${a.shift} shifts`}${r.reason ? ` (${r.reason})` : ""}`,
    }));
  });
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
