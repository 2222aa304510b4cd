import type { AssignmentProblem, PairIndex } from "./assignment-problem.js";
import { solveKnapsack, type KnapsackCandidate } from "./knapsack.js";

/**
 * The LP prices with a few meetings kept whole (a partial Lagrangian
 * relaxation). Price the count and minutes of every meeting outside a set H
 * at (α_m, β_m) ≥ 0 and keep H's own limits. What is left separates: an item
 * is unplaced, or placed outside H at its best reduced weight
 * o_i = max(0, max_{m∉H} w_im − α_m − d_i·β_m), or placed in an H meeting
 * under that meeting's real limits. When no item is eligible for two
 * meetings of H, each H meeting is one exact knapsack over the gains
 * w_im − o_i, so for any prices
 *
 *   bound = Σ_{m∉H} (cap_m·α_m + B_m·β_m) + Σ_i o_i + Σ_{m∈H} knapsack_m(w − o)
 *
 * is an upper bound on the optimum. It equals the LP dual's value less a gain
 * per H meeting (the knapsack's integrality), so H is chosen by gain.
 *
 * Why: on the benchmark's rounded problem (1,000 items / 52 meetings, weights
 * ⌈w/20⌉) the LP optimum is 1140.14 and the knapsack Lagrangian's 1139.90, all
 * of that difference coming from one meeting: the last, where many items'
 * windows end. Keeping it whole at the LP prices gives 1139.98 in one pass,
 * which proves 1139 (so 22780) optimal; finding the knapsack Lagrangian's
 * 1,000 item prices by subgradient steps stalls at 1140.14.
 */
export interface WholeMeetingsBound {
  bound: number;
  /** Meetings kept whole (ascending). */
  meetings: number[];
}

export function boundWithWholeMeetings(problem: AssignmentProblem, index: PairIndex, alpha: ArrayLike<number>, beta: ArrayLike<number>): WholeMeetingsBound {
  const T = problem.items.length;
  const minutes = problem.items.map((it) => it.minutes);
  const reduced = (item: number, meeting: number, weight: number) => weight - alpha[meeting]! - minutes[item]! * beta[meeting]!;
  // Best and second-best reduced weight per item (0 = unplaced), so that the
  // best outside any one meeting is a lookup.
  const best = new Float64Array(T);
  const bestAt = new Int32Array(T).fill(-1);
  const second = new Float64Array(T);
  for (let i = 0; i < T; i++) {
    for (const p of index.byItem[i]!) {
      const r = reduced(i, p.meeting, p.weight);
      if (r > best[i]!) {
        second[i] = best[i]!;
        best[i] = r;
        bestAt[i] = p.meeting;
      } else if (r > second[i]!) second[i] = r;
    }
  }
  const outside = (item: number, meeting: number) => (bestAt[item] === meeting ? second[item]! : best[item]!);
  let lpValue = 0;
  const gains = problem.meetings.map((mt, m) => {
    // The same count coefficient as the LP dual (a meeting never holds more than T items).
    const priced = Math.min(mt.maxItems, T) * alpha[m]! + mt.maxMinutes * beta[m]!;
    lpValue += priced;
    let released = 0;
    const candidates: KnapsackCandidate[] = [];
    for (const p of index.byMeeting[m]!) {
      const o = outside(p.item, m);
      released += best[p.item]! - o;
      if (p.weight - o > 1e-9) candidates.push({ key: p.item, minutes: minutes[p.item]!, profit: p.weight - o });
    }
    return { meeting: m, gain: priced + released - solveKnapsack(candidates, mt.maxItems, mt.maxMinutes).value };
  });
  for (let i = 0; i < T; i++) lpValue += best[i]!;
  // Greedy by gain (ties by meeting): a meeting joins H only when it shares no item with H.
  const taken = new Uint8Array(T);
  const chosen: number[] = [];
  let bound = lpValue;
  for (const { meeting, gain } of [...gains].sort((a, b) => b.gain - a.gain || a.meeting - b.meeting)) {
    if (gain <= 1e-9) break;
    if (index.byMeeting[meeting]!.some((p) => taken[p.item] === 1)) continue;
    for (const p of index.byMeeting[meeting]!) taken[p.item] = 1;
    chosen.push(meeting);
    bound -= gain;
  }
  return { bound, meetings: chosen.sort((a, b) => a - b) };
}
