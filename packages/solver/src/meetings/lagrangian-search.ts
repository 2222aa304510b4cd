import type { SeriesProblem } from "./build-sequence.js";
import { solveSequence, type SequenceSolution } from "./sequence-dp.js";
import { improveDual, type ClashClique } from "./lagrangian-bound.js";
import { costThroughNodes } from "./sequence-through.js";
import { pop, push } from "./best-first-heap.js";
import { isWorkSpent } from "./work-meter.js";

/**
 * Branch and bound whose every node re-optimises the Lagrangian multipliers
 * (warm-started from its parent's), so each node's bound is close to its LP
 * bound, not the root's prices. At each node, reduced-cost fixing drops the
 * (series, day) choices whose use alone lifts the bound to the incumbent:
 * their DPs shrink for the whole subtree. Branching on a (series, day) the
 * averaged priced optima (an estimate of the LP's plan) use fractionally: one
 * child forbids it; the other requires it (forced in its series' DP) and
 * forbids every occurrence clashing with it. Which one: the candidate whose
 * two children lift the bound most at the node's prices (a cheap strong
 * branching: one DP per series the child re-routes). On the 40-series bench
 * this takes the proof from out of reach (most-fractional branching: bound
 * 1442 after 200 nodes on the morning component) to ~100 nodes per
 * component. Deterministic: fixed iteration and node budgets, ties by index
 * and creation order.
 */
export interface LagrangianSearchInput {
  problems: SeriesProblem[];
  cliques: ClashClique[];
  forced(s: number, n: number): boolean;
  /** A plan met on the way (costs without prices); the caller keeps the best. */
  offer(solutions: SequenceSolution[]): void;
  upper(): number;
  /** Builds a plan around a node's prices and exclusions (the caller's heuristics). */
  heuristic?(forbidden: Set<number>[], extra: Float64Array[], usage?: Float64Array[]): void;
  rootLambda: Float64Array;
  /** The root's Lagrangian bound: valid for every node. */
  rootBound: number;
  rootForbidden: Set<number>[];
  nodeLimit: number;
  /** Subgradient iterations at the root (re-run with fixing) and at every other node. */
  rootIterations: number;
  nodeIterations: number;
}

export interface LagrangianSearchResult {
  /** Smallest bound of a node left open (Infinity when none: the incumbent is optimal). */
  bound: number;
  nodesExplored: number;
  /** (series, day) choices dropped at the root by reduced-cost fixing. */
  fixedAtRoot: number;
}

/**
 * Soft clashes made exact in a subtree: a required day's stand-ins are a cost
 * of its partners' days (linear[t][m], added to their DP cost), and those
 * rows (clique indices) leave the relaxation, their multipliers held at 0.
 */
interface SoftState {
  linear: (Float64Array | undefined)[];
  exact: Set<number>;
}

/**
 * A (series, day) to branch on, with the lifts strong branching measured at
 * the node's multipliers when it did: of the priced optimum with the day
 * forbidden (`lose`) and required (`keep`), Infinity where that child has no
 * plan.
 */
interface Branch {
  s: number;
  n: number;
  lose?: number;
  keep?: number;
}

interface SearchNode extends SoftState {
  forbidden: Set<number>[];
  /** Nodes each series must use (branching): forced in the series' DP, which then cannot skip them. */
  required: Set<number>[];
  lambda: Float64Array;
  usage: Float64Array[] | undefined;
  /** The parent's bound: the order nodes are explored in. */
  lb: number;
  /** This node's own bound before its dual runs (≥ lb): what prunes it and what it reports while open. */
  bound: number;
  seq: number;
}


