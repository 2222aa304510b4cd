import { compareText } from "@yishi/domain";
import type { DutyAssignment, LocalizedText, PlannedMeeting, RuleProfile, SolveReport, Spec } from "@yishi/domain";
import { diffDays, type WorkCalendar } from "@yishi/calendar";
import { fillRoster, type MemberBase } from "./build-roster.js";
import { resolvePostPools } from "@yishi/rules";
import { buildAvailabilityGrid } from "./availability-grid.js";
import { describeDutyDay, describeDutyDays } from "./duty-days.js";
import { boundSpread, countDutiesWithRest } from "./fairness-bound.js";
import { boundPreferencePenalty } from "./preference-bound.js";
import { BALANCE_WORK, balanceRoster, fairnessOf, honourPreferences } from "./improve-roster.js";
import { RosterState } from "./roster-state.js";
import { countProvedEmpty, findSeatShortfalls, type SeatShortfall } from "./find-seat-shortfalls.js";
import { restDaysOf, validateRoster } from "./validate-roster.js";

export interface PlanRosterInput {
  spec: Spec;
  profile: Pick<RuleProfile, "rules">;
  calendar: WorkCalendar;
  period: { from: string; to: string };
  /** Meetings the calendar puts people in: nobody is on duty on a day they are expected at one. */
  meetings?: readonly PlannedMeeting[];
  /**
   * A published roster. Its assignments inside the period are kept wherever
   * still valid (re-planning moves as little as possible); those before the
   * period add to the history counts and, near the border, to the rest rule.
   */
  previous?: readonly DutyAssignment[];
}

export interface PostFairness {
  post: string;
  /** Achieved max − min over the pool: festival days (this period), heavy days and all duties (history included). */
  spread: { festival: number; heavy: number; total: number };
  /** The floor/ceiling-of-the-mean bound on each (see boundSpread). */
  bound: { festival: number; heavy: number; total: number };
  /** Pool members left out of the post (e.g. a non-leader on a leaders-only post). */
  excluded: { person: string; reason: string }[];
}

export interface RosterStats {
  days: number;
  seats: number;
  unfilled: number;
  /** Of the unfilled seats, how many no roster can fill (findSeatShortfalls): all of them when the roster has the fewest empty seats possible. */
  provedEmpty: number;
  /** Hard findings of validateRoster on the result (0 unless the data make a rule impossible). */
  hardViolations: number;
  /** In-period assignments of `previous` kept on placement / no longer in the roster. */
  kept: number;
  changed: number;
  preferencePenalty: number;
  /** Duties held by someone the calendar puts in a meeting that day, because everyone else who could was away or in it too. */
  meetingConflicts: DutyAssignment[];
  posts: PostFairness[];
}

export interface PlanRosterResult {
  roster: DutyAssignment[];
  solve: SolveReport[];
  stats: RosterStats;
}

/** Weights that encode the lexicographic fairness objective in one number (exact while each sum stays below 1000). */
export const FAIRNESS_WEIGHTS = { festival: 1_000_000, heavy: 1_000, total: 1 } as const;

/**
 * Plans the duty roster: every post filled every day of the period, fairly.
 * Structure instead of one big integer program: the fairness bound comes from
 * water-filling counts (boundSpread), a greedy fills seats class by class,
 * exchange moves close the gap to the bound, then same-class swaps serve
 * preferences. The answer is "optimal" only when every post reaches its bound.
 */
