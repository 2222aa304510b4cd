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

/**
 * Ejection chains: places an unplaced item by making room for it, moving an
 * item from its meeting to another one it may go to, which may in turn move
 * one of its items on, up to `depth` moves; every item already placed stays
 * placed. This finds what one- and two-meeting re-optimisation cannot: room
 * gathered from the small leftovers of several meetings. Only chains that
 * raise the objective are applied, so the passes end; `meetingOf` is updated
 * in place. Deterministic: items by weight then index, first best chain kept.
 * Returns the number of items placed.
 */
export function insertByEjection(problem: AssignmentProblem, index: PairIndex, meetingOf: number[], depth = 2, maxPasses = 3): number {
  const size = (i: number) => problem.items[i]!.minutes;
  const weightAt = (i: number, m: number) => index.byItem[i]!.find((p) => p.meeting === m)?.weight ?? Number.NEGATIVE_INFINITY;
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

  let placed = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const best = (i: number) => maxOf(index.byItem[i]!.map((p) => p.weight), 0);
    const waiting = problem.items.map((_, i) => i).filter((i) => meetingOf[i]! < 0 && index.byItem[i]!.length > 0);
    waiting.sort((a, b) => best(b) - best(a) || size(a) - size(b) || a - b);
    let progress = false;
    for (const u of waiting) {
      let chosen: { to: number; chain: Chain; total: number } | undefined;
      for (const p of index.byItem[u]!) {
        const chain = room(p.meeting, size(u), depth, []);
        if (chain === undefined) continue;
        const total = p.weight + chain.gain;
        if (total > 1e-9 && (chosen === undefined || total > chosen.total)) chosen = { to: p.meeting, chain, total };
      }
      if (chosen === undefined) continue;
      for (const m of chosen.chain.moves) move(m.item, m.to);
      move(u, chosen.to);
      placed++;
      progress = true;
    }
    if (!progress) break;
  }
  return placed;
}
