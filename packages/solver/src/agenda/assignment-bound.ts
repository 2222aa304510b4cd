import { maxOf } from "@yishi/domain";
import type { AssignmentPair, AssignmentProblem, PairIndex } from "./assignment-problem.js";
import { solveKnapsack, type KnapsackCandidate } from "./knapsack.js";
import { boundWithWholeMeetings } from "./whole-meetings-bound.js";
import { closes } from "../lp/closes.js";

/**
 * Upper bounds on the agenda assignment optimum, all by Lagrangian duality
 * (every multiplier vector gives a valid bound, so stopping early is safe):
 *
 * 1. LP dual: price each meeting's item count (α) and minutes (β). For fixed
 *    prices each item independently takes its best reduced weight
 *    w − α_m − d·β_m (or nothing), so the bound is
 *    Σ_m (cap_m·α_m + B_m·β_m) + Σ_i max(0, max_m (w_im − α_m − d_i·β_m)),
 *    whose minimum is the LP relaxation's optimum.
 * 2. Knapsack Lagrangian: price each item (μ_i, its "at most once") instead;
 *    then every meeting is an exact count-and-minutes knapsack over reduced
 *    weights w − μ, giving Σ_i μ_i + Σ_m knapsack_m(w − μ), never weaker than
 *    the LP bound for the μ the LP dual implies, and usually much tighter
 *    because it has no fractional items.
 * 3. Between the two: the LP prices with the meetings whose knapsack gains
 *    most kept whole (whole-meetings-bound.ts), one knapsack per meeting and
 *    no further steps, tried before the knapsack rounds.
 * Both are minimised by projected subgradient steps (Polyak step towards the
 * incumbent's value; the LP prices' steps may be deflected, see DEFLECTION)
 * with fixed iteration limits, so results are deterministic.
 */
export interface BoundOptions {
  /** The incumbent's objective: the target of the Polyak step and the stop test. */
  target: number;
  lpIterations?: number;
  /**
   * What the LP prices' Polyak steps aim at (default `target`). Aiming at a
   * value close to the LP optimum makes the steps tiny and the prices stall
   * above it; aiming a few per cent lower converges.
   */
  lpStepTarget?: number;
  /**
   * The LP steps' deflection (see DEFLECTION); default 0, plain steps. The
   * planner's starts (LP-priced rolls, here and in rounded-start.ts and
   * flattened-start.ts) were built on the plain steps' prices, and the
   * deflected ones changed plans both ways (1,000 items: one seed 3 worse;
   * 50,000: 80 better), so only the bound whose prices seed no plan, the
   * rounded-weight bound, deflects: tighter bounds, the same plans.
   */
  lpDeflection?: number;
  knapsackIterations?: number;
  /**
   * Called with each knapsack-Lagrangian selection made feasible (each item
   * kept in its first meeting only); returns the caller's best objective so
   * far, which becomes the new target (a Lagrangian heuristic).
   */
  onSelection?: (meetingOf: number[]) => number;
  /** Called once with the LP dual's prices (to guide starts); returns the caller's best objective. */
  onLpPrices?: (prices: LpPrices) => number;
}

export interface BoundResult {
  bound: number;
  kind: "trivial" | "lp-dual" | "whole-meetings" | "knapsack-lagrangian" | "rounded-weights";
}

/** Integral weights: a bound below target + 1 proves the incumbent optimal (one test for every bound, the cut bound's included). */
export { closes };

/** Non-improving steps before the step length halves (LP prices, item prices). */
const LP_STALL = 30;
const KS_STALL = 5;

/**
 * The LP prices step along the subgradient deflected by the last direction
 * (Camerini, Fratta and Maffioli, 1975): when the two point more than 90°
 * apart, d = s + γ·d_prev with γ = −DEFLECTION·(s·d_prev)/‖d_prev‖², which
 * damps the zigzag between the count and minutes prices of neighbouring
 * meetings. At 1,000 items / 52 meetings (three seeds of each bench
 * generator, the prices' value against the exact LP optimum from CBC) plain
 * steps stopped 6–15 above it, deflected ones (capped, below) 0.1–12 above
 * it, and sooner (the step length halves less often).
 */
export const DEFLECTION = 1.5;

/**
 * γ is capped so that d·s ≥ (1 − DEFLECTION_CAP)·‖s‖²: the deflected step
 * still descends along this subgradient. Uncapped, a subgradient opposite to
 * the last direction is reversed (d = (1 − DEFLECTION)·s), and with a single
 * price moving (one meeting, minutes binding) the steps ran away from the
 * optimum and never left the trivial bound.
 */
const DEFLECTION_CAP = 0.5;

