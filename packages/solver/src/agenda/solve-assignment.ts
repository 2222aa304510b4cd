import { evaluateAssignment, indexPairs, type AssignmentProblem, type AssignmentResult } from "./assignment-problem.js";
import { greedyAssignment, improveAssignment, repairSelection } from "./improve-assignment.js";
import { improveMeetingPair } from "./pair-move.js";
import { insertByEjection, relocateByEjection } from "./ejection-chain.js";
import { boundAssignment, closes, type BoundOptions, type BoundResult, type LpPrices } from "./assignment-bound.js";
import { ROLL_SCALES, rollAssignment } from "./roll-assignment.js";
import { startFromFlattened } from "./flattened-start.js";
import { chooseRoundingSteps, roundedWeightBound } from "./rounded-bound.js";
import { rollRoundedStart } from "./rounded-start.js";

/**
 * Pairs of meetings up to `reach` apart are re-optimised together, for up to
 * `rounds` rounds. A two-meeting step costs a (minutes × minutes) table, so
 * the neighbourhood is used only on instances with few eligible pairs (from
 * the greedy start it lifted 300 items / 26 meetings from 8480 to 8500; from
 * the LP-priced starts it found nothing at 1,000 items / 52 meetings, on the
 * benchmark and three other seeds, for 0.3 s, so large instances skip it).
 */
const WIDE_PAIRS_MAX = 3000;
const pairSearch = (pairs: number) => (pairs <= WIDE_PAIRS_MAX ? { reach: 2, rounds: 8, chain: 3 } : { reach: 1, rounds: 0, chain: 0 });

/**
 * Moves per relocation chain (see relocateByEjection): cheap at any size, as
 * only items placed below their best weight start one. 5,000 items / 260
 * meetings, bimodal generator: 63,270 → 63,274 in 20 ms (the optimum, by CBC
 * in 360 s, is 63,278), where depth 2 gave 63,272 and depths 4 and 5 63,274
 * in 49 and 372 ms; 50,000 items: 1,155,728 → 1,155,746 in 0.3 s; the 5,000
 * solver-notes instance and the 1,000 / 52 seeds of both generators: the same.
 */
const RELOCATE_DEPTH = 3;

/**
 * The extra starts from flattened lateness (see flattened-start.ts): how far
 * it is flattened, and the LP steps behind the rolls (other prices, other
 * rolls). At 1,000 items / 52 meetings, on ten seeds of each bench generator,
 * the first lifted four plans, the second four (two of them others), the
 * third proved one more (23,617 → 23,620). Each costs about a third of a
 * solve and runs only while the bound is not met, and only on instances of
 * up to FLATTENED_PAIRS_MAX pairs: at 5,000 items / 260 meetings two passes
 * took 3.5 s and gained 0 and 2.
 */
const FLATTENED_PASSES = [{ share: 0.6 }, { share: 0.3 }, { share: 0.3, lpIterations: 800 }];
const FLATTENED_PAIRS_MAX = 20_000;

export type SolveAssignmentOptions = Omit<BoundOptions, "target"> & { maxSweeps?: number };

/**
 * Solves the agenda assignment: a greedy start, exact per-meeting
 * re-optimisation until no meeting can be improved, Lagrangian bounds (whose
 * prices seed further starts: time-ordered knapsack rolls from the LP prices,
 * the best by far, and the knapsacks' own choices), a start on the rounded
 * problem's slack-free pairs (rounded-start.ts), then exact two-meeting
 * exchanges, ejection chains and relocation chains, then starts built with lateness flattened
 * (flattened-start.ts); the answer is `optimal` only when the bound
 * proves it, else the report carries the gap. Weights must be whole numbers.
 * Deterministic: fixed iteration counts, no clock, ties by index.
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
  /** Keeps `candidate` when it beats the incumbent. */
  const keep = (candidate: number[], value = evaluateAssignment(problem, index, candidate)) => {
    if (value > objective) {
      objective = value;
      best = candidate;
    }
  };
  const polishAndKeep = (candidate: number[], maxSweeps = options.maxSweeps) => {
    total += improveAssignment(problem, index, candidate, maxSweeps);
    keep(candidate);
  };
  // Lagrangian heuristic: each selection of the bound's knapsacks, made
  // feasible and then improved, may beat the incumbent.
  const onSelection = (selection: number[]) => {
    const candidate = repairSelection(problem, index, selection);
    const value = evaluateAssignment(problem, index, candidate);
    // Polishing is the expensive part: only for selections already close.
    if (value >= objective - Math.abs(objective) * 0.01) polishAndKeep(candidate, 2);
    else keep(candidate, value);
    return objective;
  };
  // Starts built in time order from the LP prices (see roll-assignment.ts).
  const onLpPrices = (prices: LpPrices) => {
    for (const scale of ROLL_SCALES) polishAndKeep(rollAssignment(problem, index, prices.alpha, prices.beta, scale));
    return objective;
  };
  let proved: BoundResult = boundAssignment(problem, index, { ...options, target: objective, onSelection, onLpPrices });
  // The rounded-weight bound (see rounded-bound.ts) for the incumbent: once
  // here, which may make the local search below unnecessary, and again if it
  // improved the incumbent (the best step depends on the incumbent's weights).
  const roundBound = () => {
    for (const step of closes(proved.bound, objective) ? [] : chooseRoundingSteps(problem, index, best)) {
      const rounded = roundedWeightBound(problem, step, objective, options.lpIterations);
      if (rounded < proved.bound) proved = { bound: rounded, kind: "rounded-weights" };
      if (closes(proved.bound, objective)) break;
    }
  };
  // Starts on the rounded problem's slack-free pairs (see rounded-start.ts)
  // look for a plan meeting the rounded bound, before that bound is computed.
  for (const step of closes(proved.bound, objective) ? [] : chooseRoundingSteps(problem, index, best)) {
    const candidate = rollRoundedStart(problem, step, objective, options.lpIterations, options.maxSweeps);
    if (candidate !== undefined) polishAndKeep(candidate);
  }
  roundBound();
  if (!closes(proved.bound, objective)) {
    const start = objective;
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
    // Items placed below their best weight (late), moved by chains the meeting-pair search does not reach.
    const relocated = relocateByEjection(problem, index, best, RELOCATE_DEPTH);
    if (relocated > 0) total += relocated + improveAssignment(problem, index, best, options.maxSweeps);
    objective = evaluateAssignment(problem, index, best);
    // Starts from problems where lateness costs less (see flattened-start.ts), judged on the true weights.
    for (const pass of problem.pairs.length <= FLATTENED_PAIRS_MAX ? FLATTENED_PASSES : []) {
      if (closes(proved.bound, objective)) break;
      startFromFlattened(problem, pass.share, (candidate) => polishAndKeep(candidate), pass.lpIterations ?? options.lpIterations);
    }
    if (objective > start) roundBound();
  }
  return { meetingOf: best, objective, bound: Math.max(objective, proved.bound), optimal: closes(proved.bound, objective), boundKind: proved.kind, sweeps: total };
}