export function planRoster(input: PlanRosterInput): PlanRosterResult {
  const { spec, profile, calendar, period } = input;
  const pools = resolvePostPools(spec);
  const days = describeDutyDays(calendar, period.from, period.to, spec.duty.festivalHolidays);
  const restDays = restDaysOf(spec, profile);
  const avail = buildAvailabilityGrid(spec, input.meetings ?? [], days, pools);
  const state = new RosterState(days, pools, restDays, avail, spec.duty.preferences);
  const base = baseCounts(input, pools.map((p) => p.members), restDays, state);

  let kept = 0;
  const previousIn = (input.previous ?? []).filter((a) => a.date >= period.from && a.date <= period.to);
  if (previousIn.length > 0) {
    const sorted = [...previousIn].sort((a, b) => compareText(a.date, b.date) || compareText(a.post, b.post) || compareText(a.person, b.person));
    // A published duty stays unless it now breaks a hard rule: a meeting on the day
    // is only a soft finding (the first plan may have put the holder there as a last
    // resort, and a moved meeting is no reason to move a duty), so meetings do not unseat it.
    state.allowMeetings = true;
    for (const a of sorted) {
      const p = pools.findIndex((pool) => pool.post.id === a.post);
      const m = p < 0 ? undefined : state.memberIndex[p]!.get(a.person);
      if (m === undefined) continue;
      const day = diffDays(period.from, a.date);
      const seat = state.seats.find((s) => s.post === p && s.day === day && state.holder[s.id]! < 0);
      if (seat && state.canTake(seat, m)) {
        state.assign(seat, m);
        kept++;
      }
    }
    state.allowMeetings = false;
  }

  // maxDutiesWithRest over the days each member may take, counted in place: this runs members × days × 3 times.
  // Once per availability row and class of days: posts of one shift share their members' rows.
  const capsIn = (pred: (day: (typeof days)[number]) => boolean) => {
    const inClass = Uint8Array.from(days, (d) => (pred(d) ? 1 : 0));
    const counted = new Map<Uint8Array, number>();
    return (p: number) =>
      state.avail[p]!.map((row) => {
        let count = counted.get(row);
        if (count === undefined) counted.set(row, (count = countDutiesWithRest(row, inClass, restDays)));
        return count;
      });
  };
  const festivalCaps = capsIn((d) => d.festival);
  const heavyCaps = capsIn((d) => d.heavy);
  const totalCaps = capsIn(() => true);
  const bounds = pools.map((pool, p) => {
    const seats = state.postSeats[p]!;
    const zeros = pool.members.map(() => 0);
    return {
      festival: boundSpread(zeros, festivalCaps(p), seats.filter((s) => s.cls === "festival").length).spread,
      heavy: boundSpread(base[p]!.heavy, heavyCaps(p), seats.filter((s) => s.heavy).length),
      total: boundSpread(base[p]!.total, totalCaps(p), seats.length),
    };
  });
  base.forEach((b, p) => {
    b.targetHeavy = bounds[p]!.heavy.targets;
    b.targetTotal = bounds[p]!.total.targets;
  });

  const unfilled = fillRoster(state, base);
  // A re-plan keeps the published roster: no moves beyond filling what must change.
  if (previousIn.length === 0) {
    // One budget for the roster, each post its share of what the earlier ones left: fifty posts do not get fifty budgets.
    let left = BALANCE_WORK;
    pools.forEach((_, p) => {
      const budget = { left: left / (pools.length - p) };
      const before = budget.left;
      balanceRoster(state, p, base[p]!, [bounds[p]!.festival, bounds[p]!.heavy.spread, bounds[p]!.total.spread], undefined, budget);
      left -= before - Math.max(0, budget.left);
    });
    honourPreferences(state);
  }

  const roster: DutyAssignment[] = [];
  let preferencePenalty = 0;
  const meetingConflicts: DutyAssignment[] = [];
  for (const seat of state.seats) {
    const person = state.personOf(seat);
    if (person === undefined) continue;
    preferencePenalty += state.penalty(seat.post, state.holder[seat.id]!, seat.day);
    const duty = { date: days[seat.day]!.date, post: pools[seat.post]!.post.id, person, shift: pools[seat.post]!.post.shift };
    roster.push(duty);
    if (state.avail[seat.post]![state.holder[seat.id]!]![seat.day] === 2) meetingConflicts.push(duty);
  }
  const postOrder = new Map(pools.map((p, i) => [p.post.id, i]));
  roster.sort((a, b) => compareText(a.date, b.date) || postOrder.get(a.post)! - postOrder.get(b.post)! || compareText(a.person, b.person));

  const posts: PostFairness[] = pools.map((pool, p) => {
    const v = fairnessOf(state, p, base[p]!);
    return { post: pool.post.id, spread: { festival: v[0], heavy: v[1], total: v[2] }, bound: { festival: bounds[p]!.festival, heavy: bounds[p]!.heavy.spread, total: bounds[p]!.total.spread }, excluded: pool.excluded };
  });
  // Empty seats: how many no roster can fill, and why (only looked for when some are empty).
  const emptyPosts = [...new Set(unfilled.map((id) => state.seats[id]!.post))].sort((a, b) => a - b);
  const shortfalls = emptyPosts.length === 0 ? [] : findSeatShortfalls(state, emptyPosts);
  const empty = describeEmptySeats(spec, state, unfilled, emptyPosts, shortfalls);
  const hard = validateRoster({ spec, profile, calendar, period, roster: [...(input.previous ?? []).filter((a) => a.date < period.from || a.date > period.to), ...roster], meetings: input.meetings ?? [] }).filter((v) => v.severity === "hard");
  const now = new Set(roster.map((x) => `${x.date}|${x.post}|${x.person}`));
  const changed = previousIn.filter((x) => !now.has(`${x.date}|${x.post}|${x.person}`)).length;
  return {
    roster,
    solve: [fairnessReport(posts, unfilled.length, meetingConflicts, empty), preferenceReport(spec, preferencePenalty, boundPreferencePenalty(state))],
    stats: { days: days.length, seats: state.seats.length, unfilled: unfilled.length, provedEmpty: empty.proved, hardViolations: hard.length, kept, changed, preferencePenalty, meetingConflicts, posts },
  };
}

