import { evaluateAssignment, indexPairs, type AssignmentProblem, type AssignmentResult } from "./assignment-problem.js";
import { greedyAssignment, improveAssignment, repairSelection } from "./improve-assignment.js";
import { improveMeetingPair } from "./pair-move.js";
import { insertByEjection } from "./ejection-chain.js";
import { boundAssignment, closes, type BoundOptions } from "./assignment-bound.js";

/**
 * Pairs of meetings up to `reach` apart are re-optimised together, for up to
 * `rounds` rounds. A two-meeting step costs a (minutes × minutes) table, so
 * the wider neighbourhood is used only on instances with few eligible pairs
 * (in the benchmark it lifted 300 items / 26 meetings from 8480 to 8500 for
 * about 0.06 s; at 1,000 items reach 2 doubled the time for +23, 0.1 %);
 * ejection chains then add a few more there (8511).
 */
const WIDE_PAIRS_MAX = 3000;
const pairSearch = (pairs: number) => (pairs <= WIDE_PAIRS_MAX ? { reach: 2, rounds: 8, chain: 3 } : { reach: 1, rounds: 4, chain: 0 });

export type SolveAssignmentOptions = Omit<BoundOptions, "target"> & { maxSweeps?: number };

/**
 * Solves the agenda assignment: a greedy start, exact per-meeting
 * re-optimisation until no meeting can be improved, Lagrangian bounds (whose
 * price choices seed further starts), then exact two-meeting exchanges; the
 * answer is `optimal` only when the bound proves it, else the report carries
 * the gap. Weights must be whole numbers. Deterministic: fixed iteration
 * counts, no clock, ties by index.
 */
export function solveAssignment(problem: AssignmentProblem, options: SolveAssignmentOptions = {}): AssignmentResult {
  for (const p of problem.pairs) {
    if (!Number.isInteger(p.weight)) throw new Error(`assignment weights must be whole numbers, found ${p.weight}`);
  }
  const index = indexPairs(problem);
  const meetingOf = greedyAssignment(problem, index);
  const sweeps = improveAssignment(problem, index, meetingOf, options.maxSweeps);
  let best = meetingOf;
  let objective = evaluateAssignment(problem, index, meetingOf);
  let total = sweeps;
  // Lagrangian heuristic: each selection of the bound's knapsacks, made
  // feasible and then improved, may beat the incumbent.
  const onSelection = (selection: number[]) => {
    const candidate = repairSelection(problem, index, selection);
    let value = evaluateAssignment(problem, index, candidate);
    // Polishing is the expensive part: only for selections already close.
    if (value >= objective - Math.abs(objective) * 0.01) {
      total += improveAssignment(problem, index, candidate, 2);
      value = evaluateAssignment(problem, index, candidate);
    }
    if (value > objective) {
      objective = value;
      best = candidate;
    }
    return objective;
  };
  const { bound, kind } = boundAssignment(problem, index, { ...options, target: objective, onSelection });
  if (!closes(bound, objective)) {
    // Two-meeting exchanges between neighbours in time, then single meetings again.
    // Only pairs touching a meeting that changed in the last round are revisited.
    const { reach, rounds, chain } = pairSearch(problem.pairs.length);
    let dirty = new Set(problem.meetings.map((_, m) => m));
    for (let round = 0; round < rounds && dirty.size > 0; round++) {
      const before = [...best];
      for (let gap = 1; gap <= reach; gap++) {
        for (let m = 0; m + gap < problem.meetings.length; m++) if (dirty.has(m) || dirty.has(m + gap)) improveMeetingPair(problem, index, best, m, m + gap);
      }
      total += improveAssignment(problem, index, best, options.maxSweeps);
      dirty = new Set();
      best.forEach((m, i) => {
        if (m === before[i]) return;
        if (m >= 0) dirty.add(m);
        if (before[i]! >= 0) dirty.add(before[i]!);
      });
    }
    // Ejection chains gather room from several meetings' leftovers (up to
    // `chain` moves; none found at 1,000 items for their cost, so skipped there).
    const chained = chain > 0 ? insertByEjection(problem, index, best, chain) : 0;
    if (chained > 0) total += chained + improveAssignment(problem, index, best, options.maxSweeps);
    objective = evaluateAssignment(problem, index, best);
  }
  return { meetingOf: best, objective, bound: Math.max(objective, bound), optimal: closes(bound, objective), boundKind: kind, sweeps: total };
}
