import { maxOf } from "@yishi/domain";
import type { AssignmentProblem, PairIndex } from "./assignment-problem.js";

/** One relocation of a chain: `item` leaves its meeting for `to`. */
interface Move {
  item: number;
  to: number;
}

interface Chain {
  gain: number;
  moves: Move[];
}

/** The meetings' loads and members under `meetingOf`, with the chain search and the move that keeps them current. */
function createChainState(problem: AssignmentProblem, index: PairIndex, meetingOf: number[]) {
  const size = (i: number) => problem.items[i]!.minutes;
  const weightAt = (i: number, m: number) => index.byItem[i]!.find((p) => p.meeting === m)?.weight ?? Number.NEGATIVE_INFINITY;
  /** The most item i is worth at any meeting (0 when nowhere). */
  const bestWeight = (i: number) => maxOf(index.byItem[i]!.map((p) => p.weight), 0);
  const count = problem.meetings.map(() => 0);
  const minutes = problem.meetings.map(() => 0);
  const members: number[][] = problem.meetings.map(() => []);
  meetingOf.forEach((m, i) => {
    if (m < 0) return;
    count[m]!++;
    minutes[m]! += size(i);
    members[m]!.push(i);
  });
  const slack = (m: number) => problem.meetings[m]!.maxMinutes - minutes[m]!;

  // Best chain leaving room for `need` minutes and one more item at meeting t,
  // touching no meeting in `path` (so each meeting loses and gains at most one item).
  const room = (t: number, need: number, left: number, path: number[]): Chain | undefined => {
    if (slack(t) >= need && count[t]! < problem.meetings[t]!.maxItems) return { gain: 0, moves: [] };
    if (left === 0) return undefined;
    let best: Chain | undefined;
    const here = [...path, t];
    for (const x of members[t]!) {
      if (slack(t) + size(x) < need) continue; // moving x out would not make enough room
      const from = weightAt(x, t);
      // Or x leaves the agenda (worth it only when the item coming in is worth more).
      if (best === undefined || -from > best.gain) best = { gain: -from, moves: [{ item: x, to: -1 }] };
      for (const q of index.byItem[x]!) {
        if (here.includes(q.meeting)) continue;
        const sub = room(q.meeting, size(x), left - 1, here);
        if (sub === undefined) continue;
        const gain = q.weight - from + sub.gain;
        if (best === undefined || gain > best.gain) best = { gain, moves: [...sub.moves, { item: x, to: q.meeting }] };
      }
    }
    return best;
  };

  const move = (i: number, to: number) => {
    const from = meetingOf[i]!;
    if (from >= 0) {
      count[from]!--;
      minutes[from]! -= size(i);
      members[from] = members[from]!.filter((x) => x !== i);
    }
    meetingOf[i] = to;
    if (to < 0) return;
    count[to]!++;
    minutes[to]! += size(i);
    members[to]!.push(i);
  };

  /** The best way in for item u (not placed): its meeting, the chain of up to `depth` moves making room there, and what both are worth. */
  const enter = (u: number, depth: number): { to: number; chain: Chain; total: number } | undefined => {
    let chosen: { to: number; chain: Chain; total: number } | undefined;
    for (const p of index.byItem[u]!) {
      const chain = room(p.meeting, size(u), depth, []);
      if (chain === undefined) continue;
      const total = p.weight + chain.gain;
      if (chosen === undefined || total > chosen.total) chosen = { to: p.meeting, chain, total };
    }
    return chosen;
  };
  const apply = (u: number, entry: { to: number; chain: Chain }) => {
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
 * Returns the number of items placed.
 */
export function insertByEjection(problem: AssignmentProblem, index: PairIndex, meetingOf: number[], depth = 2, maxPasses = 3): number {
  const state = createChainState(problem, index, meetingOf);
  let placed = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const waiting = problem.items.map((_, i) => i).filter((i) => meetingOf[i]! < 0 && index.byItem[i]!.length > 0);
    waiting.sort((a, b) => state.bestWeight(b) - state.bestWeight(a) || state.size(a) - state.size(b) || a - b);
    let progress = false;
    for (const u of waiting) {
      const chosen = state.enter(u, depth);
      if (chosen === undefined || chosen.total <= 1e-9) continue;
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
 * number of items moved to a better place.
 */
export function relocateByEjection(problem: AssignmentProblem, index: PairIndex, meetingOf: number[], depth = 2, maxPasses = 3): number {
  const state = createChainState(problem, index, meetingOf);
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
      const chosen = state.enter(u, depth);
      if (chosen === undefined || chosen.total <= now + 1e-9) {
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
