import { addFacts, compareText } from "@yishi/domain";
import type { DutyAssignment, Plan, RuleProfile, Spec, Violation } from "@yishi/domain";
import { YishiError } from "@yishi/domain";
import type { WorkCalendar } from "@yishi/calendar";
import { check } from "@yishi/rules";
import { validateRoster } from "./validate-roster.js";

/** Judges a whole plan; the rules package's `check` fits, as does the roster validator. */
export type PlanChecker = (plan: Plan) => Violation[];

/** `from` gives up post `post` on `date` to `to`; with `withDate`, `from` takes `to`'s duty of that post on that day in exchange. */
export interface DutySwap {
  date: string;
  post: string;
  from: string;
  to: string;
  withDate?: string;
}

export interface SwapVerdict {
  ok: boolean;
  /** Hard violations the swap would introduce (empty when ok). */
  violations: Violation[];
  /** Soft violations it would introduce (it is still allowed). */
  warnings: Violation[];
  /** The roster after the swap. */
  roster: DutyAssignment[];
  changes: { date: string; post: string; from: string; to: string }[];
}

export interface CheckSwapInput {
  spec: Spec;
  profile: Pick<RuleProfile, "rules">;
  calendar: WorkCalendar;
  plan: Plan;
  swap: DutySwap;
  /** Defaults to defaultChecker: the rules package's `check` plus validateRoster. */
  checker?: PlanChecker;
}

/**
 * Every rule: the rules package's `check` over the whole plan (the profile's
 * articles; when a full profile is given) combined with validateRoster (the
 * spec's own duty settings — rest days, restrictions, meetings — which no
 * profile article carries).
 */
export function defaultChecker(spec: Spec, profile: Pick<RuleProfile, "rules">, calendar: WorkCalendar): PlanChecker {
  // The plan's facts (absences a re-plan or the workbench added) bind the duty settings too, as they bind `check`.
  const roster: PlanChecker = (plan) => validateRoster({ spec: addFacts(spec, plan.facts), profile, calendar, period: plan.period, roster: plan.roster, meetings: plan.meetings });
  if (!isFullProfile(profile)) return roster;
  return combineCheckers((plan) => check(spec, plan, profile, { calendar }), roster);
}

function isFullProfile(profile: Pick<RuleProfile, "rules">): profile is RuleProfile {
  return typeof (profile as Partial<RuleProfile>).id === "string" && typeof (profile as Partial<RuleProfile>).jurisdiction === "string";
}

/**
 * Several checkers as one: e.g. the rules package's `check` (the profile's
 * articles) with validateRoster (the spec's own duty settings: rest days,
 * restrictions, meetings). A finding both report on the same rule, dates
 * and people is kept once, from the first checker.
 */
export function combineCheckers(...checkers: PlanChecker[]): PlanChecker {
  return (plan) => {
    const seen = new Set<string>();
    const out: Violation[] = [];
    for (const checker of checkers) {
      for (const v of checker(plan)) {
        const key = `${v.code}|${[...v.subjects.dates].sort().join(",")}|${[...v.subjects.people].sort().join(",")}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(v);
      }
    }
    return out;
  };
}

/** Applies a proposed swap and says whether every rule still holds, and if not which articles it breaks. */
export function checkSwap(input: CheckSwapInput): SwapVerdict {
  const { plan, swap } = input;
  const changes = [{ date: swap.date, post: swap.post, from: swap.from, to: swap.to }];
  if (swap.withDate !== undefined) changes.push({ date: swap.withDate, post: swap.post, from: swap.to, to: swap.from });
  const roster = applyChanges(plan.roster, changes);
  return judge(input, roster, changes);
}

export function applyChanges(roster: readonly DutyAssignment[], changes: SwapVerdict["changes"]): DutyAssignment[] {
  const out = roster.map((a) => ({ ...a }));
  for (const c of changes) {
    const i = out.findIndex((a) => a.date === c.date && a.post === c.post && a.person === c.from);
    if (i < 0) {
      throw new YishiError("USAGE", `${c.from} is not on duty at post ${c.post} on ${c.date}, so there is nothing to swap`);
    }
    out[i] = { ...out[i]!, person: c.to };
  }
  return out.sort((a, b) => compareText(a.date, b.date) || compareText(a.post, b.post) || compareText(a.person, b.person));
}

export function judge(input: Omit<CheckSwapInput, "swap">, roster: DutyAssignment[], changes: SwapVerdict["changes"]): SwapVerdict {
  const checker = input.checker ?? defaultChecker(input.spec, input.profile, input.calendar);
  const key = (v: Violation) => `${v.code}|${v.message.en}`;
  const before = new Set(checker(input.plan).map(key));
  const fresh = checker({ ...input.plan, roster }).filter((v) => !before.has(key(v)));
  const violations = fresh.filter((v) => v.severity === "hard");
  return { ok: violations.length === 0, violations, warnings: fresh.filter((v) => v.severity === "soft"), roster, changes };
}
