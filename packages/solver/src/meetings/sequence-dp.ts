import { maxOf } from "@yishi/domain";
/**
 * Exact dynamic program for one series: choose a sequence of days that keeps
 * the gap limits between consecutive occurrences and the count limits of each
 * span (month, quarter, …), minimising node, gap and count costs. Every
 * constraint is local to consecutive occurrences or to a span, so the best
 * path through the DAG of (day, count-in-span) states is the optimum of the
 * series' 0/1 program: optimal by construction, in O(nodes × window × maxCount).
 */

import { chargeWork } from "./work-meter.js";

/** One day the series may use. */
export interface SequenceNode {
  /** Days since the period's first day. */
  day: number;
  /** Cost of meeting this day (preference, moves in a re-plan, rule breaks in relaxed mode). */
  cost: number;
  /** Must be used (pinned): no path may skip it. */
  forced: boolean;
  /** Span the day belongs to (index into `spans`), or −1 when spans are not used. */
  span: number;
}

export interface SequenceSpan {
  min: number;
  max: number;
  /** Count aimed at; each occurrence short of it costs `shortCost`. */
  target: number;
}

export interface SequenceProblem {
  nodes: SequenceNode[];
  /** Contiguous spans in day order; empty when the cadence has none (every-n-weeks). */
  spans: SequenceSpan[];
  minGap: number;
  maxGap: number;
  /** Cost of a gap of `g` days between consecutive occurrences. */
  gapCost(g: number): number;
  /** Extra cost of the k-th occurrence (1-based) of a span at node i. */
  positionCost(node: SequenceNode, k: number): number;
  /** Cost of the first occurrence being at node (boundary with the previous period). */
  startCost(node: SequenceNode): number;
  endCost(node: SequenceNode): number;
  /** Cost of having no occurrence at all (Infinity when not allowed). */
  emptyCost: number;
  shortCost: number;
  /** Cost of each occurrence below a span's minimum; Infinity in strict mode. */
  shortfallCost: number;
  /** Cost of each occurrence a gap longer than maxGap leaves out; Infinity in strict mode. */
  longGapCost: number;
  /**
   * Relaxed mode: cost of each limit two consecutive pinned (forced) nodes
   * break between themselves — a gap below minGap, a long gap beyond what the
   * relaxed arcs reach, a span past its maximum. Pins the user set too close
   * would otherwise leave no path at all. Absent (strict): no such arc.
   */
  pinBreakCost?: number;
}

export interface SequenceSolution {
  /** Indices into `nodes`, ascending. */
  path: number[];
  cost: number;
}

/** Cost of leaving span `s` with `k` occurrences in it. */
function spanExitCost(p: SequenceProblem, s: number, k: number): number {
  const span = p.spans[s];
  if (!span) return 0;
  let cost = 0;
  if (k < span.min) cost += p.shortfallCost * (span.min - k);
  if (k < span.target) cost += p.shortCost * (span.target - Math.max(k, span.min));
  return cost;
}

/** Cost of spans a path passes over with no occurrence, strictly between a and b. */
function skippedSpansCost(p: SequenceProblem, a: number, b: number): number {
  let cost = 0;
  for (let s = a + 1; s < b; s++) cost += spanExitCost(p, s, 0);
  return cost;
}

/**
 * Cost of the direct arc between two consecutive pinned nodes `gap` days
 * apart that the ordinary arcs do not offer (closer than minGap, or further
 * than the relaxed arcs reach): the gap's own cost plus one pin break per
 * limit broken (one for too close; one per occurrence left out for too far).
 */
export function pinGapCost(p: SequenceProblem, gap: number): number {
  const breaks = gap < p.minGap ? 1 : gap > p.maxGap ? Math.ceil(gap / p.maxGap) - 1 : 0;
  return p.gapCost(gap) + breaks * (p.pinBreakCost ?? Infinity);
}

