import type { AssignmentProblem, PairIndex } from "./assignment-problem.js";
import { minutesUnit } from "./minutes-scale.js";

/**
 * Re-chooses the contents of two meetings at once, exactly, by dynamic
 * programming over both meetings' minutes: this finds exchanges a
 * one-meeting step cannot (an item moves from the first to the second to
 * make room for another). The count caps are checked afterwards: a move
 * breaking one is not taken. Returns true when the objective rose.
 */
export function improveMeetingPair(problem: AssignmentProblem, index: PairIndex, meetingOf: number[], a: number, b: number): boolean {
  const A = problem.meetings[a]!;
  const B = problem.meetings[b]!;
  const weightAt = (i: number, m: number) => (m < 0 ? 0 : index.byItem[i]!.find((p) => p.meeting === m)!.weight);
  const cand = new Map<number, { minutes: number; pa: number; pb: number }>();
  let current = 0;
  for (const m of [a, b]) {
    for (const p of index.byMeeting[m]!) {
      const here = meetingOf[p.item]!;
      const base = here === a || here === b ? 0 : weightAt(p.item, here);
      const entry = cand.get(p.item) ?? { minutes: problem.items[p.item]!.minutes, pa: -Infinity, pb: -Infinity };
      const gain = p.weight - base;
      if (m === a) entry.pa = gain;
      else entry.pb = gain;
      cand.set(p.item, entry);
    }
  }
  for (const [i] of cand) if (meetingOf[i] === a || meetingOf[i] === b) current += weightAt(i, meetingOf[i]!);
  // Of each size, only as many as could fit in both meetings, best first
  // (a heuristic cut: the neighbourhood stays valid, just smaller).
  const bySize = new Map<number, [number, { minutes: number; pa: number; pb: number }][]>();
  for (const e of cand) if (e[1].pa > 0 || e[1].pb > 0) bySize.set(e[1].minutes, [...(bySize.get(e[1].minutes) ?? []), e]);
  const items = [...bySize]
    .flatMap(([size, list]) => {
      const limit = Math.min(A.maxItems, Math.floor(A.maxMinutes / size)) + Math.min(B.maxItems, Math.floor(B.maxMinutes / size));
      return list.sort((x, y) => Math.max(y[1].pa, y[1].pb) - Math.max(x[1].pa, x[1].pb) || x[0] - y[0]).slice(0, limit);
    })
    .sort((x, y) => x[0] - y[0]);
  // Minutes in units of their common divisor: the same packings, a table up to 25 times smaller.
  const unit = minutesUnit(items.map(([, c]) => c.minutes));
  const capA = Math.floor(A.maxMinutes / unit);
  const capB = Math.floor(B.maxMinutes / unit);
  const W = capB + 1;
  const S = (capA + 1) * W;
  if (items.length === 0 || S > 200_000) return false;
  let dp = new Float64Array(S);
  let next = new Float64Array(S);
  const choice = new Uint8Array(items.length * S); // 0 none, 1 at a, 2 at b
  items.forEach(([, c], k) => {
    next.set(dp);
    const base = k * S;
    const d = Math.round(c.minutes / unit);
    for (let ta = 0; ta <= capA; ta++) {
      for (let tb = 0; tb <= capB; tb++) {
        const s = ta * W + tb;
        if (c.pa > 0 && ta >= d) {
          const v = dp[s - d * W]! + c.pa;
          if (v > next[s]! + 1e-9) {
            next[s] = v;
            choice[base + s] = 1;
          }
        }
        if (c.pb > 0 && tb >= d) {
          const v = dp[s - d]! + c.pb;
          if (v > next[s]! + 1e-9) {
            next[s] = v;
            choice[base + s] = 2;
          }
        }
      }
    }
    [dp, next] = [next, dp];
  });
  const value = dp[S - 1]!;
  if (value <= current + 1e-9) return false;
  const at = new Map<number, number>();
  let ta = capA;
  let tb = capB;
  for (let k = items.length - 1; k >= 0; k--) {
    const c = choice[k * S + ta * W + tb];
    const [i, { minutes }] = items[k]!;
    if (c === 1) {
      at.set(i, a);
      ta -= Math.round(minutes / unit);
    } else if (c === 2) {
      at.set(i, b);
      tb -= Math.round(minutes / unit);
    }
  }
  const countA = [...at.values()].filter((m) => m === a).length;
  const countB = at.size - countA;
  if (countA > A.maxItems || countB > B.maxItems) return false;
  for (const [i] of cand) if ((meetingOf[i] === a || meetingOf[i] === b) && !at.has(i)) meetingOf[i] = -1;
  for (const [i, m] of at) meetingOf[i] = m;
  return true;
}
