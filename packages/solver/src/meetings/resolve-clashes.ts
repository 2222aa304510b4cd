import { BREAK_COST, type SeriesProblem } from "./build-sequence.js";
import { solveSequence, type SequenceSolution } from "./sequence-dp.js";
import { improveDual, type ClashClique, type DualBound } from "./lagrangian-bound.js";
import { evictionSearch, greedy, repair, settle, solveCost, squeakyWheel, type SolveOne, type WheelState } from "./clash-heuristics.js";
import { improveByNeighbourhood, repairByNeighbourhood } from "./repair-neighbourhood.js";
import { pop, push } from "./best-first-heap.js";
import { findClashCliques } from "./clash-cliques.js";
import { searchWithLagrangian } from "./lagrangian-search.js";
import { buildClashGraph, withoutStandIns } from "./series-clash.js";
import { isWorkSpent, withWorkReserve, withWorkShare } from "./work-meter.js";
import { improveByWindows } from "./window-neighbourhood.js";
import { SUPPORT_FIXINGS, improveByLpSupport } from "./support-neighbourhood.js";

/**
 * Series that share a room or a person are coupled only through days both
 * would use at overlapping times. Branch and bound over those clashes: each
 * series is solved exactly by its DP (a relaxation of the coupled problem, so
 * the sum of their optima is a lower bound); a clash between A and B on day d
 * branches into "A not on d" and "B not on d", which covers every clash-free
 * plan. Best-first search: the first clash-free node taken is optimal. When
 * the node budget runs out the best clash-free plan found is returned with
 * the smallest open lower bound, so the gap is known. Large components, and
 * small ones the clash search leaves with a gap, go on to a deeper search
 * (lagrangian-search.ts: multipliers re-optimised at every node, reduced-cost
 * fixing, strong branching on (series, day)).
 */

export interface ComponentResult {
  solutions: SequenceSolution[];
  objective: number;
  bound: number;
  optimal: boolean;
  nodesExplored: number;
  /** Clashes between two pinned occurrences: kept as the planner fixed them. */
  unavoidable: number;
}

interface Node {
  forbidden: Set<number>[];
  /** Each series' own optimum under the node's exclusions. */
  solutions: SequenceSolution[];
  /** The same, priced by the Lagrangian multipliers. */
  priced: SequenceSolution[];
  /** max(Σ solutions, Σ priced − Σ λ): a lower bound on every plan below the node. */
  lb: number;
  seq: number;
}

export interface ResolveOptions {
  nodeLimit: number;
  /** Subgradient iterations of the Lagrangian bound (default 200). */
  dualIterations?: number;
  /** A plan to start from (node indices per series); a missing series is fitted around the others. */
  seed?: (number[] | undefined)[];
  /** A sub-problem of a neighbourhood repair: no repair inside it. */
  inner?: boolean;
  /**
   * Give up (undefined) when the first-plan heuristics find no plan: the
   * hard-first start of a component with stand-ins, which must not spend the
   * work the search with stand-ins needs when no plan keeps every clash hard.
   */
  planFirst?: boolean;
  /** false: no hard-first start with stand-ins allowed (the caller ran it; see HARDENED_SHARE). */
  hardFirst?: boolean;
}

/** Components with more series than this skip the whole-component negotiated repair. */
const LARGE = 12;
/**
 * Components at least this large (a government's morning or afternoon with 40+ series): the search below
 * rarely proves them, so the incumbent is improved group by group before it as well as after (bench's
 * scaled 80-series year 6068 → 5934, 200-series 18258 → 16692, bounds unchanged). Below it, the search's
 * proofs depend on where its node budget goes (40-series seed 40 proved only without).
 */
const HUGE = 30;
/**
 * Components at least this large (the 200-series year's halves: 99 series)
 * skip the deeper search, and their descents (group by group, then window by
 * window) run until a round gains nothing instead of once. There a search
 * node re-solves every series some thirty times: on the 200-series year's
 * morning the search spent 334 M steps on 27 nodes and lifted the bound by 2
 * (7345 → 7347), while the descents' second round took its plan from 7740 to
 * 7718 and left the afternoon, planned after it on what is left, the work
 * for three rounds of its own (7959 → 7848): the year 15821 / 14821 →
 * 15710 / 14819. Groups of a series' two rings of neighbours (12 or 16
 * series) found nothing more after the rounds, nor did windows of 56 or 70
 * days on the 80-series year. The 80-series year's halves (40 series) keep
 * the search: it lifted their bounds by 46 and 12, and a second round of
 * descents there found nothing and cost the search the work it would have
 * spent (5717 → 5714). Not where the plan breaks a rule (relaxed
 * problems): there the search lifts the bound that proves the breaks
 * needed, and without it the example copied to 200 series (two components
 * of 67 and 133 series) proved 427 breaks needed instead of 458, and its
 * descents stopped at 189 M of the 1,000 M steps.
 */
