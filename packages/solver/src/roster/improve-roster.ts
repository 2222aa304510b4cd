import { maxOf } from "@yishi/domain";
import type { MemberBase } from "./build-roster.js";
import { spreadOf } from "./fairness-bound.js";
import type { RosterState, Seat } from "./roster-state.js";

/** A post's fairness, compared lexicographically: festival, heavy, total spread, then sums of squares as tie-breaking potential. */
export type FairnessVector = [number, number, number, number, number, number];

export function fairnessOf(state: RosterState, post: number, base: MemberBase): FairnessVector {
  const c = state.counts(post);
  const heavy = c.heavy.map((h, i) => h + base.heavy[i]!);
  const total = c.total.map((t, i) => t + base.total[i]!);
  const sq = (xs: number[]) => xs.reduce((s, x) => s + x * x, 0);
  return [spreadOf(c.festival), spreadOf(heavy), spreadOf(total), sq(c.festival), sq(heavy), sq(total)];
}

function less(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

/**
 * Exchange moves that lower a post's fairness vector: hand one duty from a
 * person at the top of the worst measure to one at the bottom, or swap a
 * heavier duty of the one for a lighter duty of the other (keeping both
 * totals). Every accepted move strictly lowers the vector (its squares
 * term is a potential), so this ends; it stops early once `target` (the
 * bound) is reached.
 */
/**
 * Work the exchange moves may spend on a whole roster, in seats scanned (each
 * evaluation rescans the post's seats), shared out among the posts: on a few
 * hundred seats it never binds; on hundreds of thousands it stops the search
 * after seconds, and the solve report then says the fairness bound was not
 * reached. A count, so results never depend on the machine.
 */
export const BALANCE_WORK = 400_000_000;

export function balanceRoster(state: RosterState, post: number, base: MemberBase, target: readonly number[], maxMoves = 100000, budget = { left: BALANCE_WORK }): number {
  let moves = 0;
  let current = fairnessOf(state, post, base);
  const seats = state.postSeats[post]!;
  const seatsOf = (m: number) => {
    budget.left -= seats.length;
    return seats.filter((s) => state.holder[s.id] === m);
  };
  const n = state.pools[post]!.members.length;
  for (let level = 0; level < 3; level++) {
    while (moves < maxMoves && budget.left > 0 && current[level]! > target[level]!) {
      const c = state.counts(post);
      const measures = [c.festival, c.heavy.map((h, i) => h + base.heavy[i]!), c.total.map((t, i) => t + base.total[i]!)];
      const values = measures[level]!;
      const hi = maxOf(values);
      // Only a receiver two or more below the top makes a move that lowers the potential.
      // One loop, no index list per move: a move on a pool of thousands built two.
      const tops: number[] = [];
      const bottoms: number[] = [];
      for (let m = 0; m < n; m++) {
        if (values[m] === hi) tops.push(m);
        else if (values[m]! <= hi - 2) bottoms.push(m);
      }
      bottoms.sort((x, y) => values[x]! - values[y]! || x - y);
      const improved = tryMoves(state, post, base, current, tops, bottoms, seatsOf, level, budget);
      if (!improved) break;
      current = improved;
      moves++;
    }
  }
  return moves;
}

function tryMoves(
  state: RosterState,
  post: number,
  base: MemberBase,
  current: FairnessVector,
  tops: number[],
  bottoms: number[],
  seatsOf: (m: number) => Seat[],
  level: number,
  budget: { left: number },
): FairnessVector | undefined {
  const evaluate = () => {
    budget.left -= 2 * state.postSeats[post]!.length;
    return fairnessOf(state, post, base);
  };
  const relevant = (s: Seat) => (level === 0 ? s.cls === "festival" : level === 1 ? s.heavy : true);
  const lighter = (_s: Seat, t: Seat) => (level === 0 ? t.cls !== "festival" : level === 1 ? !t.heavy : false);
  for (const a of tops) {
    const mine = seatsOf(a).filter(relevant);
    // Lighter classes first so a move for totals disturbs heavy counts least.
    mine.sort((x, y) => clsRank(y) - clsRank(x) || x.day - y.day);
    for (const b of bottoms) {
      if (a === b) continue;
      for (const s of mine) {
        if (budget.left <= 0) return undefined;
        if (!state.canTake(s, b)) continue;
        state.assign(s, b);
        const v = evaluate();
        if (less(v, current)) return v;
        state.assign(s, a);
      }
      if (level === 2) continue;
      const theirs = seatsOf(b);
      for (const s of mine) {
        if (budget.left <= 0) return undefined;
        for (const t of theirs) {
          if (!lighter(s, t) || !state.canTake(s, b, [t.id]) || !state.canTake(t, a, [s.id])) continue;
          state.release(s);
          state.release(t);
          if (state.canTake(s, b) && state.canTake(t, a)) {
            state.assign(s, b);
            state.assign(t, a);
            const v = evaluate();
            if (less(v, current)) return v;
            state.release(s);
            state.release(t);
          }
          state.assign(s, a);
          state.assign(t, b);
        }
      }
    }
  }
  return undefined;
}

function clsRank(s: Seat): number {
  return (s.cls === "festival" ? 2 : 0) + (s.heavy ? 1 : 0);
}

/**
 * Secondary objective: swaps of two same-class duties of one post between two
 * people that lower the preference penalty. Every count stays as it was, so
 * fairness is untouched.
 */
export function honourPreferences(state: RosterState): number {
  let swaps = 0;
  let changed = state.hasPreferences;
  // Each pass pairs every seat with every other: bounded like the exchange moves (seats scanned).
  let left = BALANCE_WORK;
  while (changed && left > 0) {
    changed = false;
    for (const s of state.seats) {
      const same = state.postSeats[s.post]!;
      left -= same.length;
      if (left <= 0) break;
      const a = state.holder[s.id]!;
      if (a < 0) continue;
      const aPrefers = state.prefers(s.post, a);
      for (const t of same) {
        if (t.cls !== s.cls || t.heavy !== s.heavy || t.day === s.day) continue;
        const b = state.holder[t.id]!;
        if (b < 0 || b === a || (!aPrefers && !state.prefers(s.post, b))) continue;
        const before = state.penalty(s.post, a, s.day) + state.penalty(s.post, b, t.day);
        const after = state.penalty(s.post, b, s.day) + state.penalty(s.post, a, t.day);
        if (after >= before) continue;
        state.release(s);
        state.release(t);
        if (state.canTake(s, b) && state.canTake(t, a)) {
          state.assign(s, b);
          state.assign(t, a);
          swaps++;
          changed = true;
          break;
        }
        state.assign(s, a);
        state.assign(t, b);
      }
    }
  }
  return swaps;
}
