import { appendAll } from "@yishi/domain";
import type { RosterState } from "./roster-state.js";

/**
 * A run of days in which posts need more duties than their people can take:
 * seats − most stay empty in every roster.
 */
export interface SeatShortfall {
  /** The posts counted together (one post, or posts sharing people). */
  posts: number[];
  /** First and last day (indices into the state's days) of the run. */
  from: number;
  to: number;
  /** The posts' seats in the run. */
  seats: number;
  /** Most duties their people can take in the run: one a day each, on days they are available, with the rest rule between. */
  most: number;
  /** The posts' people (ids, pool order) available on no day of the run. */
  away: string[];
  /** The posts' people in all. */
  people: number;
}

/**
 * Seats no roster can fill, counted from below. In a run of days W, a person
 * can take at most the greedy count of their available days in W spaced more
 * than `restDays` apart (the earliest-first choice is the most such days), on
 * any post (one duty a day, the rest rule spanning posts). So a post fills at
 * most Σ over its members of those, and posts sharing people at most Σ over
 * their people (counted once) of those on the days any of the posts would
 * take them: seats(W) minus either stays empty whatever the roster, and the
 * larger of the two (the posts' own shortfalls summed, or the shared one) is
 * a bound for W. Runs that do not overlap add up, so the best set of disjoint
 * runs (a dynamic program over the days) bounds the empty seats of a group of
 * posts sharing people, and the groups' bounds add up too. Relaxed on
 * purpose, so the bound stays valid: people sitting in a meeting count as
 * available (the planner's last resort); duties outside the period are
 * ignored. Ties go to the shorter, earlier run, which reads best in an
 * explanation. O(days² × people) per group, run only for groups with empty
 * seats (`posts`).
 */
export function findSeatShortfalls(state: RosterState, posts: readonly number[]): SeatShortfall[] {
  const out: SeatShortfall[] = [];
  for (const group of groupPostsSharingPeople(state, posts)) appendAll(out, findGroupShortfalls(state, group));
  return out;
}

/** Seats the shortfalls leave empty in every roster. */
export function countProvedEmpty(shortfalls: readonly SeatShortfall[]): number {
  let n = 0;
  for (const s of shortfalls) n += s.seats - s.most;
  return n;
}

/** The posts sharing people with any of `posts` (transitively), as groups in post order. */
function groupPostsSharingPeople(state: RosterState, posts: readonly number[]): number[][] {
  const n = state.pools.length;
  const parent = Array.from({ length: n }, (_, p) => p);
  const find = (p: number): number => (parent[p] === p ? p : (parent[p] = find(parent[p]!)));
  const firstPost = new Map<string, number>();
  state.pools.forEach((pool, p) => {
    for (const person of pool.members) {
      const q = firstPost.get(person);
      if (q === undefined) firstPost.set(person, p);
      else parent[find(p)] = find(q);
    }
  });
  const wanted = new Set(posts.map(find));
  const groups = new Map<number, number[]>();
  for (let p = 0; p < n; p++) {
    const root = find(p);
    if (!wanted.has(root)) continue;
    const group = groups.get(root);
    if (group === undefined) groups.set(root, [p]);
    else group.push(p);
  }
  return [...groups.values()];
}

/** deficit[s × days + t]: seats(s..t) − the most the rows can take in s..t, each row's greedy count extended day by day from s. */
function deficits(perDay: Int32Array, rows: readonly Uint8Array[], restDays: number): Int32Array {
  const days = perDay.length;
  const deficit = new Int32Array(days * days);
  const last = new Int32Array(rows.length);
  for (let s = 0; s < days; s++) {
    // Any day from s on is more than restDays after this.
    last.fill(s - restDays - 1);
    let seats = 0;
    let most = 0;
    for (let t = s; t < days; t++) {
      seats += perDay[t]!;
      for (let m = 0; m < rows.length; m++) {
        if (rows[m]![t]! > 0 && t - last[m]! > restDays) {
          most++;
          last[m] = t;
        }
      }
      deficit[s * days + t] = seats - most;
    }
  }
  return deficit;
}

function findGroupShortfalls(state: RosterState, group: readonly number[]): SeatShortfall[] {
  const days = state.days.length;
  const r = state.restDays;
  const perDayOf = (posts: readonly number[]) => {
    const perDay = new Int32Array(days);
    for (const p of posts) for (const seat of state.postSeats[p]!) perDay[seat.day]!++;
    return perDay;
  };
  // Each person once, available on a day when any of the group's posts would take them.
  const people: string[] = [];
  const rowOf = new Map<string, Uint8Array>();
  for (const p of group) {
    state.pools[p]!.members.forEach((person, m) => {
      let row = rowOf.get(person);
      if (row === undefined) {
        people.push(person);
        rowOf.set(person, (row = new Uint8Array(days)));
      }
      const own = state.avail[p]![m]!;
      for (let d = 0; d < days; d++) if (own[d]! > 0) row[d] = 1;
    });
  }
  const own = group.map((p) => deficits(perDayOf([p]), state.avail[p]!, r));
  const shared = group.length > 1 ? deficits(perDayOf(group), people.map((person) => rowOf.get(person)!), r) : undefined;
  const deficitOf = (s: number, t: number) => {
    let sum = 0;
    for (const d of own) sum += Math.max(0, d[s * days + t]!);
    return shared === undefined ? sum : Math.max(sum, shared[s * days + t]!);
  };
  // best[t]: most empty seats proved over days < t; from[t]: the run ending at t − 1 that gives it (−1: none).
  const best = new Int32Array(days + 1);
  const from = new Int32Array(days + 1).fill(-1);
  for (let t = 0; t < days; t++) {
    best[t + 1] = best[t]!;
    for (let s = t; s >= 0; s--) {
      const d = deficitOf(s, t);
      if (d > 0 && best[s]! + d > best[t + 1]!) {
        best[t + 1] = best[s]! + d;
        from[t + 1] = s;
      }
    }
  }
  const runs: SeatShortfall[] = [];
  /** A run of `posts` short by `deficit`, told with the people counted (each with the days they are available to those posts). */
  const describe = (posts: readonly number[], s: number, to: number, deficit: number, persons: readonly { id: string; row: Uint8Array }[]): SeatShortfall => {
    let seats = 0;
    for (const p of posts) for (const seat of state.postSeats[p]!) if (seat.day >= s && seat.day <= to) seats++;
    const away = persons.filter((x) => !hasDay(x.row, s, to)).map((x) => x.id);
    return { posts: [...posts], from: s, to, seats, most: seats - deficit, away, people: persons.length };
  };
  for (let t = days; t > 0; ) {
    const s = from[t]!;
    if (s < 0) {
      t--;
      continue;
    }
    const to = t - 1;
    const parts = group.flatMap((p, k) => {
      const d = own[k]![s * days + to]!;
      return d > 0 ? [{ p, d }] : [];
    });
    const sum = parts.reduce((a, x) => a + x.d, 0);
    const total = deficitOf(s, to);
    if (sum >= total) {
      // Each post short on its own: told post by post.
      for (let k = parts.length - 1; k >= 0; k--) {
        const { p, d } = parts[k]!;
        runs.push(describe([p], s, to, d, state.pools[p]!.members.map((id, m) => ({ id, row: state.avail[p]![m]! }))));
      }
    } else {
      runs.push(describe(group, s, to, total, people.map((id) => ({ id, row: rowOf.get(id)! }))));
    }
    t = s;
  }
  return runs.reverse();
}

function hasDay(row: Uint8Array, from: number, to: number): boolean {
  for (let d = from; d <= to; d++) if (row[d]! > 0) return true;
  return false;
}
