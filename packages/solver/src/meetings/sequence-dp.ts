/**
 * Exact dynamic program for one series: choose a sequence of days that keeps
 * the gap limits between consecutive occurrences and the count limits of each
 * span (month, quarter, …), minimising node, gap and count costs. Every
 * constraint is local to consecutive occurrences or to a span, so the best
 * path through the DAG of (day, count-in-span) states is the optimum of the
 * series' 0/1 program: optimal by construction, in O(nodes × window × maxCount).
 */

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
 * Solves the program; `excluded(i)` removes a node (branch and bound forbids
 * days). Returns undefined when no sequence keeps the constraints.
 */
export function solveSequence(p: SequenceProblem, excluded: (i: number) => boolean = () => false, extra?: (i: number) => number): SequenceSolution | undefined {
  const n = p.nodes.length;
  const usesSpans = p.spans.length > 0;
  const maxK = usesSpans ? Math.max(1, ...p.spans.map((s) => s.max)) : 1;
  const best = new Float64Array(n * (maxK + 1)).fill(Infinity);
  const prev = new Int32Array(n * (maxK + 1)).fill(-1);
  const at = (i: number, k: number) => i * (maxK + 1) + k;
  const lastSpan = p.spans.length;
  const strictSpans = !Number.isFinite(p.shortfallCost);
  let firstForced = n;
  for (let i = 0; i < n; i++) if (p.nodes[i]!.forced) { firstForced = i; break; }

  // Exclusions and prices read once: the inner loop runs O(nodes × window) times.
  const out = new Uint8Array(n);
  const nodeCost = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    out[i] = excluded(i) && !p.nodes[i]!.forced ? 1 : 0;
    nodeCost[i] = p.nodes[i]!.cost + (extra ? extra(i) : 0);
  }
  for (let j = 0; j < n; j++) {
    if (out[j]) continue;
    const nj = p.nodes[j]!;
    const costJ = nodeCost[j]!;
    // Start of the path here.
    if (j <= firstForced) {
      const c = costJ + p.startCost(nj) + skippedSpansCost(p, -1, nj.span) + p.positionCost(nj, 1);
      if (c < best[at(j, 1)]!) {
        best[at(j, 1)] = c;
        prev[at(j, 1)] = -1;
      }
    }
    // Extend from earlier nodes; a path may not jump over a forced node.
    for (let i = j - 1; i >= 0; i--) {
      const ni = p.nodes[i]!;
      // Strict mode never skips a span that needs a meeting: earlier nodes cannot precede j.
      if (usesSpans && strictSpans && ni.span < nj.span - 1 && p.spans[nj.span - 1]!.min > 0) break;
      const gap = nj.day - ni.day;
      // Relaxed mode allows long gaps, but never longer than four cadences.
      if (gap > p.maxGap && (!Number.isFinite(p.longGapCost) || gap > 4 * p.maxGap)) break;
      if (gap >= p.minGap && !out[i]) {
        // A long gap costs one break per occurrence it leaves out.
        const g = p.gapCost(gap) + (gap > p.maxGap ? p.longGapCost * (Math.ceil(gap / p.maxGap) - 1) : 0) + costJ;
        for (let k = 1; k <= maxK; k++) {
          const from = best[at(i, k)]!;
          if (!Number.isFinite(from)) continue;
          let k2 = 1;
          let c = from + g;
          if (usesSpans && ni.span === nj.span) {
            k2 = k + 1;
            if (k2 > p.spans[nj.span]!.max) continue;
          } else if (usesSpans) {
            c += spanExitCost(p, ni.span, k) + skippedSpansCost(p, ni.span, nj.span);
          }
          c += p.positionCost(nj, k2);
          const idx = at(j, k2);
          if (c < best[idx]! || (c === best[idx]! && prev[idx]! > at(i, k))) {
            best[idx] = c;
            prev[idx] = at(i, k);
          }
        }
      }
      if (ni.forced) break;
    }
  }

  let bestEnd = p.nodes.some((x) => x.forced) ? Infinity : p.emptyCost + skippedSpansCost(p, -1, lastSpan);
  let endState = -1;
  let lastForced = -1;
  for (let i = 0; i < n; i++) if (p.nodes[i]!.forced) lastForced = i;
  for (let i = Math.max(0, lastForced); i < n; i++) {
    for (let k = 1; k <= maxK; k++) {
      const from = best[at(i, k)]!;
      if (!Number.isFinite(from)) continue;
      const ni = p.nodes[i]!;
      const c = from + p.endCost(ni) + (usesSpans ? spanExitCost(p, ni.span, k) + skippedSpansCost(p, ni.span, lastSpan) : 0);
      if (c < bestEnd) {
        bestEnd = c;
        endState = at(i, k);
      }
    }
  }
  if (!Number.isFinite(bestEnd)) return undefined;
  const path: number[] = [];
  for (let s = endState; s >= 0; s = prev[s]!) path.push(Math.floor(s / (maxK + 1)));
  path.reverse();
  return { path, cost: bestEnd };
}
