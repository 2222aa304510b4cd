import type { SequenceSolution } from "./sequence-dp.js";
import { isWorkSpent } from "./work-meter.js";

/** Heuristics that find clash-free plans for a component: the incumbents of its branch and bound. */
export type SolveOne = (i: number, forbidden: Set<number>, extra?: ((n: number) => number) | Float64Array) => SequenceSolution | undefined;
export type ClashingNodes = (s: number, sols: (SequenceSolution | undefined)[]) => Map<number, number>;

/** A price per node of series i given the paths placed so far (soft clashes: the stand-ins they would need). */
export type PlacedPrice = (i: number, placed: (SequenceSolution | undefined)[]) => Float64Array;

/**
 * Series in `order`, each at its optimum among the days the earlier ones left
 * free; with `price`, each also pays what its days cost against the paths
 * already placed (returned costs are without it).
 */
export function greedy(k: number, solveOne: SolveOne, clashingNodes: ClashingNodes, order: number[] = Array.from({ length: k }, (_, i) => i), price?: PlacedPrice): SequenceSolution[] | undefined {
  const out: (SequenceSolution | undefined)[] = Array.from({ length: k }, () => undefined);
  for (const i of order) {
    const extra = price?.(i, out);
    const s = solveOne(i, new Set(clashingNodes(i, out).keys()), extra);
    if (!s) return undefined;
    // Costs are integers; the prices' float error is rounded off.
    out[i] = extra ? { path: s.path, cost: Math.round(s.cost - s.path.reduce((t, n) => t + extra[n]!, 0)) } : s;
  }
  return out as SequenceSolution[];
}

/** Squeaky wheel's order and blame, for a caller that runs it a few rounds at a time and goes on where it stopped. */
export interface WheelState {
  order: number[];
  blame: Float64Array;
}

/**
 * Squeaky-wheel greedy (Joslin and Clements), for a first plan keeping every
 * hard rule where plain greedy fails: series in an order, each on its best
 * days clear of what earlier ones took; a series left with no clear path
 * takes its path with fewest clashes and gains blame by how many; the next
 * round places the most blamed first (blame decays by a tenth a round). On
 * the 80-series year it finds a clash-free plan in ~20 rounds where
 * negotiated repair stalls at 8–16 clashes for hundreds of rounds.
 * Deterministic (stable order by blame, then the previous order). `start`
 * is the first round's order, or a state whose order and blame it starts
 * from and keeps, so the next call goes on from this one.
 */
export function squeakyWheel(k: number, solveOne: SolveOne, clashingNodes: ClashingNodes, start: number[] | WheelState, rounds = 200): SequenceSolution[] | undefined {
  const state: WheelState = Array.isArray(start) ? { order: start.slice(), blame: new Float64Array(k) } : start;
  const { blame } = state;
  for (let round = 0; round < rounds && !isWorkSpent(); round++) {
    const out: (SequenceSolution | undefined)[] = Array.from({ length: k }, () => undefined);
    let failed = false;
    for (const s of state.order) {
      const present = clashingNodes(s, out);
      let sol = solveOne(s, new Set(present.keys()));
      if (!sol) {
        sol = solveOne(s, NONE, (n) => (present.get(n) ?? 0) * CLASH_PRICE);
        if (!sol) return undefined;
        failed = true;
        blame[s] = blame[s]! + Math.max(1, sol.path.filter((n) => present.has(n)).length);
        sol = solveCost(s, sol, solveOne);
      }
      out[s] = sol;
    }
    if (!failed) return out as SequenceSolution[];
    state.order = state.order.map((s, i) => [s, i] as const).sort((a, b) => blame[b[0]]! - blame[a[0]]! || a[1] - b[1]).map(([s]) => s);
    for (let s = 0; s < k; s++) blame[s] = 0.9 * blame[s]!;
  }
  return undefined;
}

/** For each node of series `s` clashing with the others' paths, the series whose paths it clashes with. */
export type ClashOwners = (s: number, sols: (SequenceSolution | undefined)[]) => Map<number, number[]>;

/**
 * Iterative forward search with eviction (as in course timetabling's IFS,
 * Müller): series wait in a queue, the most often evicted first; each takes
 * its best path clear of the placed ones, or, when it has none, the path
 * whose clashes evict the cheapest set of placed series (each series' price
 * grows every time it is evicted), and those go back to the queue. Where
 * squeaky-wheel greedy stalls with a few series short (the 100-series scaled
 * year's morning half: 5–8), this places every series in ~1,000 steps.
 * Deterministic; undefined when the queue is not empty after `steps`.
 */