const VAST = 60;

/**
 * Rounds of squeaky-wheel greedy the dual's heuristic runs at the
 * multipliers' prices in a component of HUGE series or more, or of more
 * than LARGE with a room pool, when plain greedy at those prices is blocked
 * (a series left with no day clear of the ones placed before it). There it
 * nearly always is: in the 7-room pool's morning (26 series, every series
 * of a slot wanting the same rooms) all 10 calls were blocked; in the 200-series
 * year's afternoon (99 series) all 30 calls were blocked, so the dual's
 * heuristic never offered a plan and the first plan (squeaky wheel without
 * prices, 9670) went unimproved until the descents after the dual. The
 * wheel's order and blame carry over from call to call, so each call goes on
 * from what the last one learned. Measured, objective / bound:
 *
 * | case | plain greedy only | 3 rounds | 5 rounds | 10 rounds |
 * |---|---|---|---|---|
 * | 200 series (seed 40) | 16640 / 14750 | 15971 / 14745 | 15935 / 14745 | 16064 / 14735 |
 * | 80 series (seed 40) | 5926 / 5677 | 5885 / 5649 | 5917 / 5679 | 5859 / 5711 |
 * | 200 series (seed 41) | 15353 / 14309 | 15091 / 14319 | | |
 * | 80 series (seed 41) | 6396 / 6132 | 6367 / 6130 | | |
 * | 100 series (2 declared conflicts) | 400009145 / 6406 | 400009050 / 6401 | 400009098 / 6405 | |
 * | 40 series, pool of 7 rooms | 3615 / 3161 | 3492 / 3152 | | |
 *
 * Three rounds and five are alike (each better on one year); three costs less.
 * Tried from 13 series up: priced greedy gets through there on 0 to 21 of
 * 30 calls (the 40-series seeds' halves), and the wheel cost seed 40 its
 * proof (2902 / 2900) and seed 42 its plan (2792 → 2805), while it lifted
 * seeds 43 and 44 (2917 → 2915, 3269 → 3247). With proofs at stake,
 * components below HUGE without a pool are left as they were.
 */
const PRICED_WHEEL_ROUNDS = 3;

/**
 * The most of the component's work one group repair in the dual's heuristic
 * may spend. On the 40-, 80- and 200-series bench cases a repair spends 1–7
 * million steps (under 1 % of the default limit) and often improves the plan;
 * their plans and bounds are the same with the cap. In the 7-room pool each
 * group is 14 series over 7 rooms: three repairs spent 650 of the component's
 * 810 million steps and found nothing, so the dual stopped after 60
 * iterations (bound 2744, now 3144). At 100 series, where no plan keeps every
 * rule, the work the repairs left brought the declared conflicts from 7 to 2.
 * A repair that spends its whole share and finds nothing ends the repairs of
 * that dual: in the pool the next five did the same, and without them its
 * bound rose from 3144 to 3161, and the 100-series year's from 6396 to
 * 6406 (its 2 declared conflicts unchanged); the 40-, 80- and 200-series
 * and stand-ins cases were unchanged.
 */
const REPAIR_SHARE = 0.05;

/**
 * The share of a large component's work its deeper search leaves for the
 * descents after it (the LP-guided neighbourhood, then group by group and
 * window by window) when it ends with a gap. Searching to the end of the work
 * left them nothing on the hardest components, whose plans they improve
 * most: the 40-series seed 44's morning went from 1782 to 1706 (3345 → 3269
 * for the year, bound 3201 → 3199), the 80-series year 5934 → 5926 (bound
 * 5681 → 5677), the 200-series 16692 → 16640 (bound 14761 → 14750). A search
 * that proves its component within the rest is not stopped by it: seed 40
 * stays proved, seeds 41–43 and the pool end as before (seed 42's bound
 * 2773 → 2772), and the stand-ins year's bound 2807 → 2803. 0.25 gave the
 * same plans with slightly lower bounds.
 */
const SEARCH_RESERVE = 0.15;