export function searchWithLagrangian(input: LagrangianSearchInput): LagrangianSearchResult {
  const { problems, cliques } = input;
  const k = problems.length;
  // Which occurrences exclude each one (its clique partners), read once.
  const partners = problems.map((p) => p.nodes.map(() => [] as { s: number; n: number }[]));
  // Pairs as numbers (a vertex's index among all nodes, times their count, plus the other's): a large
  // component's cliques hold millions of pairs, too many to key by string.
  const offset: number[] = [];
  let vertices = 0;
  for (const p of problems) {
    offset.push(vertices);
    vertices += p.nodes.length;
  }
  const paired = new Set<number>();
  for (const c of cliques) {
    // A soft clash excludes nothing: requiring one side leaves the other free.
    if (c.cap !== undefined) continue;
    for (const a of c.members) {
      for (const b of c.members) {
        const key = (offset[a.s]! + a.n) * vertices + offset[b.s]! + b.n;
        if (a === b || paired.has(key)) continue;
        paired.add(key);
        partners[a.s]![a.n]!.push(b);
      }
    }
  }
  // Each day's soft clashes (stand-ins), by clique index: requiring one side turns the other's into a cost.
  const softOf = problems.map((p) => p.nodes.map(() => [] as { t: number; m: number; c: number }[]));
  cliques.forEach((c, i) => {
    if (c.cap === undefined) return;
    const [a, b] = c.members as [{ s: number; n: number }, { s: number; n: number }];
    softOf[a.s]![a.n]!.push({ t: b.s, m: b.n, c: i });
    softOf[b.s]![b.n]!.push({ t: a.s, m: a.n, c: i });
  });
  const noRequired = problems.map(() => new Set<number>());
  let rootSoft: SoftState = { linear: problems.map(() => undefined), exact: new Set<number>() };
  // A pinned day is held in every plan: its stand-ins are costs from the root on.
  problems.forEach((p, s) => p.nodes.forEach((_, n) => (rootSoft = input.forced(s, n) ? makeExact(rootSoft, noRequired, s, n) : rootSoft)));
  const heap: SearchNode[] = [];
  let seq = 0;
  let explored = 0;
  let fixedAtRoot = 0;
  push(heap, { forbidden: input.rootForbidden.map((f) => new Set(f)), required: noRequired, ...rootSoft, lambda: input.rootLambda, usage: undefined, lb: input.rootBound, bound: input.rootBound, seq: seq++ });
  // Nodes the budget or a failed dual left unexplored: their bounds still count.
  let leftOpen = Infinity;
  while (heap.length > 0 && explored < input.nodeLimit && !isWorkSpent()) {
    const node = pop(heap)!;
    if (node.lb >= input.upper()) {
      heap.length = 0;
      break;
    }
    if (node.bound >= input.upper()) continue;
    const root = explored === 0;
    explored++;
    const forbidden = node.forbidden.map((f) => new Set(f));
    const { required, linear, exact } = node;
    // The series' DP at this node: its required days forced, its partners' stand-ins added (same nodes, so paths map back as they are).
    const problemAt = problems.map((p, s) => {
      const add = linear[s];
      if (required[s]!.size === 0 && add === undefined) return p;
      return { ...p, nodes: p.nodes.map((x, n) => (required[s]!.has(n) || add?.[n] ? { ...x, ...(required[s]!.has(n) ? { forced: true } : {}), cost: x.cost + (add?.[n] ?? 0) } : x)) };
    });
    /** A path's cost without the stand-ins made exact here (a plan's own cost: the caller adds every stand-in). */
    const own = (sols: SequenceSolution[]) => sols.map((x, s) => (linear[s] === undefined ? x : { path: x.path, cost: x.cost - x.path.reduce((t, n) => t + linear[s]![n]!, 0) }));
    // Exact soft rows leave the relaxation: their multipliers are held at 0.
    const cliquesAt = exact.size === 0 ? cliques : cliques.map((c, i) => (exact.has(i) ? { ...c, cap: 0 } : c));
    // The exclusions as masks too: the DPs read them thousands of times per node.
    const masks = problems.map((p, s) => {
      const m = new Uint8Array(p.nodes.length);
      for (const n of forbidden[s]!) m[n] = 1;
      return m;
    });
    const solveAt = (s: number, extra?: Float64Array) => solveSequence(problemAt[s]!, masks[s]!, extra);
    const feasible = () => forbidden.every((_, s) => solveAt(s) !== undefined);
    if (!feasible()) continue;
    let dual = runDual(node.lambda, node.usage, root ? input.rootIterations : input.nodeIterations, root ? 2 : 0.5);
    if (dual.bound >= input.upper()) continue;
    if (!dual.priced) {
      leftOpen = Math.min(leftOpen, node.bound);
      continue;
    }
    // Fixing lifts the bound once the DPs lose their cheap days: at the root, re-optimise while it drops some.
    for (let round = 0; round < (root ? 3 : 1); round++) {
      const dropped = fixByReducedCost(dual.raw!, dual.extra, dual.priced!);
      if (root) fixedAtRoot += dropped;
      if (dropped === 0 || !root || !feasible()) break;
      const again = runDual(dual.lambda!, dual.usage, input.nodeIterations, 0.5);
      // A worse dual after fixing is still a bound, but the better one is kept for pricing and branching.
      if (again.priced && again.raw! > dual.raw!) dual = again;
      if (dual.bound >= input.upper()) break;
    }
    if (dual.bound >= input.upper() || !feasible()) continue;
    input.heuristic?.(forbidden, dual.extra, dual.usage);
    if (dual.bound >= input.upper()) continue;
    let pick: Branch | undefined = chooseBranch(dual.usage!, dual.extra, dual.priced!);
    if (!pick) {
      // The averaged plan is integral: branch on a clash of the node's own optima; clash-free, they are its optimum.
      // Clash-free and paying only stand-ins both of whose days are required here, they are the node's optimum.
      const optima = forbidden.map((_, s) => solveAt(s)!);
      pick = firstClash(optima) ?? firstFreeSoftClash(optima);
      if (!pick) {
        input.offer(own(optima));
        continue;
      }
    }
    const { s, n } = pick;
    const lb = Math.max(node.lb, dual.bound);
    // A child's Lagrangian value at this node's multipliers is at least this node's plus the lift strong branching
    // measured for it (its series' DPs lose days or must route through one; the rest only lose days): a bound on
    // the child before its own dual runs, which may close it. Where requiring the day makes a stand-in exact, the
    // child drops that row's multiplier (at most the stand-in's weight) from the day and the constant and prices the
    // partner day at the full weight instead: no less.
    const childBound = (lift: number | undefined) => (lift === undefined ? lb : Math.max(lb, Math.ceil(dual.raw! + lift - 1e-6)));
    const without = forbidden.slice();
    without[s] = new Set(forbidden[s]);
    without[s].add(n);
    const boundWithout = childBound(pick.lose);
    if (boundWithout < input.upper()) push(heap, { forbidden: without, required, linear, exact, lambda: dual.lambda!, usage: dual.usage, lb, bound: boundWithout, seq: seq++ });
    const withIt = forbidden.slice();
    for (const x of partners[s]![n]!) {
      if (input.forced(x.s, x.n)) continue;
      if (withIt[x.s] === forbidden[x.s]) withIt[x.s] = new Set(forbidden[x.s]);
      withIt[x.s]!.add(x.n);
    }
    const req = required.slice();
    req[s] = new Set(required[s]);
    req[s].add(n);
    const boundWith = childBound(pick.keep);
    if (boundWith < input.upper()) push(heap, { forbidden: withIt, required: req, ...makeExact({ linear, exact }, req, s, n), lambda: dual.lambda!, usage: dual.usage, lb, bound: boundWith, seq: seq++ });

    function runDual(start: Float64Array, usage: Float64Array[] | undefined, iterations: number, theta: number) {
      if (exact.size > 0) {
        start = Float64Array.from(start);
        for (const i of exact) start[i] = 0;
      }
      return improveDual({
        nodeCounts: problems.map((p) => p.nodes.length),
        cliques: cliquesAt,
        solve: (s, extra) => solveAt(s, extra),
        onFeasible: (sols) => input.offer(own(sols)),
        upper: input.upper,
        iterations,
        start,
        ...(usage ? { usage: usage.map((u) => Float64Array.from(u)) } : {}),
        theta,
        patience: 10,
        deflection: 0.5,
      });
    }

    /** Drops every choice whose best priced path alone lifts the bound to the incumbent; returns how many. */
    function fixByReducedCost(raw: number, extra: Float64Array[], priced: SequenceSolution[]): number {
      const upper = input.upper();
      if (!Number.isFinite(upper)) return 0;
      let dropped = 0;
      for (let s = 0; s < k; s++) {
        const f = forbidden[s]!;
        const req = required[s]!;
        const through = costThroughNodes(problemAt[s]!, masks[s]!, extra[s]!);
        const rest = raw - priced[s]!.cost;
        for (let n = 0; n < through.length; n++) {
          if (f.has(n) || req.has(n) || input.forced(s, n)) continue;
          if (Math.ceil(rest + through[n]! - 1e-6) >= upper) {
            f.add(n);
            masks[s]![n] = 1;
            dropped++;
          }
        }
      }
      return dropped;
    }

    /** A free member of the first clique two of the paths both use. */
    function firstClash(sols: SequenceSolution[]): { s: number; n: number } | undefined {
      const used = problems.map((p) => new Uint8Array(p.nodes.length));
      sols.forEach((sol, s) => sol.path.forEach((n) => (used[s]![n] = 1)));
      for (const c of cliques) {
        if (c.cap !== undefined) continue;
        const on = c.members.filter((m) => used[m.s]![m.n]);
        if (on.length < 2) continue;
        const free = on.find((m) => !input.forced(m.s, m.n) && !required[m.s]!.has(m.n));
        if (free) return free;
      }
      return undefined;
    }

    /**
     * A free side of the first soft clash two of the paths both use (a stand-in
     * paid). Branching on it splits the plans into those without that day and
     * those with it, where the clash's multiplier (capped at its weight) prices
     * the other side; once both sides are required the stand-in is a cost every
     * plan below pays, so the node's own optima are its optimum.
     */
    function firstFreeSoftClash(sols: SequenceSolution[]): { s: number; n: number } | undefined {
      const used = problems.map((p) => new Uint8Array(p.nodes.length));
      sols.forEach((sol, s) => sol.path.forEach((n) => (used[s]![n] = 1)));
      for (let i = 0; i < cliques.length; i++) {
        const c = cliques[i]!;
        if (c.cap === undefined || exact.has(i) || !c.members.every((m) => used[m.s]![m.n])) continue;
        const free = c.members.find((m) => !input.forced(m.s, m.n) && !required[m.s]!.has(m.n));
        if (free) return free;
      }
      return undefined;
    }

    /**
     * Among the free (series, day) choices the averaged plan uses most
     * fractionally, the one whose two children lift the bound most at the
     * current prices (product of the two lifts): dropping it re-routes its
     * series; requiring it re-routes the series whose paths clash with it.
     */
    function chooseBranch(usage: Float64Array[], extra: Float64Array[], priced: SequenceSolution[]): Branch | undefined {
      const candidates: { s: number; n: number; x: number }[] = [];
      usage.forEach((u, s) => {
        for (let n = 0; n < u.length; n++) {
          if (forbidden[s]!.has(n) || required[s]!.has(n) || input.forced(s, n)) continue;
          const x = Math.min(u[n]!, 1 - u[n]!);
          if (x > 0.05) candidates.push({ s, n, x });
        }
      });
      // Most fractional first: ties in the score go to it.
      candidates.sort((a, b) => b.x - a.x || a.s - b.s || a.n - b.n);
      if (candidates.length <= 1) return candidates[0];
      const through = new Map<number, Float64Array>();
      const onPath = priced.map((p) => new Set(p.path));
      const lifts = new Map<string, number>();
      const without = (t: number, drop: number[]) => {
        const key = `${t}:${drop.join(",")}`;
        const known = lifts.get(key);
        if (known !== undefined) return known;
        const lift = liftWithout(t, drop);
        lifts.set(key, lift);
        return lift;
      };
      const liftWithout = (t: number, drop: number[]) => {
        const mask = Uint8Array.from(masks[t]!);
        for (const n of drop) mask[n] = 1;
        const sol = solveSequence(problemAt[t]!, mask, extra[t]!);
        return sol ? sol.cost - priced[t]!.cost : Infinity;
      };
      let best: Branch = candidates[0]!;
      let score = -1;
      for (const c of candidates) {
        const lose = onPath[c.s]!.has(c.n) ? without(c.s, [c.n]) : 0;
        if (!through.has(c.s)) {
          through.set(c.s, costThroughNodes(problemAt[c.s]!, masks[c.s]!, extra[c.s]!));
        }
        let keep = through.get(c.s)![c.n]! - priced[c.s]!.cost;
        const hit = new Map<number, number[]>();
        for (const x of partners[c.s]![c.n]!) if (x.s !== c.s && onPath[x.s]!.has(x.n) && !input.forced(x.s, x.n)) hit.set(x.s, [...(hit.get(x.s) ?? []), x.n]);
        for (const [t, drop] of hit) keep += without(t, drop);
        const value = Math.max(lose, 1e-3) * Math.max(keep, 1e-3);
        if (value > score + 1e-9) {
          score = value;
          best = { s: c.s, n: c.n, lose, keep };
        }
      }
      return best;
    }
  }
  const open = heap.reduce((m, x) => Math.min(m, x.bound), leftOpen);

  /**
   * Day n of series s is held in every plan below (required or pinned): each
   * stand-in it would need with a partner day not yet held becomes that day's
   * cost (its row is then exact, as x_n = 1). Copies what it changes.
   */
  function makeExact(from: SoftState, required: Set<number>[], s: number, n: number): SoftState {
    let { linear, exact } = from;
    const copied = new Set<number>();
    for (const x of softOf[s]![n]!) {
      if (exact.has(x.c) || input.forced(x.t, x.m) || required[x.t]!.has(x.m)) continue;
      if (exact === from.exact) {
        exact = new Set(exact);
        linear = linear.slice();
      }
      if (!copied.has(x.t)) {
        linear[x.t] = Float64Array.from(linear[x.t] ?? new Float64Array(problems[x.t]!.nodes.length));
        copied.add(x.t);
      }
      exact.add(x.c);
      linear[x.t]![x.m] = linear[x.t]![x.m]! + cliques[x.c]!.cap!;
    }
    return { linear, exact };
  }
  return { bound: open, nodesExplored: explored, fixedAtRoot };
}