function baseCounts(input: PlanRosterInput, members: string[][], restDays: number, state: RosterState): MemberBase[] {
  const { spec, calendar, period } = input;
  const hist = new Map(spec.duty.history.map((h) => [h.person, h]));
  const earlier = (input.previous ?? []).filter((a) => a.date < period.from);
  const later = (input.previous ?? []).filter((a) => a.date > period.to);
  for (const a of [...earlier, ...later]) state.fixOutside(a.person, diffDays(period.from, a.date));
  void restDays;
  return spec.duty.posts.map((post, p) => {
    const heavy = members[p]!.map((m) => hist.get(m)?.heavy ?? 0);
    const total = members[p]!.map((m) => hist.get(m)?.total ?? 0);
    for (const a of earlier) {
      if (a.post !== post.id) continue;
      const i = members[p]!.indexOf(a.person);
      if (i < 0) continue;
      total[i]!++;
      if (describeDutyDay(calendar, a.date, spec.duty.festivalHolidays).heavy) heavy[i]!++;
    }
    return { heavy, total };
  });
}

function fairnessReport(posts: PostFairness[], unfilled: number, meetingConflicts: DutyAssignment[], empty: EmptySeats): SolveReport {
  const w = FAIRNESS_WEIGHTS;
  const sum = (f: (p: PostFairness) => { festival: number; heavy: number; total: number }) =>
    posts.reduce((s, p) => s + w.festival * f(p).festival + w.heavy * f(p).heavy + w.total * f(p).total, 0);
  const objective = sum((p) => p.spread);
  const notes = posts.map(
    (p) => `${p.post}: spread festival ${p.spread.festival} (bound ${p.bound.festival}), heavy ${p.spread.heavy} (bound ${p.bound.heavy}), total ${p.spread.total} (bound ${p.bound.total})`,
  );
  for (const c of meetingConflicts) {
    notes.push(`${c.date} ${c.post}: ${c.person} holds the duty while expected at a meeting: everyone else who could hold it is away or at a meeting too (24-hour duty is kept; the person stays reachable)`);
  }
  notes.push("objective = Σ posts 10⁶·festival + 10³·heavy + total spread; bound = floor/ceiling-of-the-mean water-filling over available days");
  if (unfilled === 0) {
    const bound = sum((p) => p.bound);
    return { problem: "roster", objective, bound, optimal: objective === bound, notes };
  }
  // The water-filling bounds hand out every seat: with seats empty the spreads may fall below them, so no bound is claimed.
  notes.push(`${unfilled} seat(s) left empty, ${empty.proved} of them in every roster (see infeasible); the fairness bounds above assume every seat filled, so the report claims none`);
  // Proved when every empty seat is empty in every roster: the spec must change, and no roster has fewer empty seats.
  return { problem: "roster", objective, optimal: false, notes, infeasible: empty.texts, infeasibleProved: empty.proved >= unfilled };
}

