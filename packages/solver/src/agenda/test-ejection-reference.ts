import { maxOf } from "@yishi/domain";
import type { AssignmentProblem, PairIndex } from "./assignment-problem.js";
import type { Chain, ChainEntry, ChainState } from "./ejection-chain.js";

/**
 * The ejection chains' plain search, every branch searched, as it was before
 * the search learnt to skip branches that cannot win: the reference the
 * faster one must match move for move, run by the same passes
 * (insertByEjection and relocateByEjection take it as their `createState`;
 * ejection-chain.test.ts).
 */
export function createPlainChainState(problem: AssignmentProblem, index: PairIndex, meetingOf: number[]): ChainState {
  const size = (i: number) => problem.items[i]!.minutes;
  const weightAt = (i: number, m: number) => index.byItem[i]!.find((p) => p.meeting === m)?.weight ?? Number.NEGATIVE_INFINITY;
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
  const room = (t: number, need: number, left: number, path: number[]): Chain | undefined => {
    if (slack(t) >= need && count[t]! < problem.meetings[t]!.maxItems) return { gain: 0, moves: [] };
    if (left === 0) return undefined;
    let best: Chain | undefined;
    const here = [...path, t];
    for (const x of members[t]!) {
      if (slack(t) + size(x) < need) continue;
      const from = weightAt(x, t);
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
  // The best way in over every meeting, taken by the passes only when worth more than `floor` (as they did).
  const enter = (u: number, depth: number, floor: number) => {
    let chosen: ChainEntry | undefined;
    for (const p of index.byItem[u]!) {
      const chain = room(p.meeting, size(u), depth, []);
      if (chain === undefined) continue;
      const total = p.weight + chain.gain;
      if (chosen === undefined || total > chosen.total) chosen = { to: p.meeting, chain, total };
    }
    return chosen !== undefined && chosen.total > floor ? chosen : undefined;
  };
  const apply = (u: number, entry: ChainEntry) => {
    for (const m of entry.chain.moves) move(m.item, m.to);
    move(u, entry.to);
  };
  return { size, weightAt, bestWeight, enter, apply, move };
}