/** Costs that do not change between calls, read from the problem's functions once (the DP runs thousands of times). */
export interface Tables {
  nodes: SequenceNode[];
  maxK: number;
  day: Int32Array;
  span: Int32Array;
  start: Float64Array;
  skipStart: Float64Array;
  end: Float64Array;
  /** positionCost(node j, k) at j * (maxK + 1) + k. */
  position: Float64Array;
  /** gapCost(g) plus the long-gap breaks, by g (NaN where never read). */
  gap: Float64Array;
  /** spanExitCost(s, k) at s * (maxK + 1) + k. */
  exit: Float64Array;
  /** skippedSpansCost(a, b) at (a + 1) * (S + 1) + b. */
  skip: Float64Array;
  /** Each node's own cost, whether it is forced, and the first and last forced node (n and −1 when none). */
  cost: Float64Array;
  forced: Uint8Array;
  firstForced: number;
  lastForced: number;
  /**
   * Nodes grouped by day (a pool's rooms make several nodes a day): each
   * node's group, and each group's first and last node. Undefined when every
   * day has one node, as without pools.
   */
  groups?: { of: Int32Array; first: Int32Array; last: Int32Array; pin: Int32Array };
  /**
   * Spans with no gap limit (maxGap infinite): where the gap cost is affine
   * from `from` days on (cost(g) = cost(from) + slope·(g − from)), and each
   * span's first node (`firstOfSpan[s]`, n past the last). Undefined when
   * the arcs into a node cannot be read from running minima (see solveSequence).
   */
  affine?: { from: number; slope: number; firstOfSpan: Int32Array; integral: boolean };
}

const tablesOf = new WeakMap<SequenceProblem, Tables>();

/**
 * Tests only: switches that turn the DPs' faster readings off, so that the
 * plain loops run and the faster ones are checked against them. `groupDays`:
 * tables leave days ungrouped (several nodes a day read node by node).
 * `shortcuts`: arcs read node by node where running minima could stand in,
 * and costThroughNodes' backward pass read to its end.
 */
const switches = { groupDays: true, shortcuts: true };
function withSwitchOff<T>(name: keyof typeof switches, run: () => T): T {
  switches[name] = false;
  try {
    return run();
  } finally {
    switches[name] = true;
  }
}
export const withoutDayGroups = <T>(run: () => T): T => withSwitchOff("groupDays", run);
export const withoutShortcuts = <T>(run: () => T): T => withSwitchOff("shortcuts", run);
export const takesShortcuts = () => switches.shortcuts;