/**
 * Every this many nodes of the deeper search, the LP-guided neighbourhood
 * (support-neighbourhood.ts) runs at the node's own fractional plan, its
 * fixing level going round SUPPORT_FIXINGS. Run only after the search, at
 * the root's plan, it had left the 40-series seeds at local optima the
 * descents could not leave (seed 41's afternoon 1717, where CBC proves
 * 1669): a node's plan, steered by its branching, points elsewhere. Objective
 * / bound, seeds 41–44: 3137 / 3072 → 3102 / 3074, 2816 / 2778 → 2792 /
 * 2779, 2912 / 2889 → 2913 / 2889, 3265 / 3200 → 3260 / 3199 (gaps summed
 * 191 → 126); seed 40 proved with 280 M steps instead of 294 M. Every 5th
 * node: seed 40 lost its proof (2902 / 2901); every 20th: gaps 172 (seed 43
 * 2946); every 10th at 0.5 only: 131. The 80-series year 5821 / 5717 →
 * 5819 / 5715; the pool, the stand-ins and the 100-series years unchanged.
 */
const NODE_RINS_EVERY = 10;

/**
 * With stand-ins allowed, the share of the component's work the plan needing
 * none (every soft clash hard) may spend first; the search with stand-ins
 * starts from that plan, with what it leaves. Every plan without stand-ins is
 * a plan with them allowed, but the search with stand-ins alone ended above
 * the same year planned without any: the 40-series year (seed 40) with
 * stand-ins at 30 a day at 3073 where that year proves 2902. With the whole
 * share, the start is the very search run without stand-ins, so the plan is
 * never above it (where that search's first heuristics find a plan; see
 * below). Less was not enough: at 0.7 seed 41 ended at 3213 against
 * 3138 without stand-ins; at 0.9 seed 42 at 2802 against 2792. That start
 * gives up (planFirst) when its first heuristics find no plan without
 * stand-ins, so it cannot eat the work of a component that needs them.
 * planMeetings runs that start itself, component by component on the shares
 * the spec without stand-ins gets, and the searches with stand-ins after
 * every component (hardFirst: false, or a seed): here a first half that
 * kept searching with stand-ins left the second half less (seed 43: 3048
 * against 2919).
 */
const HARDENED_SHARE = 1;