interface EmptySeats {
  /** Seats no roster can fill. */
  proved: number;
  texts: LocalizedText[];
}

/**
 * The empty seats in the planner's words: each run of days where posts need
 * more duties than their people can take (proved: empty in every roster);
 * then, when the runs account for fewer than the roster leaves, every empty
 * seat by post and date, saying no roster with fewer was found but none is
 * proved impossible.
 */
function describeEmptySeats(spec: Spec, state: RosterState, unfilled: readonly number[], emptyPosts: readonly number[], shortfalls: readonly SeatShortfall[]): EmptySeats {
  const texts: LocalizedText[] = [];
  const dateOf = (day: number) => state.days[day]!.date;
  const nameOf = (id: string) => spec.people.find((p) => p.id === id)?.name ?? id;
  const r = state.restDays;
  for (const s of shortfalls) {
    const posts = s.posts.map((p) => state.pools[p]!.post.name);
    const span = { zh: s.from === s.to ? dateOf(s.from) : `${dateOf(s.from)}至${dateOf(s.to)}`, en: s.from === s.to ? dateOf(s.from) : `${dateOf(s.from)} to ${dateOf(s.to)}` };
    const away = s.away.map(nameOf);
    const empty = s.seats - s.most;
    const whose = posts.length > 1 ? { zh: `这些岗位共${s.people}人`, en: `their ${s.people} people` } : { zh: `本岗位${s.people}人`, en: `its ${s.people} people` };
    texts.push({
      zh: `${posts.join("、")}：${span.zh}共需${s.seats}人次；${whose.zh}${away.length > 0 ? `中${away.join("、")}不能值班，其余人` : ""}每人每天至多一班${r > 0 ? `、每次值班后休息${r}天` : ""}，至多可值${s.most}人次：${empty}个班次无法排满`,
      en: `${posts.join(" and ")}: ${span.en} needs ${s.seats} duties; ${whose.en}${away.length > 0 ? ` (${away.join(", ")} not available)` : ""} can take at most ${s.most}, one a day each${r > 0 ? ` with ${r} rest day${r > 1 ? "s" : ""} after each duty` : ""}: ${empty} seat${empty > 1 ? "s stay" : " stays"} empty`,
    });
  }
  const proved = countProvedEmpty(shortfalls);
  if (unfilled.length > proved) {
    // Which seats the proved ones are is not known, only how many: every empty seat is listed, by post.
    const listed = emptyPosts.map((p) => {
      const dates = [...new Set(unfilled.filter((id) => state.seats[id]!.post === p).map((id) => dateOf(state.seats[id]!.day)))].sort();
      const shown = dates.length > 10 ? [...dates.slice(0, 10), "…"] : dates;
      return { zh: `${state.pools[p]!.post.name} ${shown.join("、")}`, en: `${state.pools[p]!.post.name} ${shown.join(", ")}` };
    });
    const n = unfilled.length;
    texts.push({
      zh: `${n}个班次空缺（${listed.map((x) => x.zh).join("；")}）；${proved > 0 ? `其中${proved}个已在上面证明无法排满；` : ""}未找到空缺更少的值班表，但也未证明不存在`,
      en: `${n} seat${n > 1 ? "s" : ""} left empty (${listed.map((x) => x.en).join("; ")}); ${proved > 0 ? `${proved} of them are proved above; ` : ""}no roster with fewer empty seats was found, though none is proved impossible`,
    });
  }
  return { proved, texts };
}

function preferenceReport(spec: Spec, penalty: number, bound: number): SolveReport {
  return {
    problem: "roster.preferences",
    objective: penalty,
    bound,
    optimal: spec.duty.preferences.length === 0 || penalty <= bound + 1e-9,
    notes: ["secondary objective: Σ avoid weights − Σ prefer weights over the duties given, lowered by fairness-neutral swaps; bound: each person alone on their best available days of each class, with the counts the fairness solution gives them"],
  };
}
