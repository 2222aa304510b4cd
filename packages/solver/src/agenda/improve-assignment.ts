import { maxOf } from "@yishi/domain";
import type { AssignmentProblem, PairIndex } from "./assignment-problem.js";
import { solveKnapsack, type KnapsackCandidate } from "./knapsack.js";

/**
 * A first assignment: items by their best weight (then index), each into its
 * best-weighted meeting that still has room. Deterministic.
 */
export function greedyAssignment(
  problem: AssignmentProblem,
  index: PairIndex,
  count = problem.meetings.map(() => 0),
  minutes = problem.meetings.map(() => 0),
  meetingOf = problem.items.map(() => -1),
): number[] {
  const best = (i: number) => maxOf(index.byItem[i]!.map((p) => p.weight), 0);
  const order = problem.items.map((_, i) => i).sort((a, b) => best(b) / problem.items[b]!.minutes - best(a) / problem.items[a]!.minutes || a - b);
  for (const i of order) {
    if (meetingOf[i]! >= 0) continue;
    const d = problem.items[i]!.minutes;
    const options = [...index.byItem[i]!].sort((a, b) => b.weight - a.weight || a.meeting - b.meeting);
    for (const p of options) {
      const mt = problem.meetings[p.meeting]!;
      if (count[p.meeting]! < mt.maxItems && minutes[p.meeting]! + d <= mt.maxMinutes) {
        meetingOf[i] = p.meeting;
        count[p.meeting]!++;
        minutes[p.meeting]! += d;
        break;
      }
    }
  }
  return meetingOf;
}

/**
 * Large-neighbourhood search: for one meeting at a time, re-choose its whole
 * content exactly (knapsack) from the items now there, the unplaced items and
 * items placed elsewhere (valued by what moving them gains). Every accepted
 * step raises the objective, so the sweeps end; `meetingOf` is updated in place.
 * Returns the number of improving steps.
 */
export function improveAssignment(problem: AssignmentProblem, index: PairIndex, meetingOf: number[], maxSweeps = 50): number {
  const weightAt = (i: number, m: number) => (m < 0 ? 0 : index.byItem[i]!.find((p) => p.meeting === m)!.weight);
  let steps = 0;
  for (let sweep = 0; sweep < maxSweeps; sweep++) {
    let improved = false;
    for (let m = 0; m < problem.meetings.length; m++) {
      const candidates: KnapsackCandidate[] = [];
      let current = 0;
      for (const p of index.byMeeting[m]!) {
        const here = meetingOf[p.item]!;
        const profit = here === m ? p.weight : p.weight - weightAt(p.item, here);
        if (here === m) current += p.weight;
        if (profit > 0) candidates.push({ key: p.item, minutes: problem.items[p.item]!.minutes, profit });
      }
      const mt = problem.meetings[m]!;
      const { value, chosen } = solveKnapsack(candidates, mt.maxItems, mt.maxMinutes);
      if (value <= current + 1e-9) continue;
      const keep = new Set(chosen);
      for (const p of index.byMeeting[m]!) if (meetingOf[p.item] === m && !keep.has(p.item)) meetingOf[p.item] = -1;
      for (const i of chosen) meetingOf[i] = m;
      improved = true;
      steps++;
    }
    if (!improved) break;
  }
  return steps;
}

/**
 * Makes a selection (a meeting per item, perhaps over capacity) an
 * assignment: each meeting keeps the best subset of its selected items that
 * fits (exact knapsack), then remaining room is filled greedily.
 */
export function repairSelection(problem: AssignmentProblem, index: PairIndex, selection: readonly number[]): number[] {
  const meetingOf = problem.items.map(() => -1);
  const count = problem.meetings.map(() => 0);
  const minutes = problem.meetings.map(() => 0);
  problem.meetings.forEach((mt, m) => {
    const candidates: KnapsackCandidate[] = [];
    for (const p of index.byMeeting[m]!) if (selection[p.item] === m) candidates.push({ key: p.item, minutes: problem.items[p.item]!.minutes, profit: p.weight });
    for (const i of solveKnapsack(candidates, mt.maxItems, mt.maxMinutes).chosen) {
      meetingOf[i] = m;
      count[m]!++;
      minutes[m]! += problem.items[i]!.minutes;
    }
  });
  return greedyAssignment(problem, index, count, minutes, meetingOf);
}
