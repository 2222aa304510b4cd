import type { SequenceSolution } from "./sequence-dp.js";

/** Occurrences of which at most one may be held: one room or one person, one day, one moment. */
export interface ClashClique {
  members: { s: number; n: number }[];
}

export interface DualBound {
  /** Per series, the price added to each node by the multipliers. */
  extra: Float64Array[];
  /** Σ λ: subtracted once from the priced sum. */
  constant: number;
  /** Best Lagrangian lower bound found (already rounded up: costs are integers). */
  bound: number;
}

export interface DualOptions {
  nodeCounts: number[];
  cliques: ClashClique[];
  /** Solves one series with a price per node (no other change). */
  solve(s: number, extra: Float64Array): SequenceSolution | undefined;
  /** Called with clash-free plans met on the way, costs without prices. */
  onFeasible(solutions: SequenceSolution[]): void;
  /** Current best plan's cost (Infinity when none yet). */
  upper(): number;
  /** Builds a plan from the current prices (called every few iterations). */
  heuristic?(extra: Float64Array[], priced: SequenceSolution[]): void;
  iterations?: number;
  /** Non-improving iterations before the step is halved (default 6). */
  patience?: number;
  /** Share of the previous direction kept in the next step (0 = plain subgradient). */
  deflection?: number;
  /** Run the heuristic every this many iterations (default 5). */
  heuristicEvery?: number;
}

/**
 * Lagrangian relaxation of the clash constraints Σ x ≤ 1 over each clique
 * (one room or person, one day, occurrences overlapping one moment): with a
 * multiplier λ ≥ 0 per clique, each series is again an independent DP with node
 * prices, and Σ_s DP_s(λ) − Σ λ is a lower bound on the coupled optimum for
 * every λ ≥ 0 (weak duality). Subgradient steps (Polyak, towards the best plan
 * known) raise it. The priced solutions are often clash-free: those are
 * offered as plans. Deterministic: no randomness, a fixed iteration budget.
 */
export function improveDual(options: DualOptions): DualBound {
  const { nodeCounts, cliques: pairs } = options;
  const k = nodeCounts.length;
  const lambda = new Float64Array(pairs.length);
  const priced = () => {
    const extra = nodeCounts.map((c) => new Float64Array(c));
    pairs.forEach((p, i) => {
      for (const x of p.members) extra[x.s]![x.n]! += lambda[i]!;
    });
    return extra;
  };
  let best: DualBound = { extra: priced(), constant: 0, bound: -Infinity };
  let theta = 2;
  let stall = 0;
  const deflection = options.deflection ?? 0;
  const direction = new Float64Array(pairs.length);
  const iterations = options.iterations ?? 200;
  for (let it = 0; it < iterations && pairs.length > 0; it++) {
    const extra = priced();
    const constant = lambda.reduce((a, b) => a + b, 0);
    const sols: SequenceSolution[] = [];
    for (let s = 0; s < k; s++) {
      const sol = options.solve(s, extra[s]!);
      if (!sol) return best;
      sols.push(sol);
    }
    const value = sols.reduce((t, x) => t + x.cost, 0) - constant;
    if (value > best.bound + 1e-9) {
      best = { extra, constant, bound: value };
      stall = 0;
    } else if (++stall >= (options.patience ?? 6)) {
      theta /= 2;
      stall = 0;
    }
    const used = nodeCounts.map((c) => new Uint8Array(c));
    sols.forEach((sol, s) => sol.path.forEach((n) => (used[s]![n] = 1)));
    const g = pairs.map((p) => p.members.reduce((t, x) => t + used[x.s]![x.n]!, 0) - 1);
    if (g.every((x) => x <= 0)) {
      options.onFeasible(sols.map((sol, s) => ({ path: sol.path, cost: sol.cost - sol.path.reduce((t, n) => t + extra[s]![n]!, 0) })));
    }
    if (options.heuristic && it % (options.heuristicEvery ?? 5) === 0) options.heuristic(extra, sols);
    const upper = options.upper();
    if (Math.ceil(best.bound - 1e-6) >= upper || theta < 1e-3) break;
    // Deflected direction: part of the previous step kept, which damps zig-zagging between cliques.
    let norm = 0;
    g.forEach((x, i) => {
      const d = x > 0 || lambda[i]! > 0 ? x + deflection * direction[i]! : 0;
      direction[i] = d;
      norm += d * d;
    });
    if (norm === 0) break;
    const target = Number.isFinite(upper) ? upper : value + Math.max(1, 0.05 * Math.abs(value));
    const step = (theta * Math.max(target - value, 1)) / norm;
    direction.forEach((d, i) => (lambda[i] = Math.max(0, lambda[i]! + step * d)));
  }
  return { ...best, bound: Math.ceil(best.bound - 1e-6) };
}
