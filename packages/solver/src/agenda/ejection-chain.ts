import { maxOf } from "@yishi/domain";
import type { AssignmentPair, AssignmentProblem, PairIndex } from "./assignment-problem.js";

/** One relocation of a chain: `item` leaves its meeting for `to`. */
interface Move {
  item: number;
  to: number;
}

export interface Chain {
  gain: number;
  moves: Move[];
}

/** The best way in for an item: its meeting, the chain making room there, and what both are worth. */
export interface ChainEntry {
  to: number;
  chain: Chain;
  total: number;
}

/**
 * What the passes below need of a search over chains, on `meetingOf` as it
 * changes: each item's size, weights and best weight; `enter` (the best way
 * in worth more than `floor`, if any); and the moves that keep it current.
 * createChainState is the search; the plain search the tests hold it to
 * (test-ejection-reference.ts) is another.
 */
export interface ChainState {
  size(i: number): number;
  weightAt(i: number, m: number): number;
  bestWeight(i: number): number;
  enter(u: number, depth: number, floor: number): ChainEntry | undefined;
  apply(u: number, entry: ChainEntry): void;
  move(i: number, to: number): void;
}

export type CreateChainState = (problem: AssignmentProblem, index: PairIndex, meetingOf: number[]) => ChainState;

/** Minutes a chain's need may take as a key of the chains found with no path (larger needs are searched each time). */
const MINUTES_KEYS = 4096;

/**
 * Fitting places kept per item between moves: a chain's path holds at most
 * its depth of meetings, so the places past these are seldom read (and are
 * read, in order, when every kept one is on the path).
 */
const FITTING_KEPT = 6;

