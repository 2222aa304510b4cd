import { compareText, type Citation, type DutyAssignment, type Violation } from "@yishi/domain";
import { diffDays } from "@yishi/calendar";
import { findRules } from "../find-rules.js";
import type { BuiltinCheck, CheckContext } from "./types.js";
import { makeSpecViolation } from "./make-violation.js";

/**
 * Rest between duties by the spec's own `duty.restDays`, under every profile,
 * and nobody on two seats the same day. The planner keeps the larger of the
 * spec's rest and the profile's `duty.rest`; the profile's rule reports its own
 * article's breaks, so this check stays quiet on a pair a hard `duty.rest`
 * rule covering both duties already reports, and cites the spec (not an
 * article) for the rest the spec alone asks for.
 */
export const specDutyRest: BuiltinCheck = {
  id: "spec.duty-rest",
  evaluate: findDutyRestBreaks,
};

function findDutyRestBreaks(ctx: CheckContext): Violation[] {
  const { spec, profile } = ctx;
  const { period } = ctx.plan;
  const out: Violation[] = [];
  const rules = findRules(profile, "duty.rest").filter((r) => r.rule.severity === "hard");
  const covers = (r: (typeof rules)[number], held: readonly DutyAssignment[]) => held.some((a) => r.rule.scope.duties.includes("*") || r.rule.scope.duties.includes(a.post));
  const name = ctx.personName;
  const byPerson = new Map<string, Map<string, DutyAssignment[]>>();
  for (const a of ctx.plan.roster) {
    let days = byPerson.get(a.person);
    if (!days) byPerson.set(a.person, (days = new Map()));
    days.set(a.date, [...(days.get(a.date) ?? []), a]);
  }
  const restDays = spec.duty.restDays;
  const citation: Citation = {
    jurisdiction: spec.organization.name,
    article: "duty.restDays",
    text: `本计划的值班设置：两次值班之间至少休息${restDays}天（计划自身的值班配置，非工作规则条文）`,
  };
  for (const [person, days] of [...byPerson].sort(([a], [b]) => compareText(a, b))) {
    const dates = [...days.keys()].sort();
    for (let i = 0; i < dates.length; i++) {
      const date = dates[i]!;
      if (date < period.from || date > period.to) continue;
      const held = days.get(date)!;
      if (held.length > 1) {
        const posts = [...new Set(held.map((a) => a.post))].sort();
        out.push(makeSpecViolation("spec.duty-rest", citation, {
          zh: `${name(person)}${date}同时担任${held.length}个值班席位（${posts.join("、")}）`,
          en: `${name(person)} holds ${held.length} duty seats on ${date} (${posts.join(", ")})`,
        }, { dates: [date], people: [person], duties: posts }, { zh: "一人一天只担任一个值班席位。把其中一个换给别人。", en: "One person holds one seat a day. Give one of them to someone else." }));
      }
      if (i === 0) continue;
      const prev = dates[i - 1]!;
      const free = diffDays(prev, date) - 1;
      if (free >= restDays) continue;
      // The profile's own rule reports this pair (and cites its article) when it covers a duty on each day.
      if (rules.some((r) => free < r.params.restDays && covers(r, days.get(prev)!) && covers(r, held))) continue;
      out.push(makeSpecViolation("spec.duty-rest", citation, {
        zh: `${name(person)}${prev}和${date}均值班，中间仅休息${free}天；本计划的值班设置（duty.restDays）要求至少休息${restDays}天`,
        en: `${name(person)} is on duty on ${prev} and ${date} with ${free} day${free === 1 ? "" : "s"} off between; the spec's duty settings (duty.restDays) ask for at least ${restDays}`,
      }, { dates: [prev, date], people: [person], duties: [...new Set([...days.get(prev)!, ...held].map((a) => a.post))] }, { zh: "调换值班，使两次值班之间有足够休息。", en: "Swap duties so there is enough rest between them." }));
    }
  }
  return out;
}