export function prepare(p: SequenceProblem): Tables {
  const cached = switches.groupDays ? tablesOf.get(p) : undefined;
  if (cached && cached.nodes === p.nodes) return cached;
  const n = p.nodes.length;
  const usesSpans = p.spans.length > 0;
  const maxK = usesSpans ? maxOf(p.spans.map((x) => x.max), 1) : 1;
  const S = p.spans.length;
  const day = new Int32Array(n);
  const span = new Int32Array(n);
  const start = new Float64Array(n);
  const skipStart = new Float64Array(n);
  const end = new Float64Array(n);
  const position = new Float64Array(n * (maxK + 1));
  for (let j = 0; j < n; j++) {
    const node = p.nodes[j]!;
    day[j] = node.day;
    span[j] = node.span;
    start[j] = p.startCost(node);
    skipStart[j] = skippedSpansCost(p, -1, node.span);
    end[j] = p.endCost(node);
    for (let k = 1; k <= maxK; k++) position[j * (maxK + 1) + k] = p.positionCost(node, k);
  }
  const longest = n > 0 ? day[n - 1]! - day[0]! : 0;
  const gap = new Float64Array(longest + 1).fill(NaN);
  for (let g = 1; g <= longest; g++) {
    if (g > p.maxGap && (!Number.isFinite(p.longGapCost) || g > 4 * p.maxGap)) continue;
    gap[g] = p.gapCost(g) + (g > p.maxGap ? p.longGapCost * (Math.ceil(g / p.maxGap) - 1) : 0);
  }
  const exit = new Float64Array(Math.max(1, S) * (maxK + 1));
  for (let x = 0; x < S; x++) for (let k = 0; k <= maxK; k++) exit[x * (maxK + 1) + k] = spanExitCost(p, x, k);
  const skip = new Float64Array((S + 1) * (S + 1));
  for (let a = -1; a < S; a++) for (let b = 0; b <= S; b++) skip[(a + 1) * (S + 1) + b] = skippedSpansCost(p, a, b);
  const cost = new Float64Array(n);
  const forced = new Uint8Array(n);
  let firstForced = n;
  let lastForced = -1;
  for (let j = 0; j < n; j++) {
    cost[j] = p.nodes[j]!.cost;
    if (!p.nodes[j]!.forced) continue;
    forced[j] = 1;
    if (firstForced === n) firstForced = j;
    lastForced = j;
  }
  let groupCount = 0;
  const of = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    if (j > 0 && day[j] !== day[j - 1]) groupCount++;
    of[j] = groupCount;
  }
  if (n > 0) groupCount++;
  let groups: Tables["groups"];
  if (groupCount < n && switches.groupDays) {
    const first = new Int32Array(groupCount).fill(-1);
    const last = new Int32Array(groupCount);
    // The day's last forced node (−1: none): a node the search requires on a pool's day, its rooms around it.
    const pin = new Int32Array(groupCount).fill(-1);
    for (let j = 0; j < n; j++) {
      if (first[of[j]!] === -1) first[of[j]!] = j;
      last[of[j]!] = j;
      if (forced[j]) pin[of[j]!] = j;
    }
    groups = { of, first, last, pin };
  }
  const affine = groups === undefined ? affineGaps(p, gap, span, exit, skip) : undefined;
  const tables: Tables = { nodes: p.nodes, maxK, day, span, start, skipStart, end, position, gap, exit, skip, cost, forced, firstForced, lastForced, ...(groups ? { groups } : {}), ...(affine ? { affine } : {}) };
  if (switches.groupDays) tablesOf.set(p, tables);
  return tables;
}

/**
 * The affine tail of the gap costs of a span problem without a gap limit
 * (per month: 2·|g − ideal|, affine from the ideal on), when it starts
 * before the longest gap: Tables.affine.
 */
function affineGaps(p: SequenceProblem, gap: Float64Array, span: Int32Array, exit: Float64Array, skip: Float64Array): Tables["affine"] {
  const longest = gap.length - 1;
  if (p.spans.length === 0 || p.maxGap !== Infinity || longest < p.minGap + 1) return undefined;
  for (let j = 0; j < span.length; j++) if (span[j]! < 0 || (j > 0 && span[j]! < span[j - 1]!)) return undefined;
  const slope = gap[longest]! - gap[longest - 1]!;
  if (!Number.isFinite(slope)) return undefined;
  let from = longest - 1;
  while (from - 1 >= p.minGap && gap[from - 1]! + slope === gap[from]!) from--;
  const firstOfSpan = new Int32Array(p.spans.length + 1).fill(span.length);
  for (let j = span.length - 1; j >= 0; j--) firstOfSpan[span[j]!] = j;
  // A span with no node starts where the next one does.
  for (let s = p.spans.length - 1; s >= 0; s--) firstOfSpan[s] = Math.min(firstOfSpan[s]!, firstOfSpan[s + 1]!);
  // Whole-number gap, exit and skip costs: with whole-number node costs, a tie of keys is a tie of arc costs, resolved alike.
  const whole = (xs: Float64Array) => xs.every((x) => Number.isNaN(x) || !Number.isFinite(x) || Number.isInteger(x));
  const integral = Number.isInteger(slope) && whole(gap) && whole(exit) && whole(skip);
  return { from, slope, firstOfSpan, integral };
}

