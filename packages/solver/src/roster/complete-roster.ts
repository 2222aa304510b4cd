import type { RosterState, Seat } from "./roster-state.js";

/** Search nodes (seat placements tried) the exact search may spend before it gives up. */
export const COMPLETE_BUDGET = 1_000_000;
/**
 * Rest-rule checks (canTake calls) it may spend: each node weighs a whole pool,
 * so on a pool of thousands the node budget alone allowed billions of checks.
 */
export const COMPLETE_CHECKS = 30_000_000;

/**
 * The fallback that makes the roster planner complete: when the greedy
 * (fillRoster) leaves seats empty, an exact search fills every seat not held
 * from a published roster, or shows that no filling exists.
 *
 * It fills the days in order, seat by seat (post order; the seats of one post
 * on one day take members in increasing pool order, since they are
 * interchangeable). Whether the rest of the period can still be filled
 * depends only on the day reached and who held a duty within the rest window
 * before it (the seats held from a published roster are fixed throughout), so
 * a failed (day, recent duties) state is remembered and never searched again:
 * with a rest rule of r days the states are the duties of the last r days,
 * which keeps the search small on real pools. It is exhaustive within
 * `budget`. `fixed` are the seats held before the greedy ran (kept from a
 * published roster): left as they are. A day whose open seats cannot all be
 * filled even on their own (fewer people free than seats: a maximum matching
 * of seats to free people says which) keeps only the seats that matching
 * fills; those it leaves are empty in any roster, and the search fills all the
 * others. When that fails, it allows one more empty seat at a time (any seat
 * may be left empty once every member was tried for it), up to fewer than
 * `most` (the greedy's count): the first filling found has the fewest empty
 * seats the search can reach. It returns the seats left empty (none: every
 * seat filled; the state holds the filling), or undefined when no such
 * filling exists or the budget ran out (each pass that fills every seat has
 * its own; the passes leaving seats empty share one) — the
 * greedy's partial roster is then restored. A first pass keeps everyone the
 * calendar puts in a meeting off duty; only when that cannot fill every seat
 * does a second pass let a meeting attendee hold a seat (as the greedy's last
 * resort does; validateRoster reports it as a soft finding).
 */
export function completeRoster(state: RosterState, fixed: ReadonlySet<number>, budget = COMPLETE_BUDGET, most = Infinity): number[] | undefined {
  // One pass weighs every open seat against its whole pool (the day matchings alone cost more):
  // past the check budget it could not finish anyway, so the greedy's roster stands.
  let weight = 0;
  for (const seat of state.seats) if (!fixed.has(seat.id)) weight += state.pools[seat.post]!.members.length;
  if (weight > COMPLETE_CHECKS) return undefined;
  const saved = Int32Array.from(state.holder);
  const freshWork = (): Work => ({ nodes: 0, checksAtStart: state.takeChecks, budget, outOfBudget: false });
  // Filling every seat: a budget per pass, as ever. Seats left empty on purpose: one budget for all their passes.
  const more = freshWork();
  const meetings = state.avail.some((post) => post.some((member) => member.includes(2)));
  // The fewest empty seats first (an empty seat breaks a hard rule), and for each count meetings kept free if they can be.
  for (let extra = 0; !more.outOfBudget; extra++) {
    let beyond = true;
    for (const allowMeetings of meetings ? [false, true] : [false]) {
      state.allowMeetings = allowMeetings;
      const work = extra === 0 ? freshWork() : more;
      try {
        const empty = search(state, fixed, work, extra, most);
        if (Array.isArray(empty)) return empty;
        if (empty !== "beyond") beyond = false;
      } finally {
        state.allowMeetings = false;
      }
      if (more.outOfBudget) break;
    }
    if (beyond) break;
  }
  restore(state, saved);
  return undefined;
}

interface Work {
  nodes: number;
  checksAtStart: number;
  budget: number;
  outOfBudget: boolean;
}

function restore(state: RosterState, saved: Int32Array): void {
  for (const seat of state.seats) state.release(seat);
  for (const seat of state.seats) if (saved[seat.id]! >= 0) state.assign(seat, saved[seat.id]!);
}

/**
 * A filling of the open seats leaving at most `extra` of them empty beyond
 * those no roster can fill on their day (the matchings): the ids of the seats
 * left empty; undefined when none exists (or the work ran out); "beyond" when
 * that would leave more than `most` empty, or, with extra seats, `most`.
 */