/** The meetings' loads and members under `meetingOf`, with the chain search and the move that keeps them current. */
function createChainState(problem: AssignmentProblem, index: PairIndex, meetingOf: number[]): ChainState {
  const sizes = Float64Array.from(problem.items, (it) => it.minutes);
  const size = (i: number) => sizes[i]!;
  const weightAt = (i: number, m: number) => {
    for (const p of index.byItem[i]!) if (p.meeting === m) return p.weight;
    return Number.NEGATIVE_INFINITY;
  };
  /** The most each item is worth at any meeting (0 when nowhere). */
  const best = index.byItem.map((list) => maxOf(list.map((p) => p.weight), 0));
  const bestWeight = (i: number) => best[i]!;
  const count = problem.meetings.map(() => 0);
  const minutes = problem.meetings.map(() => 0);
  const members: number[][] = problem.meetings.map(() => []);
  /**
   * At least the most any placed item gains by moving to another of its
   * meetings (best weight − weight where it is): a chain of k moves gains at
   * most k times this, so a branch that cannot beat the best chain found is
   * not searched. Only raised as items move (a bound, not the maximum).
   */
  let maxGain = 0;
  /** Each placed item's weight where it is (the search reads it for every member it meets). */
  const weightHere = new Float64Array(problem.items.length);
  const place = (i: number, m: number) => {
    count[m]!++;
    minutes[m]! += size(i);
    members[m]!.push(i);
    weightHere[i] = weightAt(i, m);
    maxGain = Math.max(maxGain, best[i]! - weightHere[i]!);
  };
  meetingOf.forEach((m, i) => {
    if (m >= 0) place(i, m);
  });
  const slack = (m: number) => problem.meetings[m]!.maxMinutes - minutes[m]!;
  const fits = (m: number, need: number) => slack(m) >= need && count[m]! < problem.meetings[m]!.maxItems;
  // Each item's placements by weight, highest first (ties by meeting, as the plain order): the last move of a chain is the first that fits.
  const byWeight = index.byItem.map((list) => [...list].sort((a, b) => b.weight - a.weight || a.meeting - b.meeting));
  // Of those, the first FITTING_KEPT where the item fits as the meetings stand, kept until the next move: one search
  // asks about the same few hundred items millions of times, and most meetings of a full agenda fit none.
  let version = 0;
  const fitting: { version: number; pairs: AssignmentPair[]; complete: boolean }[] = index.byItem.map(() => ({ version: -1, pairs: [], complete: false }));
  const fittingPlaces = (x: number) => {
    if (fitting[x]!.version === version) return fitting[x]!;
    const pairs: AssignmentPair[] = [];
    let complete = true;
    for (const q of byWeight[x]!) {
      if (!fits(q.meeting, size(x))) continue;
      if (pairs.length === FITTING_KEPT) {
        complete = false;
        break;
      }
      pairs.push(q);
    }
    return (fitting[x] = { version, pairs, complete });
  };
  /** x's best last move off the path from meeting t (weight `from` there): the first fitting place off the path, if it beats `floor`. */
  const lastMove = (x: number, from: number, floor: number): AssignmentPair | undefined => {
    const { pairs, complete } = fittingPlaces(x);
    for (const q of pairs) {
      if (q.weight - from <= floor) return undefined;
      if (!path.includes(q.meeting)) return q;
    }
    if (complete) return undefined;
    // Every kept place is on the path (rare): the rest, as the plain search reads them.
    for (const q of byWeight[x]!) {
      if (q.weight - from <= floor) return undefined;
      if (!path.includes(q.meeting) && fits(q.meeting, size(x))) return q;
    }
    return undefined;
  };
  // The meetings of the chain being built (each loses and gains at most one item): a stack, not a copy per call.
  const path: number[] = [];

  // Best chain leaving room for `need` minutes and one more item at meeting t,
  // touching no meeting on `path`. The same chain as the plain search over
  // every branch (the first of the best; test-ejection-reference.ts): a
  // branch is skipped only when even maxGain per move left could not make it
  // strictly better, which is exact as the weights are whole numbers.
  const room = (t: number, need: number, left: number): Chain | undefined => {
    if (fits(t, need)) return { gain: 0, moves: [] };
    if (left === 0) return undefined;
    let bestChain: Chain | undefined;
    path.push(t);
    for (const x of members[t]!) {
      if (slack(t) + size(x) < need) continue; // moving x out would not make enough room
      const from = weightHere[x]!;
      // Or x leaves the agenda (worth it only when the item coming in is worth more).
      if (bestChain === undefined || -from > bestChain.gain) bestChain = { gain: -from, moves: [{ item: x, to: -1 }] };
      if (left === 1) {
        // x's move ends the chain: its best is the highest-weighted meeting off the path that fits x as it is.
        const q = lastMove(x, from, bestChain.gain);
        if (q !== undefined) bestChain = { gain: q.weight - from, moves: [{ item: x, to: q.meeting }] };
        continue;
      }
      for (const q of index.byItem[x]!) {
        if (path.includes(q.meeting)) continue;
        if (q.weight - from + (left - 1) * maxGain <= bestChain.gain) continue;
        const sub = roomOffPath(q.meeting, size(x), left - 1);
        if (sub === undefined) continue;
        const gain = q.weight - from + sub.gain;
        if (gain > bestChain.gain) bestChain = { gain, moves: [...sub.moves, { item: x, to: q.meeting }] };
      }
    }
    path.pop();
    return bestChain;
  };

  /**
   * room(t, need, left) for the path as it stands, from the chain found with
   * no path when that chain keeps off it. It is then the same chain: the
   * path only takes branches away, so the first best of all the branches is
   * the first best of those left whenever it is among them (and with no
   * chain at all there is none with the path either). One search meets the
   * same meeting and need from thousands of paths; the chain with no path is
   * found once until the next move.
   */
  const unconstrained = new Map<number, Chain | null>();
  let unconstrainedVersion = -1;
  const roomOffPath = (t: number, need: number, left: number): Chain | undefined => {
    if (fits(t, need)) return { gain: 0, moves: [] };
    if (left === 0) return undefined;
    if (unconstrainedVersion !== version) {
      unconstrained.clear();
      unconstrainedVersion = version;
    }
    const key = (left * problem.meetings.length + t) * MINUTES_KEYS + need;
    let free = need < MINUTES_KEYS ? unconstrained.get(key) : undefined;
    if (free === undefined && need < MINUTES_KEYS) {
      const outer = path.splice(0, path.length);
      free = room(t, need, left) ?? null;
      path.push(...outer);
      unconstrained.set(key, free);
    }
    if (free === null) return undefined;
    if (free !== undefined && free.moves.every((m) => m.to < 0 || !path.includes(m.to))) return free;
    return room(t, need, left);
  };

  const move = (i: number, to: number) => {
    version++;
    const from = meetingOf[i]!;
    if (from >= 0) {
      count[from]!--;
      minutes[from]! -= size(i);
      members[from] = members[from]!.filter((x) => x !== i);
    }
    meetingOf[i] = to;
    if (to >= 0) place(i, to);
  };

  /**
   * The best way in for item u (not placed): its meeting, the chain of up to
   * `depth` moves making room there, and what both are worth; only ways worth
   * more than `floor` (the caller takes no other), so a meeting where even
   * the best chain could not pass it is not searched.
   */
  const enter = (u: number, depth: number, floor: number): ChainEntry | undefined => {
    let chosen: ChainEntry | undefined;
    for (const p of index.byItem[u]!) {
      const most = p.weight + depth * maxGain;
      if (most <= floor || (chosen !== undefined && most <= chosen.total)) continue;
      const chain = room(p.meeting, size(u), depth);
      if (chain === undefined) continue;
      const total = p.weight + chain.gain;
      if (total > floor && (chosen === undefined || total > chosen.total)) chosen = { to: p.meeting, chain, total };
    }
    return chosen;
  };
  const apply = (u: number, entry: ChainEntry) => {
    for (const m of entry.chain.moves) move(m.item, m.to);
    move(u, entry.to);
  };
  return { size, weightAt, bestWeight, enter, apply, move };
}