export function boundAssignment(problem: AssignmentProblem, index: PairIndex, options: BoundOptions): BoundResult {
  const trivial = index.byItem.reduce((s, list) => s + maxOf(list.map((p) => p.weight), 0), 0);
  let best: BoundResult = { bound: trivial, kind: "trivial" };
  if (closes(trivial, options.target)) return best;
  const lp = lpDualBound(problem, index, options.lpStepTarget ?? options.target, options.lpIterations ?? 3000, options.target, options.lpDeflection);
  // The LP prices' choices, made feasible, are a good start for the search.
  let target = options.onSelection !== undefined ? Math.max(options.target, options.onSelection(lp.choice)) : options.target;
  if (options.onLpPrices !== undefined) target = Math.max(target, options.onLpPrices(lp));
  if (lp.bound < best.bound) best = { bound: lp.bound, kind: "lp-dual" };
  if (closes(best.bound, target)) return best;
  const whole = boundWithWholeMeetings(problem, index, lp.alpha, lp.beta).bound;
  if (whole < best.bound) best = { bound: whole, kind: "whole-meetings" };
  if (closes(best.bound, target)) return best;
  // Knapsack rounds cost a dynamic program per meeting: a fixed work budget.
  // On large instances with many short items the knapsacks are nearly
  // integral and the bound moves in the first round only (1,000 items /
  // 52 meetings: 22802.711 after 1, 3 or 10 rounds), so few rounds are spent there.
  const rounds = options.knapsackIterations ?? Math.min(200, Math.max(3, Math.floor(20_000 / Math.max(1, problem.pairs.length))));
  const ks = knapsackLagrangianBound(problem, index, lp.mu, { ...options, target }, rounds).bound;
  if (ks < best.bound) best = { bound: ks, kind: "knapsack-lagrangian" };
  return best;
}

/** The LP dual's best prices: α per meeting (count), β per meeting (minute), μ per item. */
export interface LpPrices {
  bound: number;
  alpha: Float64Array;
  beta: Float64Array;
  mu: Float64Array;
  choice: number[];
}

/** Minimises the LP dual over (α, β) by projected subgradient steps; any stopping point is a valid bound. */
export function lpDualBound(problem: AssignmentProblem, index: PairIndex, target: number, iterations: number, stopAt = target, deflection = 0): LpPrices {
  const M = problem.meetings.length;
  const T = problem.items.length;
  const d = Float64Array.from(problem.items, (it) => it.minutes);
  const { from, meetingAt, weightAt } = flattenByItem(index);
  const scale = Math.max(1, d.reduce((s, x) => s + x, 0) / Math.max(1, T)); // β in "per typical item" units
  const cap = problem.meetings.map((mt) => Math.min(mt.maxItems, T));
  const budget = problem.meetings.map((mt) => mt.maxMinutes);
  const alpha = new Float64Array(M);
  const u = new Float64Array(M);
  const mu = new Float64Array(T);
  let bestMu = new Float64Array(T);
  let bestAlpha = new Float64Array(M);
  let bestBeta = new Float64Array(M);
  let choice = problem.items.map(() => -1);
  const arg = new Int32Array(T);
  let best = Number.POSITIVE_INFINITY;
  let theta = 1;
  let stall = 0;
  const count = new Float64Array(M);
  const mins = new Float64Array(M);
  const beta = new Float64Array(M);
  // This step's direction (count, minutes), and the last one's for the deflection.
  let sa = new Float64Array(M);
  let su = new Float64Array(M);
  let lastA = new Float64Array(M);
  let lastU = new Float64Array(M);
  let lastNorm = 0;
  for (let it = 0; it < iterations; it++) {
    let g = 0;
    for (let m = 0; m < M; m++) {
      g += cap[m]! * alpha[m]! + (budget[m]! * u[m]!) / scale;
      beta[m] = u[m]! / scale;
    }
    count.fill(0);
    mins.fill(0);
    for (let i = 0; i < T; i++) {
      let v = 0;
      let bestMeeting = -1;
      const di = d[i]!;
      for (let q = from[i]!; q < from[i + 1]!; q++) {
        const m = meetingAt[q]!;
        const r = weightAt[q]! - alpha[m]! - di * beta[m]!;
        if (r > v) {
          v = r;
          bestMeeting = m;
        }
      }
      mu[i] = v;
      arg[i] = bestMeeting;
      g += v;
      if (bestMeeting >= 0) {
        count[bestMeeting]!++;
        mins[bestMeeting]! += d[i]!;
      }
    }
    if (g < best - 1e-9) {
      best = g;
      bestMu = mu.slice();
      bestAlpha = alpha.slice();
      bestBeta = u.map((x) => x / scale);
      choice = Array.from(arg);
      stall = 0;
    } else if (++stall >= LP_STALL) {
      theta /= 2;
      stall = 0;
    }
    if (closes(best, stopAt) || theta < 1e-6) break;
    let norm = 0;
    let turn = 0;
    for (let m = 0; m < M; m++) {
      sa[m] = cap[m]! - count[m]!;
      su[m] = (budget[m]! - mins[m]!) / scale;
      if (alpha[m] === 0 && sa[m]! > 0) sa[m] = 0; // projection: price already at zero
      if (u[m] === 0 && su[m]! > 0) su[m] = 0;
      norm += sa[m]! ** 2 + su[m]! ** 2;
      turn += sa[m]! * lastA[m]! + su[m]! * lastU[m]!;
    }
    if (norm === 0) break; // a zero subgradient: these prices are optimal
    if (turn < 0 && lastNorm > 0) {
      const gamma = Math.min((-deflection * turn) / lastNorm, (DEFLECTION_CAP * norm) / -turn);
      norm = 0;
      for (let m = 0; m < M; m++) {
        sa[m]! += gamma * lastA[m]!;
        su[m]! += gamma * lastU[m]!;
        norm += sa[m]! ** 2 + su[m]! ** 2;
      }
    }
    [lastA, sa] = [sa, lastA];
    [lastU, su] = [su, lastU];
    lastNorm = norm;
    const step = (theta * Math.max(g - target, 1e-3)) / norm;
    for (let m = 0; m < M; m++) {
      alpha[m] = Math.max(0, alpha[m]! - step * lastA[m]!);
      u[m] = Math.max(0, u[m]! - step * lastU[m]!);
    }
  }
  return { bound: best, alpha: bestAlpha, beta: bestBeta, mu: bestMu, choice };
}

