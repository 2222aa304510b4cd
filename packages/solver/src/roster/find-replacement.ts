import type { Plan, RuleProfile, Spec, Violation } from "@yishi/domain";
import { YishiError } from "@yishi/domain";
import { diffDays, type WorkCalendar } from "@yishi/calendar";
import { applyChanges, defaultChecker, type PlanChecker, type SwapVerdict } from "./check-swap.js";
import { createDutyAvailability, resolvePostPools } from "@yishi/rules";
import { findRotations } from "./find-rotation.js";
import { describeDutyDay } from "./duty-days.js";

export interface FindReplacementInput {
  spec: Spec;
  profile: Pick<RuleProfile, "rules">;
  calendar: WorkCalendar;
  plan: Plan;
  /** The duty that cannot be served. */
  date: string;
  post: string;
  person: string;
  checker?: PlanChecker;
  /** How many candidates to return, best first (default 5). */
  limit?: number;
}

export interface Replacement {
  /**
   * exchange: the two swap duties (房山区 第七十四条 调换); substitute: the
   * other simply takes it; rotation: three people pass one duty each on.
   */
  kind: "exchange" | "substitute" | "rotation";
  replacement: string;
  /** In a rotation, who takes the replacement's other duty and gives one of theirs. */
  third?: string;
  /** Duties of other days this changes (1 for an exchange, 0 for a substitute, 2 for a rotation). */
  otherDutiesChanged: number;
  changes: SwapVerdict["changes"];
  roster: Plan["roster"];
}

/**
 * A person on duty who cannot serve is replaced by the valid swap that
 * changes the fewest other duties. Per 房山区 第七十四条 (可与其他区领导调换)
 * exchanges come first: B takes the day, A takes one of B's duties, so
 * nobody's count moves; among them the same day class (a weekend for a
 * weekend) and the nearest date win. Only when no exchange keeps every hard
 * rule is a plain substitute offered, the least-loaded first; when none
 * is either, three-way rotations (find-rotation.ts). Every
 * candidate is judged by the checker; the original person must be absent or
 * otherwise unable on `date` in the spec for the checker to know why.
 */
export function findReplacement(input: FindReplacementInput): Replacement[] {
  const { spec, calendar, plan, date, post, person } = input;
  const here = plan.roster.find((a) => a.date === date && a.post === post && a.person === person);
  if (!here) throw new YishiError("USAGE", `${person} is not on duty at post ${post} on ${date}`);
  const pool = resolvePostPools(spec).find((p) => p.post.id === post);
  if (!pool) throw new YishiError("USAGE", `there is no duty post ${post} in the spec`);
  const checker = input.checker ?? defaultChecker(spec, input.profile, calendar);
  const key = (v: Violation) => `${v.code}|${v.message.en}`;
  const before = new Set(checker(plan).filter((v) => v.severity === "hard").map(key));
  const valid = (changes: SwapVerdict["changes"]) => {
    const roster = applyChanges(plan.roster, changes);
    const fresh = checker({ ...plan, roster }).filter((v) => v.severity === "hard" && !before.has(key(v)));
    // The absent person's own finding on `date` disappears; anything new is a reason to refuse.
    return fresh.length === 0 ? roster : undefined;
  };
  const heavy = (d: string) => describeDutyDay(calendar, d, spec.duty.festivalHolidays).cls;
  const cls = heavy(date);
  const onDate = new Set(plan.roster.filter((a) => a.date === date && a.post === post).map((a) => a.person));
  const others = pool.members.filter((m) => m !== person && !onDate.has(m));

  const exchanges: (Replacement & { rank: number[] })[] = [];
  for (const b of others) {
    for (const duty of plan.roster.filter((a) => a.post === post && a.person === b && a.date !== date && a.date >= plan.period.from && a.date <= plan.period.to)) {
      if (plan.roster.some((a) => a.date === duty.date && a.post === post && a.person === person)) continue;
      const changes = [
        { date, post, from: person, to: b },
        { date: duty.date, post, from: b, to: person },
      ];
      const roster = valid(changes);
      if (!roster) continue;
      const rank = [heavy(duty.date) === cls ? 0 : 1, Math.abs(diffDays(date, duty.date)), pool.members.indexOf(b), duty.date < date ? 1 : 0];
      exchanges.push({ kind: "exchange", replacement: b, otherDutiesChanged: 1, changes, roster, rank });
    }
  }
  const limit = input.limit ?? 5;
  if (exchanges.length > 0) return sortByRank(exchanges).slice(0, limit);

  const load = (m: string) => plan.roster.filter((a) => a.post === post && a.person === m).length + (spec.duty.history.find((h) => h.person === m)?.total ?? 0);
  const substitutes: (Replacement & { rank: number[] })[] = [];
  for (const b of others) {
    const changes = [{ date, post, from: person, to: b }];
    const roster = valid(changes);
    if (roster) substitutes.push({ kind: "substitute", replacement: b, otherDutiesChanged: 0, changes, roster, rank: [load(b), pool.members.indexOf(b)] });
  }
  if (substitutes.length > 0) return sortByRank(substitutes).slice(0, limit);

  const availability = createDutyAvailability(spec, plan.meetings);
  return findRotations({ plan, post: pool.post, date, person, members: pool.members, availability, valid, limit }).map((r) => ({ kind: "rotation", otherDutiesChanged: 2, ...r }));
}

function sortByRank<T extends { rank: number[] }>(xs: T[]): Omit<T, "rank">[] {
  return xs
    .sort((a, b) => {
      for (let i = 0; i < a.rank.length; i++) if (a.rank[i] !== b.rank[i]) return a.rank[i]! - b.rank[i]!;
      return 0;
    })
    .map(({ rank: _rank, ...rest }) => rest);
}
