import type { RosterState, Seat } from "./roster-state.js";
import { completeRoster } from "./complete-roster.js";

/** History carried into the period, per post and member (from spec.duty.history and an earlier roster). */
export interface MemberBase {
  heavy: number[];
  total: number[];
  /** This period's water-filling targets (boundSpread): used to pace duties evenly through the period. */
  targetHeavy?: number[];
  targetTotal?: number[];
}

/**
 * Greedy construction: festival seats first, then other heavy seats, then
 * ordinary ones (each class is balanced on its own, as the issue asks); within
 * a class in date order. Each seat goes to the candidate furthest behind their
 * target for that class (duties so far ÷ water-filling target, so duties are
 * paced through the period instead of front-loaded), then lowest in the wider
 * counts, then least preference penalty, then pool order — stable and
 * seed-free. A seat nobody can take because of the rest rule is freed by
 * moving one blocking duty to someone else (an ejection chain of length 2).
 * Seats already held (kept from a published roster) are left alone.
 * The greedy can leave seats empty that a filling exists for (5 staff, 2 a
 * day, one rest day: it paints itself into a day where only 1 is rested);
 * then the exact search of complete-roster.ts fills them all or proves no
 * filling exists, so a seat stays empty only when it must.
 */
/**
 * Rest-rule checks (canTake calls) the ejection chains may spend in one fill.
 * An ejection tries every member and, for each, every blocking duty's
 * replacements: on a roster where most seats cannot be filled (a pool far too
 * small for its rest rule) that is members² work per empty seat, minutes in
 * all. A count, so results never depend on the machine; real rosters spend a
 * small fraction of it, and the exact search below still fills what a filling exists for.
 */
export const EJECT_WORK = 3_000_000;

export function fillRoster(state: RosterState, base: MemberBase[]): number[] {
  const rank = { festival: 0, heavy: 1, ordinary: 2 } as const;
  const fixed = new Set(state.seats.filter((s) => state.holder[s.id]! >= 0).map((s) => s.id));
  const open = state.seats.filter((s) => state.holder[s.id]! < 0);
  const order = open.sort((a, b) => rank[a.cls] - rank[b.cls] || a.day - b.day || a.post - b.post || a.id - b.id);
  const tallies = state.pools.map((_, p) => state.counts(p));
  const unfilled: number[] = [];
  let ejectWork = 0;
  // A seat nobody could take leaves the state as it was, so the next seat of the same post and day fails too.
  let dead = -1;
  for (const seat of order) {
    const key = seat.post * state.days.length + seat.day;
    if (key === dead) {
      unfilled.push(seat.id);
      continue;
    }
    const member = pickMember(state, seat, base, tallies);
    if (member >= 0) {
      take(state, seat, member, tallies);
      continue;
    }
    const before = state.takeChecks;
    const filled = ejectWork < EJECT_WORK ? ejectFor(state, seat, base, tallies) || coverDespiteMeetings(state, seat, base, tallies) : coverWithoutEjection(state, seat, base, tallies);
    ejectWork += state.takeChecks - before;
    if (!filled) {
      unfilled.push(seat.id);
      dead = key;
    }
  }
  if (unfilled.length === 0) return unfilled;
  // The fewest empty seats the exact search finds, never more than the greedy left (its roster then stands).
  const completed = completeRoster(state, fixed, undefined, unfilled.length);
  return completed ?? unfilled;
}

/**
 * Last resort when everyone free is in a meeting that day (an executive
 * meeting seats every district leader): 24-hour duty must still be kept
 * (钟山区 第五十七条), so a meeting attendee holds it and stays reachable
 * (房山区 第七十四条 保持通信畅通). The solve notes name the day; it breaks no
 * rule (spec.duty-holder speaks only while someone else was free).
 */
/** Once the ejection budget is spent: a meeting attendee may still take the seat, but no duty is moved for it. */
function coverWithoutEjection(state: RosterState, seat: Seat, base: MemberBase[], tallies: Tally[]): boolean {
  state.allowMeetings = true;
  try {
    const member = pickMember(state, seat, base, tallies);
    if (member >= 0) take(state, seat, member, tallies);
    return member >= 0;
  } finally {
    state.allowMeetings = false;
  }
}

function coverDespiteMeetings(state: RosterState, seat: Seat, base: MemberBase[], tallies: Tally[]): boolean {
  state.allowMeetings = true;
  try {
    const member = pickMember(state, seat, base, tallies);
    if (member >= 0) take(state, seat, member, tallies);
    return member >= 0 || ejectFor(state, seat, base, tallies);
  } finally {
    state.allowMeetings = false;
  }
}