/**
 * The index's pairs by item as flat arrays (item i's are from[i] to
 * from[i + 1], in the index's order): the LP prices' steps read every pair
 * at each step (about 11,000 steps over 6,128 pairs in one solve of 1,000
 * items into 52 meetings). Read from typed arrays rather than the pair
 * objects, in the same order and arithmetic (so the same prices), the
 * bench's ten solver-notes seeds take 4 % less time.
 */
function flattenByItem(index: PairIndex): { from: Int32Array; meetingAt: Int32Array; weightAt: Float64Array } {
  const from = new Int32Array(index.byItem.length + 1);
  index.byItem.forEach((list, i) => (from[i + 1] = from[i]! + list.length));
  const meetingAt = new Int32Array(from[index.byItem.length]!);
  const weightAt = new Float64Array(meetingAt.length);
  index.byItem.forEach((list, i) =>
    list.forEach((p, k) => {
      meetingAt[from[i]! + k] = p.meeting;
      weightAt[from[i]! + k] = p.weight;
    }),
  );
  return { from, meetingAt, weightAt };
}

/**
 * The knapsack Lagrangian (bound 2 above) by projected subgradient steps from
 * the item prices `start`, for `iterations` steps at most: the best bound and
 * the prices that gave it.
 */
export function knapsackLagrangianBound(problem: AssignmentProblem, index: PairIndex, start: Float64Array, options: BoundOptions, iterations: number): { bound: number; mu: Float64Array } {
  let target = options.target;
  const T = problem.items.length;
  const mu = start.slice();
  let best = Number.POSITIVE_INFINITY;
  let bestMu = start;
  let theta = 1;
  let stall = 0;
  const times = new Int32Array(T);
  for (let it = 0; it < iterations; it++) {
    let L = 0;
    for (let i = 0; i < T; i++) L += mu[i]!;
    times.fill(0);
    const selection = problem.items.map(() => -1);
    problem.meetings.forEach((mt, m) => {
      const ks = solveKnapsack(pricedCandidates(problem, index.byMeeting[m]!, mu), mt.maxItems, mt.maxMinutes);
      L += ks.value;
      for (const i of ks.chosen) {
        times[i]!++;
        if (selection[i] === -1) selection[i] = m;
      }
    });
    if (options.onSelection !== undefined) target = Math.max(target, options.onSelection(selection));
    if (L < best - 1e-9) {
      best = L;
      bestMu = mu.slice();
      stall = 0;
    } else if (++stall >= KS_STALL) {
      theta /= 2;
      stall = 0;
    }
    if (closes(best, target) || theta < 1e-6) break;
    let norm = 0;
    const s = new Float64Array(T);
    for (let i = 0; i < T; i++) {
      s[i] = 1 - times[i]!;
      if (mu[i] === 0 && s[i]! > 0) s[i] = 0;
      norm += s[i]! ** 2;
    }
    if (norm === 0) break;
    const step = (theta * Math.max(L - target, 1e-3)) / norm;
    for (let i = 0; i < T; i++) mu[i] = Math.max(0, mu[i]! - step * s[i]!);
  }
  return { bound: best, mu: bestMu };
}

/** A meeting's knapsack candidates at item prices `mu`: its pairs worth more than their item's price, at w − μ. */
export function pricedCandidates(problem: AssignmentProblem, pairs: readonly AssignmentPair[], mu: Float64Array): KnapsackCandidate[] {
  const candidates: KnapsackCandidate[] = [];
  for (const p of pairs) {
    const profit = p.weight - mu[p.item]!;
    if (profit > 1e-9) candidates.push({ key: p.item, minutes: problem.items[p.item]!.minutes, profit });
  }
  return candidates;
}
