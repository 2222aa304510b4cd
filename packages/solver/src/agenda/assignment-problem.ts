/**
 * The numeric core of agenda allocation: items into meetings, at most
 * `maxItems` items and `maxMinutes` minutes per meeting, each item at most
 * once, maximising the summed weight of the chosen (item, meeting) pairs.
 * Eligibility and weights are computed beforehand (see eligibility.ts and
 * item-weight.ts), so this layer knows nothing of rules or dates.
 */
export interface AssignmentItem {
  /** Minutes the item takes on the agenda (≥ 1, whole minutes). */
  minutes: number;
}

export interface AssignmentMeeting {
  maxItems: number;
  maxMinutes: number;
}

/** An allowed placement and its value (whole numbers keep the bound argument exact). */
export interface AssignmentPair {
  item: number;
  meeting: number;
  weight: number;
}

export interface AssignmentProblem {
  items: AssignmentItem[];
  meetings: AssignmentMeeting[];
  pairs: AssignmentPair[];
}

export interface AssignmentResult {
  /** Meeting index per item, −1 when unplaced. */
  meetingOf: number[];
  objective: number;
  /** Best upper bound proved on the optimum. */
  bound: number;
  /** True when the bound proves the objective optimal. */
  optimal: boolean;
  /** Which bound closed (or came closest): "trivial", "lp-dual", "whole-meetings", "knapsack-lagrangian" or "rounded-weights". */
  boundKind: string;
  /** Improving sweeps of the local search, for reports. */
  sweeps: number;
}

/** Pairs grouped by item and by meeting, in a fixed order, built once. */
export interface PairIndex {
  byItem: AssignmentPair[][];
  byMeeting: AssignmentPair[][];
}

export function indexPairs(problem: AssignmentProblem): PairIndex {
  const byItem: AssignmentPair[][] = problem.items.map(() => []);
  const byMeeting: AssignmentPair[][] = problem.meetings.map(() => []);
  for (const p of problem.pairs) {
    if (p.weight <= 0) continue; // never worth placing
    byItem[p.item]!.push(p);
    byMeeting[p.meeting]!.push(p);
  }
  for (const list of byItem) list.sort((a, b) => a.meeting - b.meeting);
  for (const list of byMeeting) list.sort((a, b) => a.item - b.item);
  return { byItem, byMeeting };
}

/**
 * The summed weight of `meetingOf`, or what makes it no plan of the problem
 * (an item at a meeting it is not eligible for, a meeting over its item cap
 * or minutes): one pass, for evaluateAssignment and for plans from elsewhere.
 */
export function scoreAssignment(problem: AssignmentProblem, index: PairIndex, meetingOf: readonly number[]): { total: number } | { fault: string } {
  const count = problem.meetings.map(() => 0);
  const minutes = problem.meetings.map(() => 0);
  let total = 0;
  for (let i = 0; i < meetingOf.length; i++) {
    const m = meetingOf[i]!;
    if (m < 0) continue;
    const pair = index.byItem[i]!.find((p) => p.meeting === m);
    if (pair === undefined) return { fault: `item ${i} placed at meeting ${m} it is not eligible for` };
    total += pair.weight;
    count[m]!++;
    minutes[m]! += problem.items[i]!.minutes;
  }
  const over = problem.meetings.findIndex((mt, m) => count[m]! > mt.maxItems || minutes[m]! > mt.maxMinutes);
  return over < 0 ? { total } : { fault: `meeting ${over} over capacity` };
}

/** Sum of the chosen pairs' weights; throws on an infeasible assignment (a bug). */
export function evaluateAssignment(problem: AssignmentProblem, index: PairIndex, meetingOf: readonly number[]): number {
  const score = scoreAssignment(problem, index, meetingOf);
  if ("fault" in score) throw new Error(score.fault);
  return score.total;
}