type Tally = ReturnType<RosterState["counts"]>;

/** Writes the seat's ranking key for member `m` into `out` (lexicographic, lower is better): no allocation per member. */
function keyOf(state: RosterState, seat: Seat, m: number, base: MemberBase[], tallies: Tally[], out: Float64Array): void {
  const t = tallies[seat.post]!;
  const b = base[seat.post]!;
  const pen = state.penalty(seat.post, m, seat.day);
  const heavy = b.heavy[m]! + t.heavy[m]!;
  const total = b.total[m]! + t.total[m]!;
  const pace = (done: number, target: number | undefined) => (target === undefined ? done : target <= 0 ? Infinity : (done + 0.5) / target);
  if (seat.cls === "festival") {
    out[0] = t.festival[m]!;
    out[1] = heavy;
    out[2] = total;
  } else if (seat.heavy) {
    out[0] = pace(t.heavy[m]!, b.targetHeavy?.[m]);
    out[1] = heavy;
    out[2] = total;
  } else {
    const ordinaryTarget = b.targetTotal && b.targetHeavy ? b.targetTotal[m]! - b.targetHeavy[m]! : undefined;
    out[0] = pace(t.total[m]! - t.heavy[m]!, ordinaryTarget);
    out[1] = total;
    out[2] = heavy;
  }
  out[3] = pen;
  out[4] = m;
}

function lexLess(a: Float64Array, b: Float64Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

const keyA = new Float64Array(5);
const keyB = new Float64Array(5);

function pickMember(state: RosterState, seat: Seat, base: MemberBase[], tallies: Tally[], ignore: readonly number[] = [], exclude = -1): number {
  let best = -1;
  // Two key buffers whose roles swap when a candidate wins: no copy per improvement (this runs seats × pool times).
  let candidateKey = keyA;
  let bestKey = keyB;
  const n = state.pools[seat.post]!.members.length;
  for (let m = 0; m < n; m++) {
    if (m === exclude || !state.canTake(seat, m, ignore)) continue;
    keyOf(state, seat, m, base, tallies, candidateKey);
    if (best < 0 || lexLess(candidateKey, bestKey)) {
      best = m;
      const swap = bestKey;
      bestKey = candidateKey;
      candidateKey = swap;
    }
  }
  return best;
}

function take(state: RosterState, seat: Seat, m: number, tallies: Tally[]): void {
  const t = tallies[seat.post]!;
  state.assign(seat, m);
  t.total[m]!++;
  if (seat.heavy) t.heavy[m]!++;
  if (seat.cls === "festival") t.festival[m]!++;
}

function drop(state: RosterState, seat: Seat, tallies: Tally[]): void {
  const m = state.holder[seat.id]!;
  if (m < 0) return;
  const t = tallies[seat.post]!;
  state.release(seat);
  t.total[m]!--;
  if (seat.heavy) t.heavy[m]!--;
  if (seat.cls === "festival") t.festival[m]!--;
}

/** Frees `seat` for an available member by handing the duties that block them (rest) to others. */
function ejectFor(state: RosterState, seat: Seat, base: MemberBase[], tallies: Tally[]): boolean {
  const members = state.pools[seat.post]!.members;
  for (let m = 0; m < members.length; m++) {
    if (!state.isAvailable(seat.post, m, seat.day)) continue;
    const blocking = state.blockers(seat.post, m, seat.day);
    if (blocking.length === 0 || blocking.some((s) => s < 0)) continue;
    const moves: [Seat, number][] = [];
    for (const id of blocking) {
      const other = state.seats[id]!;
      const q = pickMember(state, other, base, tallies, [], state.holder[id]!);
      if (q < 0 || state.pools[other.post]!.members[q] === members[m]) break;
      moves.push([other, q]);
    }
    if (moves.length !== blocking.length) continue;
    const undo = moves.map(([s]) => [s, state.holder[s.id]!] as const);
    for (const [s, q] of moves) {
      drop(state, s, tallies);
      if (!state.canTake(s, q)) break;
      take(state, s, q, tallies);
    }
    if (moves.every(([s, q]) => state.holder[s.id] === q) && state.canTake(seat, m)) {
      take(state, seat, m, tallies);
      return true;
    }
    for (const [s, h] of undo) {
      drop(state, s, tallies);
      take(state, s, h, tallies);
    }
  }
  return false;
}
