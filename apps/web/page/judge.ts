// The rules packages, run in the page: every edit is judged here, with the
// spec, profile and calendar the server handed over, by the same code
// `yishi check` and `yishi roster swap` run. The page adds no rule of its own.
import { calendarFromSnapshot, type WorkCalendar } from "@yishi/calendar";
import type { LocalizedText, Plan, Violation } from "@yishi/domain";
import { check, judgePlan } from "@yishi/rules";
import { checkSwap, defaultChecker, findReplacement, resolvePostPools, type PlanChecker, type Replacement, type SwapVerdict } from "@yishi/solver";
import type { WorkbenchSession } from "../src/workbench-session.js";

export interface Seat {
  date: string;
  post: string;
  person: string;
}

export interface Candidate {
  person: string;
  verdict: SwapVerdict;
}

/** What the page shows of a verdict: the checker's violations, or plainly why the plan was not checked. */
export type ShownVerdict = { checked: true; violations: Violation[] } | { checked: false; reason: LocalizedText };

export interface Judge {
  calendar: WorkCalendar;
  /** The violations `yishi check` gives this plan (the same `check`, on the same spec, profile and days). */
  judge(plan: Plan): ShownVerdict;
  /** Everyone of the seat's pool who could take it, each judged as `yishi roster swap` judges the swap; those keeping every rule first. */
  candidates(plan: Plan, seat: Seat): Candidate[];
  /** The replacements changing the fewest other duties (`yishi roster replace`). */
  replacements(plan: Plan, seat: Seat): Replacement[];
}

export function createJudge(session: Pick<WorkbenchSession, "spec" | "profile" | "calendar">): Judge {
  const calendar = calendarFromSnapshot(session.calendar);
  const { spec, profile } = session;
  return {
    calendar,
    // As judgePlan judges (what `yishi check` shows), without hashing what it was judged against: the page does not store a verdict.
    judge: (plan) => {
      if (spec === undefined || profile === undefined) {
        const unchecked = judgePlan({ plan, spec, calendar });
        return unchecked.checked ? { checked: true, violations: unchecked.violations } : unchecked;
      }
      return { checked: true, violations: check(spec, plan, profile, { calendar }) };
    },
    candidates(plan, seat) {
      if (spec === undefined || profile === undefined) return [];
      const checker = memoized(defaultChecker(spec, profile, calendar));
      const pool = resolvePostPools(spec).find((p) => p.post.id === seat.post);
      const taken = new Set(plan.roster.filter((a) => a.date === seat.date && a.post === seat.post).map((a) => a.person));
      const people = (pool?.members ?? []).filter((p) => !taken.has(p));
      return people
        .map((person) => ({ person, verdict: checkSwap({ spec, profile, calendar, plan, swap: { date: seat.date, post: seat.post, from: seat.person, to: person }, checker }) }))
        .sort((a, b) => Number(b.verdict.ok) - Number(a.verdict.ok) || a.verdict.violations.length - b.verdict.violations.length || a.verdict.warnings.length - b.verdict.warnings.length);
    },
    replacements(plan, seat) {
      if (spec === undefined || profile === undefined) return [];
      return findReplacement({ spec, profile, calendar, plan, ...seat, checker: memoized(defaultChecker(spec, profile, calendar)), limit: 5 });
    },
  };
}

/** The plan before the swap is judged once for all candidates, not once per candidate. */
function memoized(checker: PlanChecker): PlanChecker {
  const seen = new WeakMap<Plan, Violation[]>();
  return (plan) => {
    const known = seen.get(plan);
    if (known !== undefined) return known;
    const found = checker(plan);
    seen.set(plan, found);
    return found;
  };
}

/**
 * The verdict the server judged when it loaded the plan, with the same
 * `check`: what the page shows until the first edit, so the first render
 * does not wait for a second judgement of the same plan.
 */
export function verdictOfSession(session: Pick<WorkbenchSession, "plan" | "view">): ShownVerdict {
  const v = session.view.verdict;
  return v.checked ? { checked: true, violations: session.plan.violations } : { checked: false, reason: v.reason };
}