/**
 * Joins `key` (of node or state `arg`) to the running minimum kept at `at`,
 * continuing the one at `before` unless `restart`: the least key (the
 * earlier on a tie) and the runner-up's key (a tie shows as equal keys).
 */
function joinMinimum(keys: Float64Array, args: Int32Array, next: Float64Array, at: number, before: number, restart: boolean, key: number, arg: number): void {
  if (restart) {
    keys[at] = key;
    args[at] = arg;
    next[at] = Infinity;
    return;
  }
  // `before` may be `at` itself (a node's counts joined one by one): read it before writing.
  const least = keys[before]!;
  const leastArg = args[before]!;
  const runnerUp = next[before]!;
  if (key < least) {
    keys[at] = key;
    args[at] = arg;
    next[at] = least;
  } else {
    keys[at] = least;
    args[at] = leastArg;
    next[at] = Math.min(runnerUp, key);
  }
}

/**
 * Whether a running minimum's node is the one the node-by-node loop picks:
 * float sums can order two candidates whose keys (nearly) tie otherwise than
 * their arc costs do (rounding in the terms, `rest` the ones added alike to
 * both), so a runner-up within rounding reach sends the run back to the loop.
 * Exact ties of whole numbers (`exact`: whole-number costs) resolve alike.
 */
function clearMinimum(first: number, second: number, rest: number, exact: boolean): boolean {
  if (second === Infinity) return true;
  if (second - first > 1e-9 * (1 + Math.abs(first) + (Number.isFinite(rest) ? Math.abs(rest) : 0))) return true;
  return exact && Number.isInteger(first) && Number.isInteger(second);
}

/** A call's node facts: excluded (never a forced node), forced, and cost with its price. */
export interface NodeFacts {
  out: Uint8Array;
  forcedAt: Uint8Array;
  nodeCost: Float64Array;
  /** First and last forced node (n and −1 when none). */
  firstForced: number;
  lastForced: number;
}

/** Exclusions and prices read once per call: the DPs' inner loops run O(nodes × window) times. */
export function readNodes(p: SequenceProblem, excluded: ((i: number) => boolean) | Uint8Array, extra?: ((i: number) => number) | Float64Array): NodeFacts {
  const T = prepare(p);
  const n = p.nodes.length;
  const out = new Uint8Array(n);
  const nodeCost = new Float64Array(n);
  fillNodes(T, n, excluded, extra, out, nodeCost);
  return { out, forcedAt: T.forced, nodeCost, firstForced: T.firstForced, lastForced: T.lastForced };
}

/** Writes the call's exclusions (never a forced node) and priced costs into `out` and `nodeCost`. */
function fillNodes(T: Tables, n: number, excluded: ((i: number) => boolean) | Uint8Array, extra: ((i: number) => number) | Float64Array | undefined, out: Uint8Array, nodeCost: Float64Array): void {
  const forced = T.forced;
  if (typeof excluded === "function") for (let i = 0; i < n; i++) out[i] = !forced[i] && excluded(i) ? 1 : 0;
  else for (let i = 0; i < n; i++) out[i] = !forced[i] && excluded[i] === 1 ? 1 : 0;
  if (extra === undefined) nodeCost.set(T.cost.subarray(0, n));
  else if (typeof extra === "function") for (let i = 0; i < n; i++) nodeCost[i] = T.cost[i]! + extra(i);
  else for (let i = 0; i < n; i++) nodeCost[i] = T.cost[i]! + extra[i]!;
}

/**
 * Scratch arrays reused across calls (the DP runs tens of thousands of times
 * per plan; fresh arrays were a tenth of its time in allocation and
 * collection). Safe: the DP is synchronous and never re-entered.
 */