export function resolveClashes(problems: SeriesProblem[], options: ResolveOptions): ComponentResult | undefined {
  const { nodeLimit } = options;
  const k = problems.length;
  const { excludes, adjacent, neighbours, vertices, soft, softAdjacent, softNeighbours } = buildClashGraph(problems);
  const softOn = soft.weight.length > 0;
  const seed = options.seed ?? (softOn && !options.inner && options.hardFirst !== false ? withWorkShare(HARDENED_SHARE, () => resolveClashes(problems.map(withoutStandIns), { ...options, planFirst: true }))?.solutions.map((x) => x.path) : undefined);
  /** What the plan's soft clashes cost (stand-ins: series' standIn); 0 without any. */
  const softPenalty = (sols: SequenceSolution[]) => {
    let total = 0;
    soft.weight.forEach(({ s, t, weight }, i) => {
      const on = new Set(sols[s]!.path);
      const { start, nodes } = soft.rows[i]!;
      for (const m of sols[t]!.path) for (let j = start[m]!; j < start[m + 1]!; j++) if (on.has(nodes[j]!)) total += weight;
    });
    return total;
  };
  /** Each node of series s that would need a stand-in with a day of another series' path (once per such day), with its weight. */
  const forSoftClashes = (s: number, sols: (SequenceSolution | undefined)[], visit: (node: number, weight: number) => void) => {
    for (const t of softNeighbours[s]!) {
      const path = sols[t]?.path;
      if (path === undefined) continue;
      const { rows, weight } = softAdjacent[s]![t]!;
      for (const m of path) for (let j = rows.start[m]!; j < rows.start[m + 1]!; j++) visit(rows.nodes[j]!, weight);
    }
  };
  /** Per node of series i, what its soft clashes with the other series' paths would cost (series without a path yet: nothing). */
  const softPrices = (i: number, sols: (SequenceSolution | undefined)[]) => {
    const price = new Float64Array(problems[i]!.nodes.length);
    forSoftClashes(i, sols, (n, weight) => (price[n] = price[n]! + weight));
    return price;
  };
  const priceOf = (price: Float64Array, path: number[]) => path.reduce((t, n) => t + price[n]!, 0);
  /** A plan's cost: its series' own costs and its soft clashes. */
  const total = (sols: SequenceSolution[]) => sum(sols) + (softOn ? softPenalty(sols) : 0);
  // Subtrees closed with a plan that pays for soft clashes: a better plan may lie below, so their bound stays open.
  let softOpen = Infinity;
  const forced = (s: number, n: number) => problems[s]!.nodes[n]!.forced;
  const solveOne = (i: number, forbidden: Set<number>, extra?: ((n: number) => number) | Float64Array) => solveSequence(problems[i]!, forbidden.size === 0 ? undefined : (n) => forbidden.has(n), extra);
  const sum = (sols: SequenceSolution[]) => sols.reduce((t, s) => t + s.cost, 0);
  /** Nodes of series s that clash with the paths of the other series (with how many). */
  const clashingNodes = (s: number, sols: (SequenceSolution | undefined)[]) => {
    const out = new Map<number, number>();
    for (const t of neighbours[s]!) {
      const sol = sols[t];
      if (!sol) continue;
      const { start, nodes } = adjacent[s]![t]!;
      for (const m of sol.path) {
        for (let j = start[m]!; j < start[m + 1]!; j++) {
          const n = nodes[j]!;
          if (!(forced(s, n) && forced(t, m))) out.set(n, (out.get(n) ?? 0) + 1);
        }
      }
    }
    return out;
  };
  /** The same with soft clashes counted as hard: a plan built on it needs no stand-in. */
  const clashingOrSoft = (s: number, sols: (SequenceSolution | undefined)[]) => {
    const out = clashingNodes(s, sols);
    forSoftClashes(s, sols, (n) => out.set(n, (out.get(n) ?? 0) + 1));
    return out;
  };
  /** The same nodes, each with the series whose paths it clashes with. */
  const clashOwners = (s: number, sols: (SequenceSolution | undefined)[]) => {
    const out = new Map<number, number[]>();
    for (const t of neighbours[s]!) {
      const sol = sols[t];
      if (!sol) continue;
      const { start, nodes } = adjacent[s]![t]!;
      for (const m of sol.path) {
        for (let j = start[m]!; j < start[m + 1]!; j++) {
          const n = nodes[j]!;
          if (forced(s, n) && forced(t, m)) continue;
          const list = out.get(n);
          if (list === undefined) out.set(n, [t]);
          else if (!list.includes(t)) list.push(t);
        }
      }
    }
    return out;
  };
  const stamp = problems.map((p) => new Int32Array(p.nodes.length));
  let stampNow = 0;

  const rootForbidden = problems.map(() => new Set<number>());
  const rootSolutions: SequenceSolution[] = [];
  for (let i = 0; i < k; i++) {
    const s = solveOne(i, rootForbidden[i]!);
    if (!s) return undefined;
    rootSolutions.push(s);
  }

  // Finds the first clash (earliest day, then series order) that can still be avoided.
  const findClash = (sols: SequenceSolution[]): { a: number; ai: number; b: number; bi: number } | undefined => {
    stampNow++;
    for (let s = 0; s < k; s++) for (const n of sols[s]!.path) stamp[s]![n] = stampNow;
    let found: { a: number; ai: number; b: number; bi: number; day: number } | undefined;
    for (let a = 0; a < k; a++) {
      for (const n of sols[a]!.path) {
        const day = problems[a]!.nodes[n]!.day;
        if (found && day >= found.day) continue;
        for (const b of neighbours[a]!) {
          if (b <= a) continue;
          const { start, nodes } = adjacent[b]![a]!;
          let m = -1;
          for (let j = start[n]!; j < start[n + 1]! && m < 0; j++) {
            const x = nodes[j]!;
            if (stamp[b]![x] === stampNow && !(forced(a, n) && forced(b, x))) m = x;
          }
          if (m < 0) continue;
          // Earliest day first; on a tie the first pair in series order (a, then b) is kept.
          if (!found || day < found.day) found = { a, ai: n, b, bi: m, day };
          break;
        }
      }
    }
    return found && { a: found.a, ai: found.ai, b: found.b, bi: found.bi };
  };

  // Incumbent: series in order avoiding what earlier ones took; failing that, negotiated repair.
  let incumbent: SequenceSolution[] | undefined;
  let incumbentCost = Infinity;
  const offer = (found: SequenceSolution[] | undefined) => {
    if (!found || findClash(found)) return;
    // Costs are integers; paths priced back from multipliers carry float error.
    found = found.map((x) => ({ path: x.path, cost: Math.round(x.cost) }));
    // Polish: re-solve each series given the others, while that helps (stays clash-free);
    // only for candidates near the best, as each pass costs one DP per series.
    const sols = found.slice();
    const near = total(found) <= incumbentCost + Math.abs(incumbentCost) * 0.05 || !Number.isFinite(incumbentCost);
    for (let pass = 0; pass < (near ? 4 : 0); pass++) {
      let better = false;
      for (let i = 0; i < k; i++) {
        // With soft clashes, each series answers the others' paths with their stand-ins priced in.
        const price = softOn ? softPrices(i, sols) : undefined;
        const sol = solveOne(i, new Set(clashingNodes(i, sols).keys()), price);
        if (sol && sol.cost < sols[i]!.cost + (price ? priceOf(price, sols[i]!.path) : 0) - 1e-9) {
          sols[i] = price ? { path: sol.path, cost: Math.round(sol.cost - priceOf(price, sol.path)) } : sol;
          better = true;
        }
      }
      if (!better) break;
    }
    const cost = total(sols);
    if (cost < incumbentCost) {
      incumbent = sols;
      incumbentCost = cost;
    }
  };
  const union = (x: Set<number>, y: Set<number>) => (x.size === 0 ? y : y.size === 0 ? x : new Set([...x, ...y]));
  /**
   * Greedy at the multipliers' prices, within a node's exclusions if given;
   * with soft clashes each series also pays the stand-ins its days would need
   * against the series placed before it (else it takes them as if free, and
   * the plan pays them all: the 40-series year with stand-ins at 200 ended at
   * 4161 where a plan without any costs 2902).
   */
  const wheel: WheelState = { order: Array.from({ length: k }, (_, i) => i), blame: new Float64Array(k) };
  const wheelAtPrices = k >= HUGE || (k > LARGE && problems.some((p) => p.context.rooms !== undefined));
  const greedyAt = (extra: Float64Array[], order?: number[], forbidden?: Set<number>[]) => {
    const solveAt: SolveOne = (i, f, more) => solveOne(i, forbidden ? union(f, forbidden[i]!) : f, addPrices(extra[i]!, more));
    let plan = greedy(k, solveAt, clashingNodes, order, softOn ? softPrices : undefined);
    // Where greedy at these prices is blocked, the squeaky wheel at them (PRICED_WHEEL_ROUNDS).
    if (!plan && wheelAtPrices && !forbidden) plan = squeakyWheel(k, solveAt, clashingNodes, wheel, PRICED_WHEEL_ROUNDS);
    offer(plan?.map((x, i) => unpriced(i, x, extra)));
    if (softOn) offer(greedy(k, solveAt, clashingOrSoft, order)?.map((x, i) => unpriced(i, x, extra)));
  };
  // Lagrangian multipliers on the clash pairs strengthen every node's bound.
  let improved: SequenceSolution[] | undefined;
  const solveGroup = (subs: SeriesProblem[]) => resolveClashes(subs, { nodeLimit: 100, dualIterations: 50, inner: true });
  let cliques: ClashClique[] = [];
  let dual: DualBound = { extra: problems.map((p) => new Float64Array(p.nodes.length)), constant: 0, bound: -Infinity };
  if (findClash(rootSolutions) || (softOn && softPenalty(rootSolutions) > 0)) {
    // Most constrained first: the series with the fewest days to choose from.
    const tight = Array.from({ length: k }, (_, i) => i).sort((a, b) => problems[a]!.nodes.length - problems[b]!.nodes.length || a - b);
    if (seed) {
      // Each series re-solved on its seed days only (it may drop one if that is cheaper): still clash-free.
      const seeded: (SequenceSolution | undefined)[] = seed.map((path, i) => (path ? solveOne(i, { has: (n: number) => !path.includes(n) } as Set<number>) : undefined));
      // Series without a seed path: fitted one by one around the rest; failing that, negotiated repair from there.
      for (let i = 0; i < k; i++) if (!seeded[i]) seeded[i] = solveOne(i, new Set(clashingNodes(i, seeded).keys()));
      if (seeded.every((x) => x !== undefined)) offer(seeded as SequenceSolution[]);
      else offer(repair(k, seeded.map((x, i) => x ?? rootSolutions[i]!), solveOne, clashingNodes));
    }
    // Negotiated repair of the whole component pays off only while it is small; large ones are repaired group by group below.
    if (!incumbent) offer(greedy(k, solveOne, clashingNodes, tight) ?? greedy(k, solveOne, clashingNodes) ?? (k <= LARGE ? repair(k, rootSolutions, solveOne, clashingNodes) : undefined) ?? squeakyWheel(k, solveOne, clashingNodes, tight) ?? evictionSearch(k, solveOne, clashOwners, tight));
    if (!incumbent && options.planFirst) return undefined;
    if (softOn) {
      // The plans above pay every stand-in their days meet. Two more: each series pricing the stand-ins its
      // days would need against the series placed before it, and one needing none (every soft clash as hard).
      offer(greedy(k, solveOne, clashingNodes, tight, softPrices));
      offer(greedy(k, solveOne, clashingOrSoft, tight) ?? squeakyWheel(k, solveOne, clashingOrSoft, tight, 50));
    }
    let round = 0;
    let repairs = 6;
    const none = new Set<number>();
    dual = improveDual({
      nodeCounts: problems.map((p) => p.nodes.length),
      cliques: (cliques = [...clashCliques(), ...softCliques()]),
      solve: (i, extra) => solveOne(i, none, extra),
      onFeasible: (sols) => offer(sols),
      upper: () => incumbentCost,
      iterations: options.dualIterations ?? 300,
      // Greedy: series in order, each at its priced optimum among the days the earlier ones left free
      // (alternating the order: as given, and most constrained first). Settle: best responses from the
      // priced optima; clashes it leaves are repaired by re-solving small groups exactly (not inside a
      // group's own search). Each new best plan is then improved group by group.
      heuristic: (extra, priced) => {
        greedyAt(extra, round++ % 2 === 0 ? tight : undefined);
        const settled = settle(k, priced, (i, n) => extra[i]![n]!, solveOne, clashingNodes);
        if (settled) {
          const paths = settled.sols.map((x, i) => solveCost(i, x, solveOne));
          if (settled.clashes === 0) offer(paths);
          else if (!options.inner && repairs-- > 0) {
            const before = incumbentCost;
            let exhausted = false;
            offer(withWorkShare(REPAIR_SHARE, () => {
              const repaired = repairByNeighbourhood(problems, paths, clashingNodes, solveGroup);
              exhausted = isWorkSpent();
              return repaired;
            }));
            // A repair that spent its whole share for nothing: the groups are too hard to repair here, so no more.
            if (exhausted && incumbentCost >= before) repairs = 0;
          }
        }
        // Improved group by group when first found, and again after the dual if a better plan came up meanwhile
        // (large components: only if the deeper search below leaves a gap; it finds better plans itself).
        if (!options.inner && k <= LARGE && incumbent && improved === undefined) {
          offer(improveByNeighbourhood(problems, incumbent, clashingNodes, solveGroup, 1, total));
          improved = incumbent;
        }
      },
      patience: 20,
      deflection: 0.5,
      heuristicEvery: 10,
    });
  }
  if (!options.inner && incumbent && improved !== undefined && incumbent !== improved) offer(improveByNeighbourhood(problems, incumbent, clashingNodes, solveGroup, 1, total));

  // A search that re-optimises the multipliers at every node, with reduced-cost fixing and strong branching.
  let searchNodes = 0;
  const searchDeeper = (budget: number) =>
    searchWithLagrangian({
      problems,
      cliques,
      forced,
      offer,
      upper: () => incumbentCost,
      heuristic: (forbidden, extra, usage) => {
        greedyAt(extra, undefined, forbidden);
        // Every NODE_RINS_EVERY-th node: the LP-guided neighbourhood at the node's own fractional plan.
        if (usage && incumbent && ++searchNodes % NODE_RINS_EVERY === 0) {
          const fix = SUPPORT_FIXINGS[(searchNodes / NODE_RINS_EVERY) % SUPPORT_FIXINGS.length]!;
          offer(improveByLpSupport(problems, incumbent, usage, fix, solveGroup, total));
        }
      },
      rootLambda: dual.lambda!,
      rootBound: dual.bound,
      rootForbidden,
      nodeLimit: Math.max(1, Math.round(budget)),
      rootIterations: 50,
      nodeIterations: 30,
    });
  // Large components go to it straight away: the clash search below rarely moves their bound.
  if (!options.inner && k > LARGE && incumbent && dual.lambda && dual.bound < incumbentCost) {
    // The first plan of a large component is often far from the best (squeaky wheel: 5–15 % above): windows of
    // days re-solved whole first, so the search prunes against a better plan (40-series seeds 42 and 44: −1.5 %, −2.3 %).
    offer(improveByWindows(problems, incumbent, solveGroup, total));
    // Group by group, then window by window: once in a huge component; in a vast one until a round gains nothing (VAST),
    // unless its plan breaks a rule: there the search is what lifts the bound to prove the breaks needed.
    const vast = k >= VAST && incumbentCost < BREAK_COST;
    /** One round of the descents; true when it made the plan cheaper. */
    const descendOnce = () => {
      const before = incumbentCost;
      offer(improveByNeighbourhood(problems, incumbent!, clashingNodes, solveGroup, 1, total));
      if (incumbentCost < before) offer(improveByWindows(problems, incumbent!, solveGroup, total));
      return incumbentCost < before;
    };
    const descendFully = () => {
      while (incumbentCost > dual.bound && !isWorkSpent() && descendOnce());
    };
    if (vast) descendFully();
    else if (k >= HUGE) descendOnce();
    // What the descents left: after the search, a vast component descends again only from a plan found since.
    const descended = incumbent;
    // Each node costs a few dozen DP rounds and a strong-branching pass: three fifths of the clash search's node
    // budget. A fifth stopped three of the 40-series seeds' halves at 200 nodes with work to spare; with three fifths
    // (or all of it: the same plans) their searches end at the work reserve, and seeds 41–44 end at 3102 / 3078,
    // 2792 / 2780, 2913 / 2891, 3258 / 3199 (were 3102 / 3074, 2792 / 2779, 2913 / 2889, 3260 / 3199); seed 40,
    // the 80-series year, the pool and the stand-ins are unchanged.
    // A vast component's nodes cost too much to move its bound (see VAST): its work goes to the descents.
    const search = vast ? { bound: -Infinity, nodesExplored: 0 } : withWorkReserve(SEARCH_RESERVE, () => searchDeeper((3 * nodeLimit) / 5));
    /** Whether the incumbent (which the steps below may improve) is still above both bounds. */
    const gapLeft = () => Math.max(search.bound, dual.bound) < incumbentCost;
    // A gap left: the days where the plan and the root's fractional plan agree fixed, the rest searched again, one
    // fixing level at a time, each from the incumbent as offer() polished it.
    if (gapLeft() && dual.usage) {
      for (const fix of SUPPORT_FIXINGS) if (!isWorkSpent()) offer(improveByLpSupport(problems, incumbent!, dual.usage, fix, solveGroup, total));
    }
    if (vast) {
      if (incumbent !== descended) descendFully();
    } else {
      if (gapLeft()) offer(improveByNeighbourhood(problems, incumbent, clashingNodes, solveGroup, 1, total));
      if (gapLeft()) offer(improveByWindows(problems, incumbent, solveGroup, total));
    }
    const bound = Math.min(Math.max(search.bound, dual.bound), incumbentCost);
    return { solutions: incumbent, objective: incumbentCost, bound, optimal: bound >= incumbentCost, nodesExplored: search.nodesExplored, unavoidable: countUnavoidable(incumbent) };
  }
  const solvePriced = (i: number, forbidden: Set<number>) => solveOne(i, forbidden, dual.extra[i]!);
  const nodeBound = (solutions: SequenceSolution[], priced: SequenceSolution[]) =>
    Math.max(sum(solutions), Math.ceil(sum(priced) - dual.constant - 1e-6));
  /** A priced solution's path with its cost without the prices. */
  function unpriced(i: number, sol: SequenceSolution, extra: Float64Array[] = dual.extra): SequenceSolution {
    // Costs are integers; the prices are not: round off the float error.
    return { path: sol.path, cost: Math.round(sol.cost - sol.path.reduce((t, n) => t + extra[i]![n]!, 0)) };
  }
  /** Clashes between two pinned occurrences in a plan. */
  function countUnavoidable(plan: SequenceSolution[]): number {
    let count = 0;
    for (let a = 0; a < k; a++) for (const n of plan[a]!.path) if (forced(a, n)) for (let b = a + 1; b < k; b++) {
      const row = adjacent[b]![a];
      if (row === undefined) continue;
      for (let j = row.start[n]!; j < row.start[n + 1]!; j++) {
        const m = row.nodes[j]!;
        if (forced(b, m) && plan[b]!.path.includes(m)) count++;
      }
    }
    return count;
  }
  /** Each soft clash as a pair whose multiplier is capped at its weight. */
  function softCliques(): ClashClique[] {
    return soft.weight.flatMap(({ s, t, weight }, i) => {
      const { start, nodes } = soft.rows[i]!;
      const out: ClashClique[] = [];
      for (let m = 0; m < problems[t]!.nodes.length; m++) for (let j = start[m]!; j < start[m + 1]!; j++) out.push({ members: [{ s, n: nodes[j]! }, { s: t, n: m }], cap: weight });
      return out;
    });
  }
  /** The maximal cliques of the clash graph (pinned-with-pinned is no clash). */
  function clashCliques(): ClashClique[] {
    const cliques = findClashCliques(vertices, excludes);
    if (vertices.length === problems.reduce((t, p) => t + p.nodes.length, 0)) return cliques;
    // Two occurrences sharing two days make the same clique twice: keep one.
    const seen = new Set<string>();
    return cliques.filter((c) => {
      const key = c.members.map((m) => `${m.s}:${m.n}`).sort().join(",");
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  // Each series at its own optimum without a clash is a plan before any search: a component reached after the
  // work limit is spent (the search loop below never runs) still gets it (100 series: a lone series threw).
  if (!incumbent && !findClash(rootSolutions)) offer(rootSolutions);
  const heap: Node[] = [];
  let seq = 0;
  const rootPriced = dual.bound > -Infinity ? rootSolutions.map((_, i) => solvePriced(i, rootForbidden[i]!)!) : rootSolutions;
  push(heap, { forbidden: rootForbidden, solutions: rootSolutions, priced: rootPriced, lb: Math.max(sum(rootSolutions), dual.bound), seq: seq++ });
  let explored = 0;
  while (heap.length > 0 && explored < nodeLimit && !isWorkSpent()) {
    const node = pop(heap)!;
    if (incumbent && node.lb >= incumbentCost) {
      // Nothing left can beat the incumbent: it is optimal.
      heap.length = 0;
      break;
    }
    explored++;
    const own = findClash(node.solutions);
    if (!own) {
      // Each series at its own optimum without a clash: nothing below can do better (but soft clashes it pays for).
      offer(node.solutions);
      if (softOn && softPenalty(node.solutions) > 0) softOpen = Math.min(softOpen, node.lb);
      continue;
    }
    // Branch where the bound comes from: a clash of the priced optima when the Lagrangian part is the larger.
    const lagrangian = dual.bound > -Infinity && nodeBound([], node.priced) >= sum(node.solutions);
    const c = (lagrangian ? findClash(node.priced) : undefined) ?? own;
    for (const [s, n] of [[c.a, c.ai], [c.b, c.bi]] as const) {
      if (forced(s, n)) continue;
      const forbidden = node.forbidden.slice();
      forbidden[s] = new Set(forbidden[s]);
      forbidden[s].add(n);
      const sol = solveOne(s, forbidden[s]);
      if (!sol) continue;
      const solutions = node.solutions.slice();
      solutions[s] = sol;
      const priced = node.priced.slice();
      if (dual.bound > -Infinity) {
        priced[s] = solvePriced(s, forbidden[s])!;
        if (!findClash(priced)) offer(priced.map((x, i) => unpriced(i, x)));
      } else priced[s] = sol;
      const lb = dual.bound > -Infinity ? nodeBound(solutions, priced) : sum(solutions);
      if (lb >= incumbentCost) continue;
      push(heap, { forbidden, solutions, priced, lb, seq: seq++ });
    }
  }
  if (!incumbent) return undefined;
  const openBound = Math.min(heap.length > 0 ? heap[0]!.lb : incumbentCost, softOpen);
  let bound = Math.min(openBound, incumbentCost);
  // A gap the clash search left: the deeper search may close it (both bounds hold; the better is kept).
  if (bound < incumbentCost && !options.inner && dual.lambda) {
    // Few series: nodes are cheap, so half the clash search's node budget.
    const search = searchDeeper(nodeLimit / 2);
    bound = Math.min(Math.max(openBound, search.bound), incumbentCost);
    explored += search.nodesExplored;
  }
  return { solutions: incumbent, objective: incumbentCost, bound, optimal: bound >= incumbentCost, nodesExplored: explored, unavoidable: countUnavoidable(incumbent) };
}

/** Prices `base` plus a solve's own extra prices, if any (an array or a function of the node). */
function addPrices(base: Float64Array, extra: ((n: number) => number) | Float64Array | undefined): ((n: number) => number) | Float64Array {
  if (extra === undefined) return base;
  return extra instanceof Float64Array ? plus(base, extra) : (n: number) => base[n]! + extra(n);
}

function plus(a: Float64Array, b: Float64Array): Float64Array {
  const out = Float64Array.from(a);
  for (let i = 0; i < b.length; i++) out[i] = out[i]! + b[i]!;
  return out;
}
