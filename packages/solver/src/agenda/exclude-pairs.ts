import { closes, knapsackLagrangianBound, lpDualBound, pricedCandidates } from "./assignment-bound.js";
import { indexPairs, type AssignmentPair, type AssignmentProblem, type PairIndex } from "./assignment-problem.js";
import { solveKnapsackTable } from "./knapsack.js";

/**
 * Rounds of pricing and excluding, and the steps behind them: the LP prices
 * (LP_STEPS) start the item prices, FIRST_STEPS move them before the first
 * round and LATER_STEPS before each later one. On the 272 province agendas
 * (of 1,000) that branch and cut on the whole program left unproved and whose
 * optimum (by CBC) is our plan's, this excluded a fifth of the placements,
 * and branch and cut on the rest proved 18 more, for about 53 ms a program
 * (24 ms excluding, 29 ms branch and cut). With 3000 LP steps: 17 for 69 ms;
 * with 60 and 20 item-price steps: 15 for 45 ms.
 */
export const EXCLUSION_ROUNDS = 3;
const FIRST_STEPS = 100;
const LATER_STEPS = 30;
const LP_STEPS = 1000;

export interface PairExclusion {
  /** The problem with only the placements a plan better than the incumbent could use. */
  problem: AssignmentProblem;
  /** No plan beats the incumbent by more than this: every plan better than it is worth at most `bound`. */
  bound: number;
}

/**
 * Reduced-cost fixing for the knapsack Lagrangian. At item prices μ every
 * meeting is a knapsack over the weights w − μ, and the bound is
 * Σμ + Σ_m knapsack_m. A plan that puts item i at meeting m is worth at most
 * that bound with meeting m's knapsack made to hold i: (w_im − μ_i) plus the
 * best the other candidates do in one item and d_i minutes less, read from the
 * same table. When that is below the incumbent + 1 (weights are whole), no
 * better plan places i there, and the pair is dropped. Dropping pairs can only
 * lower the next round's bound, which may drop more. Every step is a count, so
 * the result is the same on every machine.
 */
export function excludePairsByBound(problem: AssignmentProblem, incumbent: number, problemIndex: PairIndex = indexPairs(problem)): PairExclusion {
  let current = problem;
  let index = problemIndex;
  let mu = lpDualBound(current, index, incumbent, LP_STEPS).mu;
  let bound = Number.POSITIVE_INFINITY;
  for (let round = 0; round < EXCLUSION_ROUNDS; round++) {
    const ks = knapsackLagrangianBound(current, index, mu, { target: incumbent }, round === 0 ? FIRST_STEPS : LATER_STEPS);
    mu = ks.mu;
    bound = Math.min(bound, ks.bound);
    if (closes(bound, incumbent)) break;
    const kept = keepPromisingPairs(current, index.byMeeting, mu, incumbent);
    if (kept.length === current.pairs.length) break;
    current = { ...current, pairs: kept };
    index = indexPairs(current);
  }
  return { problem: current, bound };
}

/** The pairs whose forced bound at prices `mu` still reaches incumbent + 1. */
function keepPromisingPairs(problem: AssignmentProblem, byMeeting: readonly AssignmentPair[][], mu: Float64Array, incumbent: number): AssignmentPair[] {
  let priced = 0;
  for (const m of mu) priced += m;
  const tables = problem.meetings.map((mt, m) => solveKnapsackTable(pricedCandidates(problem, byMeeting[m]!, mu), mt.maxItems, mt.maxMinutes));
  const total = tables.reduce((sum, t) => sum + t.value, priced);
  const chosen = tables.map((t) => new Set(t.chosen));
  return problem.pairs.filter((p) => {
    if (p.weight <= 0) return false; // never placed (see indexPairs)
    if (chosen[p.meeting]!.has(p.item)) return true;
    const mt = problem.meetings[p.meeting]!;
    const table = tables[p.meeting]!;
    const forced = total - table.value + (p.weight - mu[p.item]!) + table.upTo(mt.maxItems - 1, mt.maxMinutes - problem.items[p.item]!.minutes);
    return !closes(forced, incumbent);
  });
}