const scratch = {
  best: new Float64Array(0),
  prev: new Int32Array(0),
  out: new Uint8Array(0),
  cost: new Float64Array(0),
  dayBest: new Float64Array(0),
  dayArg: new Int32Array(0),
  minKey: new Float64Array(0),
  minArg: new Int32Array(0),
  minNext: new Float64Array(0),
  crossKey: new Float64Array(0),
  crossArg: new Int32Array(0),
  crossNext: new Float64Array(0),
};

function scratchFor(states: number, n: number): typeof scratch {
  if (scratch.best.length < states) {
    scratch.best = new Float64Array(states * 2);
    scratch.prev = new Int32Array(states * 2);
    scratch.dayBest = new Float64Array(states * 2);
    scratch.dayArg = new Int32Array(states * 2);
    scratch.minKey = new Float64Array(states * 2);
    scratch.minArg = new Int32Array(states * 2);
    scratch.minNext = new Float64Array(states * 2);
  }
  if (scratch.out.length < n) {
    scratch.out = new Uint8Array(n * 2);
    scratch.cost = new Float64Array(n * 2);
    scratch.crossKey = new Float64Array(n * 2);
    scratch.crossArg = new Int32Array(n * 2);
    scratch.crossNext = new Float64Array(n * 2);
  }
  return scratch;
}

/**
 * Solves the program; `excluded(i)` (or `excluded[i] === 1`) removes a node (branch and bound forbids
 * days); `extra` adds a price per node (a function or one value per node).
 * Returns undefined when no sequence keeps the constraints.
 */
export function solveSequence(p: SequenceProblem, excluded: ((i: number) => boolean) | Uint8Array = () => false, extra?: ((i: number) => number) | Float64Array): SequenceSolution | undefined {
  return runSequence(p, excluded, extra).solution;
}

/**
 * The DP's forward states: the cheapest way to reach each (node, count in its
 * span), at `node * (maxK + 1) + count` (Infinity where none), with the work
 * charged as by solveSequence. The forward half of costThroughNodes.
 */
export function forwardStates(p: SequenceProblem, excluded: ((i: number) => boolean) | Uint8Array, extra?: Float64Array): Float64Array {
  return runSequence(p, excluded, extra, true).states!;
}