function search(state: RosterState, fixed: ReadonlySet<number>, work: Work, extra: number, most: number): number[] | undefined | "beyond" {
  for (const seat of state.seats) if (!fixed.has(seat.id)) state.release(seat);
  const days = state.days.length;
  const open: Seat[][] = Array.from({ length: days }, () => []);
  const all: Seat[][] = Array.from({ length: days }, () => []);
  for (const seat of state.seats) {
    all[seat.day]!.push(seat);
    if (!fixed.has(seat.id)) open[seat.day]!.push(seat);
  }
  for (const list of open) list.sort((a, b) => a.post - b.post || a.id - b.id);
  // Per post and member: duties and heavy duties so far, to try the least loaded first (balance is refined later).
  const total = state.pools.map((pool) => new Array<number>(pool.members.length).fill(0));
  const heavy = state.pools.map((pool) => new Array<number>(pool.members.length).fill(0));
  for (const id of fixed) {
    const seat = state.seats[id]!;
    total[seat.post]![state.holder[id]!]!++;
    if (seat.heavy) heavy[seat.post]![state.holder[id]!]!++;
  }
  // Seats no roster can fill (too few people free that day) stay empty; the search fills the rest.
  const empty: number[] = [];
  open.forEach((seats, day) => {
    const matched = matchAlone(state, seats);
    if (matched.length === seats.length) return;
    for (const seat of seats) if (!matched.includes(seat)) empty.push(seat.id);
    open[day] = matched.sort((a, b) => a.post - b.post || a.id - b.id);
  });
  // Seats left empty beyond the day matchings' only to beat `most` (the greedy's count), never to match it.
  if (empty.length + extra > most || (extra > 0 && empty.length + extra >= most)) return "beyond";
  // Per (day, recent duties): the most further empty seats with which the rest could not be filled.
  const failed = new Map<string, number>();

  const stateKey = (day: number): string => {
    const parts: string[] = [String(day)];
    for (let d = Math.max(0, day - state.restDays); d < day; d++) {
      for (const seat of all[d]!) {
        const person = state.personOf(seat);
        if (person !== undefined) parts.push(`${d}:${person}`);
      }
    }
    return parts.sort().join("|");
  };

  const fillDay = (day: number, left: number): boolean => {
    if (day === days) return true;
    const key = stateKey(day);
    if ((failed.get(key) ?? -1) >= left) return false;
    const ok = fillSeat(day, 0, -1, left);
    if (!ok && !work.outOfBudget) failed.set(key, left);
    return ok;
  };

  const fillSeat = (day: number, i: number, previous: number, left: number): boolean => {
    const seats = open[day]!;
    if (i === seats.length) return fillDay(day + 1, left);
    const seat = seats[i]!;
    const samePost = i > 0 && seats[i - 1]!.post === seat.post;
    const n = state.pools[seat.post]!.members.length;
    const order: number[] = [];
    for (let m = samePost ? previous + 1 : 0; m < n; m++) if (state.canTake(seat, m)) order.push(m);
    const load = seat.heavy ? heavy[seat.post]! : total[seat.post]!;
    order.sort((a, b) => load[a]! - load[b]! || total[seat.post]![a]! - total[seat.post]![b]! || a - b);
    for (const m of order) {
      if (++work.nodes > work.budget || state.takeChecks - work.checksAtStart > COMPLETE_CHECKS) {
        work.outOfBudget = true;
        return false;
      }
      state.assign(seat, m);
      total[seat.post]![m]!++;
      if (seat.heavy) heavy[seat.post]![m]!++;
      // The next seat of the same post takes a member after `m` in pool order: each set of people is tried once.
      if (fillSeat(day, i + 1, m, left)) return true;
      state.release(seat);
      total[seat.post]![m]!--;
      if (seat.heavy) heavy[seat.post]![m]!--;
      if (work.outOfBudget) return false;
    }
    if (left === 0) return false;
    // Left empty, after every member was tried: the post's later seats that day are then empty too (no member after n).
    empty.push(seat.id);
    if (fillSeat(day, i + 1, n, left - 1)) return true;
    empty.pop();
    return false;
  };

  return fillDay(0, extra) ? empty : undefined;
}

/**
 * The most of a day's open seats distinct people free that day can hold
 * (availability and the rest around seats held from a published roster),
 * ignoring the rest between the open seats themselves: a maximum bipartite
 * matching of seats to people by augmenting paths. A seat outside it is empty
 * in every roster; all matched is a necessary condition for the day only.
 */
function matchAlone(state: RosterState, seats: readonly Seat[]): Seat[] {
  const owner = new Map<string, number>();
  const fits = seats.map((seat) => state.pools[seat.post]!.members.flatMap((person, m) => (state.canTake(seat, m) ? [person] : [])));
  const augment = (i: number, seen: Set<string>): boolean => {
    for (const person of fits[i]!) {
      if (seen.has(person)) continue;
      seen.add(person);
      const j = owner.get(person);
      if (j === undefined || augment(j, seen)) {
        owner.set(person, i);
        return true;
      }
    }
    return false;
  };
  seats.forEach((_, i) => augment(i, new Set()));
  return [...owner.values()].sort((a, b) => a - b).map((i) => seats[i]!);
}
