import { compareText, maxOf, type DutyAssignment, type PlannedMeeting, type RuleProfile, type Spec, type Violation } from "@yishi/domain";
import { diffDays, WEEKDAY_NAMES, type WorkCalendar } from "@yishi/calendar";
import { findRules } from "@yishi/rules";
import { createDutyAvailability, type Unavailability } from "./duty-availability.js";
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
 * The roster's hard rules judged from the assignments alone (no planner
 * state): every post filled every day, leaders only on leaders-only posts,
 * nobody on duty while absent, in a meeting or restricted, and rest between
 * duties. Each finding cites its rule. Used to answer swap requests and to
 * verify the planner's own output.
 */
export function validateRoster(input: ValidateRosterInput): Violation[] {
  const { spec, profile, calendar, period, roster } = input;
  const out: Violation[] = [];
  const availability = createDutyAvailability(spec, input.meetings ?? []);
  const posts = new Map(spec.duty.posts.map((p) => [p.id, p]));
  const inPeriod = roster.filter((a) => a.date >= period.from && a.date <= period.to);
  const byPostDay = new Map<string, DutyAssignment[]>();
  for (const a of inPeriod) byPostDay.set(`${a.post}|${a.date}`, [...(byPostDay.get(`${a.post}|${a.date}`) ?? []), a]);

  for (const day of describeDutyDays(calendar, period.from, period.to, spec.duty.festivalHolidays)) {
    for (const post of spec.duty.posts) {
      const need = seatsOn(post, day);
      const have = byPostDay.get(`${post.id}|${day.date}`)?.length ?? 0;
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
    const why = availability.why(a.person, a.date, post);
    if (!why) continue;
    const found = unavailableViolation(why, a, post.name, spec, profile);
    // A meeting is a hard bar only when someone else could have held the post that day.
    if (why.kind === "meeting" && post.pool.every((p) => p === a.person || availability.why(p, a.date, post) !== undefined)) {
      found.severity = "soft";
      found.message = {
        zh: `${found.message.zh}；当天所有可带班人员均须出席会议，只能由其值班并保持通信畅通`,
        en: `${found.message.en}; everyone who could hold the post is expected at a meeting that day, so one of them keeps it and stays reachable`,
      };
    }
    out.push(found);
  }
  const restDays = restDaysOf(spec, profile);
  const byPerson = new Map<string, DutyAssignment[]>();
  for (const a of roster) byPerson.set(a.person, [...(byPerson.get(a.person) ?? []), a]);
  for (const [person, duties] of [...byPerson].sort(([a], [b]) => compareText(a, b))) {
    duties.sort((x, y) => compareText(x.date, y.date) || compareText(x.post, y.post));
    for (let i = 1; i < duties.length; i++) {
      const prev = duties[i - 1]!;
      const cur = duties[i]!;
      if (cur.date < period.from || cur.date > period.to) continue;
      const gap = diffDays(prev.date, cur.date);
      if (gap > restDays) continue;
      const ref = dutyRuleRef(profile, "duty.rest", spec, cur.post);
      out.push(violation(ref, [prev.date, cur.date], [person], [prev.post, cur.post], gap === 0
        ? { zh: `${person} 在 ${cur.date} 同时担任两个值班岗位`, en: `${person} holds two duty posts on ${cur.date}` }
        : {
            zh: `${person} 在 ${prev.date} 和 ${cur.date} 连续值班，两次值班之间至少应休息${restDays}天`,
            en: `${person} is on duty on ${prev.date} and ${cur.date}; at least ${restDays} free day(s) must lie between two duties`,
          }));
    }
  }
  return out;
}

function unavailableViolation(why: Unavailability, a: DutyAssignment, postName: string, spec: Spec, profile: Pick<RuleProfile, "rules">): Violation {
  const name = spec.people.find((p) => p.id === a.person)?.name ?? a.person;
  const subjects = { dates: [a.date], people: [a.person], duties: [a.post] };
  switch (why.kind) {
    case "not-leader":
      return violation(dutyRuleRef(profile, "duty.leader-on-duty", spec, a.post), subjects.dates, subjects.people, subjects.duties, {
        zh: `${a.date} ${postName}须由区领导担任，${name}不是区领导`,
        en: `${a.date}: ${postName} must be a district leader; ${a.person} is not one`,
      });
    case "not-in-pool":
      return violation(dutyRuleRef(profile, "duty.daily-coverage", spec, a.post), subjects.dates, subjects.people, subjects.duties, {
        zh: `${a.date} ${name}不在${postName}的值班人员名单中`,
        en: `${a.date}: ${a.person} is not in the pool of post ${a.post}`,
      });
    case "absent":
      return violation(dutyRuleRef(profile, "duty.available", spec, a.post), subjects.dates, subjects.people, subjects.duties, {
        zh: `${a.date} ${name}${why.absence.reason ? `（${why.absence.reason}）` : ""}不在岗，不能值班`,
        en: `${a.date}: ${a.person} is away (${why.absence.kind}${why.absence.reason ? `: ${why.absence.reason}` : ""}) and cannot be on duty`,
      });
    case "meeting":
      return violation(dutyRuleRef(profile, "duty.available", spec, a.post), subjects.dates, subjects.people, subjects.duties, {
        zh: `${a.date} ${name}须出席会议「${why.meeting.title}」，不能值班`,
        en: `${a.date}: ${a.person} is expected at meeting ${why.meeting.id} and cannot be on duty`,
      });
    case "no-weekday":
    case "no-shift":
      return violation(dutyRuleRef(profile, "duty.available", spec, a.post), subjects.dates, subjects.people, subjects.duties, {
        zh: `${a.date} ${name}按值班限制${why.kind === "no-weekday" ? `星期${WEEKDAY_NAMES.zhShort[why.weekday - 1]}不值班` : `不值${why.shift}班`}${why.reason ? `（${why.reason}）` : ""}`,
        en: `${a.date}: ${a.person} is restricted from ${why.kind === "no-weekday" ? `weekday ${why.weekday}` : `${why.shift} shifts`}${why.reason ? ` (${why.reason})` : ""}`,
      });
  }
}

export function violation(ref: DutyRuleRef, dates: string[], people: string[], duties: string[], message: { zh: string; en: string }): Violation {
  return {
    rule: ref.rule,
    code: ref.code,
    severity: ref.severity,
    citation: ref.citation,
    message,
    subjects: { meetings: [], dates, people, items: [], duties },
  };
}