function runSequence(p: SequenceProblem, excluded: ((i: number) => boolean) | Uint8Array, extra: ((i: number) => number) | Float64Array | undefined, keepStates = false): { solution: SequenceSolution | undefined; states?: Float64Array } {
  const n = p.nodes.length;
  const usesSpans = p.spans.length > 0;
  const T = prepare(p);
  const maxK = T.maxK;
  const K1 = maxK + 1;
  const S1 = p.spans.length + 1;
  const buffers = scratchFor(n * K1, n);
  const best = buffers.best;
  const prev = buffers.prev;
  best.fill(Infinity, 0, n * K1);
  prev.fill(-1, 0, n * K1);
  const lastSpan = p.spans.length;
  const strictSpans = !Number.isFinite(p.shortfallCost);
  const finiteLong = Number.isFinite(p.longGapCost);
  const out = buffers.out;
  const nodeCost = buffers.cost;
  fillNodes(T, n, excluded, extra, out, nodeCost);
  const { forced: forcedAt, firstForced, lastForced } = T;
  const { day, span, position, gap: gapTable, exit, skip } = T;
  const minGap = p.minGap;
  const longest = finiteLong ? 4 * p.maxGap : p.maxGap;
  const pinBreak = p.pinBreakCost ?? Infinity;
  const pinArcs = Number.isFinite(pinBreak);
  let steps = n;
  const groups = T.groups;
  // Per day group and count: the best state of the day's nodes and which node holds it (lowest index on a tie).
  const dayBest = buffers.dayBest;
  const dayArg = buffers.dayArg;
  // Strict arcs with no gap limit and affine gap costs from `from` days on (per month): read from running minima.
  const affine = switches.shortcuts && !groups && !pinArcs && longest === Infinity ? T.affine : undefined;
  const { minKey, minArg, minNext, crossKey, crossArg, crossNext } = buffers;
  let lastForcedBefore = -1;
  let far = -1;
  for (let j = 0; j < n; j++) {
    if (affine && j > 0) {
      addToMinima(j - 1);
      if (forcedAt[j - 1]) lastForcedBefore = j - 1;
    }
    if (groups && j > 0 && groups.of[j] !== groups.of[j - 1]) {
      // The day before j's is complete: its nodes' states summed up once, read by every later node.
      const g = groups.of[j - 1]!;
      for (let k = 1; k <= maxK; k++) {
        let b = Infinity;
        let arg = -1;
        // From the day's forced node on: the node-by-node loop stops at it, never reaching the rooms listed before it.
        for (let i = groups.pin[g]! >= 0 ? groups.pin[g]! : groups.first[g]!; i <= groups.last[g]!; i++) {
          if (best[i * K1 + k]! < b) {
            b = best[i * K1 + k]!;
            arg = i;
          }
        }
        dayBest[g * K1 + k] = b;
        dayArg[g * K1 + k] = arg;
      }
    }
    if (out[j]) continue;
    const costJ = nodeCost[j]!;
    // Relaxed: a pinned node is always reachable from the pin before it, whatever the limits.
    const pinJ = pinArcs && forcedAt[j] === 1;
    const spanJ = span[j]!;
    const dayJ = day[j]!;
    // Start of the path here.
    if (j <= firstForced) {
      const c = costJ + T.start[j]! + T.skipStart[j]! + position[j * K1 + 1]!;
      if (c < best[j * K1 + 1]!) {
        best[j * K1 + 1] = c;
        prev[j * K1 + 1] = -1;
      }
    }
    // Extend from earlier nodes; a path may not jump over a forced node.
    // Strict mode never skips a span that needs a meeting: nodes before the span ahead of j's cannot precede j.
    const firstSpan = usesSpans && strictSpans && spanJ > 0 && p.spans[spanJ - 1]!.min > 0 ? spanJ - 1 : -1;
    const spanMax = usesSpans && spanJ >= 0 ? p.spans[spanJ]!.max : 0;
    if (groups) {
      steps += extendByDays(j, costJ, pinJ, spanJ, dayJ, firstSpan, spanMax);
      continue;
    }
    if (affine) {
      steps += extendByMinima(j, costJ, spanJ, dayJ, firstSpan, spanMax);
      continue;
    }
    for (let i = j - 1; i >= 0; i--) {
      const spanI = span[i]!;
      if (spanI < firstSpan) break;
      steps += maxK;
      const gap = dayJ - day[i]!;
      const pinPair = pinJ && forcedAt[i] === 1;
      // Relaxed mode allows long gaps, but never longer than four cadences (except between two pins).
      if (gap > longest && !pinJ) break;
      const ordinary = gap >= minGap && gap <= longest;
      if ((ordinary || pinPair) && !out[i]) {
        // A long gap costs one break per occurrence it leaves out.
        const g = (ordinary ? gapTable[gap]! : pinGapCost(p, gap)) + costJ;
        for (let k = 1; k <= maxK; k++) relaxArc(j, i, k, best[i * K1 + k]!, g, spanI, spanJ, pinJ, spanMax);
      }
      if (forcedAt[i]) break;
    }
  }

  /** The arc from state (i, k), of cost `from`, into j at `arcCost`: j's state improved if it is cheaper (lower (i, k) on a tie). */
  function relaxArc(j: number, i: number, k: number, from: number, arcCost: number, spanI: number, spanJ: number, pinJ: boolean, spanMax: number): void {
    if (from === Infinity) return;
    let k2 = 1;
    let c = from + arcCost;
    if (usesSpans && spanI === spanJ) {
      k2 = k + 1;
      if (k2 > spanMax) {
        // Past the span's maximum only onto a pin (relaxed): the count stays at the maximum, each extra a break.
        if (!pinJ || spanMax < 1) return;
        k2 = spanMax;
        c += pinBreak;
      }
    } else if (usesSpans) {
      c += exit[spanI * K1 + k]! + skip[(spanI + 1) * S1 + spanJ]!;
    }
    c += position[j * K1 + k2]!;
    const idx = j * K1 + k2;
    if (c < best[idx]! || (c === best[idx]! && prev[idx]! > i * K1 + k)) {
      best[idx] = c;
      prev[idx] = i * K1 + k;
    }
  }

  /**
   * The arcs into j from whole earlier days at once (several nodes a day:
   * a day's nodes share day, span and gap costs, so its best state per count
   * stands for all of them): the same states and tie-breaking as the
   * node-by-node loop, and the same step count, in O(days) instead of
   * O(nodes). A day with a forced node is read from that node on, and the
   * search stops after it, as the node-by-node loop stops at it. Returns the
   * steps counted.
   */
  function extendByDays(j: number, costJ: number, pinJ: boolean, spanJ: number, dayJ: number, firstSpan: number, spanMax: number): number {
    const { of, first, last, pin } = groups!;
    // The nodes of j's own day before it: gap 0, no arc, counted as the loop counts them; a forced one stops it there.
    let counted = 0;
    for (let i = j - 1; i >= first[of[j]!]!; i--) {
      counted += maxK;
      if (forcedAt[i]) return counted;
    }
    for (let g = of[j]! - 1; g >= 0; g--) {
      const i0 = last[g]!;
      const spanI = span[i0]!;
      if (spanI < firstSpan) break;
      const gap = dayJ - day[i0]!;
      if (gap > longest && !pinJ) {
        counted += maxK;
        break;
      }
      // Visited down to the day's forced node (the loop stops there) or its first node.
      counted += maxK * (i0 - (pin[g]! >= 0 ? pin[g]! : first[g]!) + 1);
      const pinPair = pinJ && pin[g]! >= 0;
      const ordinary = gap >= minGap && gap <= longest;
      if (ordinary || pinPair) {
        const arcCost = (ordinary ? gapTable[gap]! : pinGapCost(p, gap)) + costJ;
        for (let k = 1; k <= maxK; k++) relaxArc(j, dayArg[g * K1 + k]!, k, dayBest[g * K1 + k]!, arcCost, spanI, spanJ, pinJ, spanMax);
      }
      if (pin[g]! >= 0) break;
    }
    return counted;
  }

  /**
   * Node i's states, final once the loop has passed it, joined to the running
   * minima of its run (which restarts at each span's first node and at each
   * forced node, as no arc jumps one): per count k, best(i, k) − slope·day(i)
   * (arcs within the span); over all counts, best(i, k) + exit(span, k) −
   * slope·day(i) (arcs leaving it). Ties go to the lower state, as in the
   * node-by-node loop; each minimum keeps its runner-up's key, as a near tie
   * is read node by node.
   */
  function addToMinima(i: number): void {
    const restart = i === 0 || span[i] !== span[i - 1] || forcedAt[i] === 1;
    const shift = affine!.slope * day[i]!;
    for (let k = 1; k <= maxK; k++) {
      const from = best[i * K1 + k]!;
      const at = i * K1 + k;
      joinMinimum(minKey, minArg, minNext, at, at - K1, restart, from - shift, i);
      // Leaving the span: every count of every node in one running minimum (the runner-up may be i's other count).
      joinMinimum(crossKey, crossArg, crossNext, i, k === 1 ? i - 1 : i, restart && k === 1, from + exit[span[i]! * K1 + k]! - shift, at);
    }
  }

  /**
   * The arcs into j, as the node-by-node loop makes them, where the gap has
   * no limit and costs affinely from affine.from days on: from every node at
   * least that far back, the cost is the source's state less slope·day plus
   * a term of j alone, so per source span (and count, within j's own span)
   * only the running minimum's node can win. Closer nodes are read one by
   * one. O(spans + close nodes) instead of O(nodes back to the span before);
   * the same steps are counted as the loop's. Returns them.
   */
  function extendByMinima(j: number, costJ: number, spanJ: number, dayJ: number, firstSpan: number, spanMax: number): number {
    const { from, firstOfSpan, integral } = affine!;
    const exact = integral && Number.isInteger(costJ);
    // The loop goes back to the last forced node, or to the first node of the span before (strict: none skipped).
    const lo = Math.max(lastForcedBefore, firstSpan >= 0 ? firstOfSpan[firstSpan]! : 0);
    while (far + 1 < j && dayJ - day[far + 1]! >= from) far++;
    if (far >= lo) {
      for (let a = span[lo]!; a <= spanJ; a++) {
        const r = Math.min(firstOfSpan[a + 1]! - 1, far);
        const first = Math.max(lo, firstOfSpan[a]!);
        if (r < first) continue;
        if (a === spanJ) {
          for (let k = 1; k <= maxK; k++) {
            const at = r * K1 + k;
            if (minKey[at] === Infinity) continue;
            if (clearMinimum(minKey[at]!, minNext[at]!, costJ + position[j * K1 + Math.min(k + 1, maxK)]!, exact)) {
              const i = minArg[at]!;
              relaxArc(j, i, k, best[i * K1 + k]!, gapTable[dayJ - day[i]!]! + costJ, a, spanJ, false, spanMax);
            } else for (let i = first; i <= r; i++) relaxArc(j, i, k, best[i * K1 + k]!, gapTable[dayJ - day[i]!]! + costJ, a, spanJ, false, spanMax);
          }
        } else if (crossKey[r] !== Infinity) {
          if (clearMinimum(crossKey[r]!, crossNext[r]!, costJ + position[j * K1 + 1]! + skip[(a + 1) * S1 + spanJ]!, exact)) {
            const at = crossArg[r]!;
            const i = Math.floor(at / K1);
            relaxArc(j, i, at - i * K1, best[at]!, gapTable[dayJ - day[i]!]! + costJ, a, spanJ, false, spanMax);
          } else {
            for (let i = first; i <= r; i++) for (let k = 1; k <= maxK; k++) relaxArc(j, i, k, best[i * K1 + k]!, gapTable[dayJ - day[i]!]! + costJ, a, spanJ, false, spanMax);
          }
        }
      }
    }
    for (let i = Math.max(lo, far + 1); i < j; i++) {
      const gap = dayJ - day[i]!;
      if (gap < minGap) break;
      if (out[i]) continue;
      for (let k = 1; k <= maxK; k++) relaxArc(j, i, k, best[i * K1 + k]!, gapTable[gap]! + costJ, span[i]!, spanJ, false, spanMax);
    }
    return (j - lo) * maxK;
  }

  let bestEnd = firstForced < n ? Infinity : p.emptyCost + skippedSpansCost(p, -1, lastSpan);
  let endState = -1;
  for (let i = Math.max(0, lastForced); i < n; i++) {
    for (let k = 1; k <= maxK; k++) {
      const from = best[i * K1 + k]!;
      if (from === Infinity) continue;
      const c = from + T.end[i]! + (usesSpans ? exit[span[i]! * K1 + k]! + skip[(span[i]! + 1) * S1 + lastSpan]! : 0);
      if (c < bestEnd) {
        bestEnd = c;
        endState = i * K1 + k;
      }
    }
  }
  chargeWork(steps);
  const states = keepStates ? best.slice(0, n * K1) : undefined;
  if (!Number.isFinite(bestEnd)) return { solution: undefined, ...(states ? { states } : {}) };
  const path: number[] = [];
  for (let s = endState; s >= 0; s = prev[s]!) path.push(Math.floor(s / K1));
  path.reverse();
  return { solution: { path, cost: bestEnd }, ...(states ? { states } : {}) };
}