/**
 * Ejection chains: places an unplaced item by making room for it, moving an
 * item from its meeting to another one it may go to, which may in turn move
 * one of its items on, up to `depth` moves (an item may also leave the
 * agenda, when what comes in is worth more). This finds what one- and
 * two-meeting re-optimisation cannot: room gathered from the small leftovers
 * of several meetings. Only chains that raise the objective are applied, so
 * the passes end; `meetingOf` is updated in place. Deterministic: items by weight then index, first best chain kept.
 * Returns the number of items placed. `createState`: the search over
 * chains (the tests pass the plain one).
 */
export function insertByEjection(problem: AssignmentProblem, index: PairIndex, meetingOf: number[], depth = 2, maxPasses = 3, createState: CreateChainState = createChainState): number {
  const state = createState(problem, index, meetingOf);
  let placed = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const waiting = problem.items.map((_, i) => i).filter((i) => meetingOf[i]! < 0 && index.byItem[i]!.length > 0);
    waiting.sort((a, b) => state.bestWeight(b) - state.bestWeight(a) || state.size(a) - state.size(b) || a - b);
    let progress = false;
    for (const u of waiting) {
      const chosen = state.enter(u, depth, 1e-9);
      if (chosen === undefined) continue;
      state.apply(u, chosen);
      placed++;
      progress = true;
    }
    if (!progress) break;
  }
  return placed;
}

/**
 * Relocation chains: an item placed below its best weight (late, say) is
 * taken out and put back by the best ejection chain of up to `depth` moves,
 * its own meeting included (so it may trade places with an item there), and
 * the change is kept only when it raises the objective. Re-optimising one
 * or two meetings cannot do this when the better meeting is full of items
 * that fit only one meeting further on. At 5,000 items / 260 meetings
 * (bimodal bench generator) the plan placed the same items as the optimum
 * CBC proved, 63,278, but five of them late where the optimum has one:
 * 63,270. Items by the weight they could gain, then index. Returns the
 * number of items moved to a better place. `createState` as for
 * insertByEjection.
 */
export function relocateByEjection(problem: AssignmentProblem, index: PairIndex, meetingOf: number[], depth = 2, maxPasses = 3, createState: CreateChainState = createChainState): number {
  const state = createState(problem, index, meetingOf);
  let moved = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const loss = (i: number) => state.bestWeight(i) - state.weightAt(i, meetingOf[i]!);
    const below = problem.items.map((_, i) => i).filter((i) => meetingOf[i]! >= 0 && loss(i) > 0);
    below.sort((a, b) => loss(b) - loss(a) || a - b);
    let progress = false;
    for (const u of below) {
      const home = meetingOf[u]!;
      if (home < 0) continue; // taken out by an earlier chain of this pass
      const now = state.weightAt(u, home);
      state.move(u, -1);
      const chosen = state.enter(u, depth, now + 1e-9);
      if (chosen === undefined) {
        state.move(u, home);
        continue;
      }
      state.apply(u, chosen);
      moved++;
      progress = true;
    }
    if (!progress) break;
  }
  return moved;
}