export function evictionSearch(k: number, solveOne: SolveOne, clashOwners: ClashOwners, start: number[], steps = 40 * k): SequenceSolution[] | undefined {
  const sols: (SequenceSolution | undefined)[] = Array.from({ length: k }, () => undefined);
  const evicted = new Float64Array(k).fill(1);
  const rank = new Int32Array(k);
  start.forEach((s, i) => (rank[s] = i));
  let queue = start.slice();
  for (let step = 0; step < steps && queue.length > 0 && !isWorkSpent(); step++) {
    queue.sort((a, b) => evicted[b]! - evicted[a]! || rank[a]! - rank[b]!);
    const s = queue.shift()!;
    const owners = clashOwners(s, sols);
    let sol = solveOne(s, new Set(owners.keys()));
    if (!sol) {
      const price = (n: number) => (owners.get(n) ?? []).reduce((t, x) => t + CLASH_PRICE * evicted[x]!, 0);
      sol = solveOne(s, NONE, price);
      if (!sol) return undefined;
      const out = new Set<number>();
      for (const n of sol.path) for (const t of owners.get(n) ?? []) out.add(t);
      for (const t of [...out].sort((a, b) => a - b)) {
        sols[t] = undefined;
        evicted[t] = evicted[t]! + 1;
        queue.push(t);
      }
      sol = solveCost(s, sol, solveOne);
    }
    sols[s] = sol;
  }
  return queue.length === 0 ? (sols as SequenceSolution[]) : undefined;
}

/** Price of one clash in squeakyWheel's fallback path: above any plan's own cost. */
const CLASH_PRICE = 1e9;
const NONE = new Set<number>();

/**
 * Negotiated repair (as in PathFinder routing): each round re-solves every
 * series with a price on days that clash with the others' current choice,
 * the price growing with the round and with how often the day clashed before.
 * Deterministic; stops at the first clash-free round.
 */
export function repair(k: number, start: SequenceSolution[], solveOne: SolveOne, clashingNodes: ClashingNodes, rounds = 60): SequenceSolution[] | undefined {
  const sols = start.slice();
  const history = Array.from({ length: k }, () => new Map<number, number>());
  const none = new Set<number>();
  for (let round = 1; round <= rounds; round++) {
    let clashes = 0;
    const price = 50 * round;
    for (let s = 0; s < k; s++) {
      const present = clashingNodes(s, sols);
      for (const n of present.keys()) history[s]!.set(n, (history[s]!.get(n) ?? 0) + 1);
      const hist = history[s]!;
      const sol = solveOne(s, none, (n) => (present.get(n) ?? 0) * price * 10 + (hist.get(n) ?? 0) * price);
      if (!sol) return undefined;
      sols[s] = { path: sol.path, cost: sol.path.length === 0 ? 0 : costWithoutPrices(sol, present, hist, price) };
    }
    for (let s = 0; s < k; s++) clashes += clashingNodes(s, sols).size;
    if (clashes === 0) return sols.map((sol, s) => solveCost(s, sol, solveOne));
  }
  return undefined;
}

function costWithoutPrices(sol: SequenceSolution, present: Map<number, number>, hist: Map<number, number>, price: number): number {
  let extra = 0;
  for (const n of sol.path) extra += (present.get(n) ?? 0) * price * 10 + (hist.get(n) ?? 0) * price;
  return sol.cost - extra;
}

/** The true cost of a fixed path: re-solve with every other node excluded. */
export function solveCost(s: number, sol: SequenceSolution, solveOne: SolveOne): SequenceSolution {
  const keep = new Set(sol.path);
  const fixed = solveOne(s, { has: (n: number) => !keep.has(n) } as Set<number>);
  return fixed ?? sol;
}

/**
 * Lagrangian heuristic: starting from the series' priced optima (clashes
 * allowed), each series in turn moves to its best response to the others,
 * priced by the multipliers plus a penalty per clash that grows with the
 * round and with how often a day clashed before (negotiated congestion).
 * Returns the last paths, clash-free or not (their costs include the prices:
 * the caller re-prices them). Deterministic.
 */
export function settle(k: number, start: SequenceSolution[], price: (s: number, n: number) => number, solveOne: SolveOne, clashingNodes: ClashingNodes, rounds = 12): { sols: SequenceSolution[]; clashes: number } | undefined {
  const sols = start.slice();
  const history = Array.from({ length: k }, () => new Map<number, number>());
  const none = new Set<number>();
  let clashes = 0;
  for (let round = 1; round <= rounds; round++) {
    const penalty = 200 * round;
    clashes = 0;
    for (let s = 0; s < k; s++) {
      const present = clashingNodes(s, sols);
      const own = sols[s]!.path.filter((n) => present.has(n)).length;
      if (own === 0) continue;
      clashes += own;
      const hist = history[s]!;
      for (const n of present.keys()) hist.set(n, (hist.get(n) ?? 0) + 1);
      const sol = solveOne(s, none, (n) => price(s, n) + (present.get(n) ?? 0) * penalty * 5 + (hist.get(n) ?? 0) * penalty);
      if (!sol) return undefined;
      sols[s] = sol;
    }
    if (clashes === 0) break;
  }
  clashes = 0;
  for (let s = 0; s < k; s++) {
    const present = clashingNodes(s, sols);
    clashes += sols[s]!.path.filter((n) => present.has(n)).length;
  }
  return { sols, clashes };
}
