import { forwardStates, pinGapCost, prepare, readNodes, takesShortcuts, type SequenceProblem } from "./sequence-dp.js";
import { chargeWork } from "./work-meter.js";

/**
 * For every node of a series, the cost of its best path that uses that node
 * (Infinity when none does): a forward and a backward pass of the series' DP
 * (the forward one is `solveSequence`'s own; the backward one has the same
 * states, arcs and costs), added at each state.
 * What reduced-cost fixing needs: a node whose best path costs so much that
 * the Lagrangian bound with it reaches the incumbent can be dropped.
 */
export function costThroughNodes(p: SequenceProblem, excluded: ((i: number) => boolean) | Uint8Array, extra?: Float64Array): Float64Array {
  const n = p.nodes.length;
  const T = prepare(p);
  const usesSpans = p.spans.length > 0;
  const K1 = T.maxK + 1;
  const S1 = p.spans.length + 1;
  const lastSpan = p.spans.length;
  const finiteLong = Number.isFinite(p.longGapCost);
  const { day, span, position, gap: gapTable, exit, skip } = T;
  const { out, forcedAt, nodeCost, lastForced } = readNodes(p, excluded, extra);
  const minGap = p.minGap;
  const longest = finiteLong ? 4 * p.maxGap : p.maxGap;
  const strictSpans = usesSpans && !Number.isFinite(p.shortfallCost);
  // Strict mode never skips a span that needs a meeting: the earliest span a node of span sj may follow.
  const firstSpanBefore = (sj: number) => (strictSpans && sj > 0 && p.spans[sj - 1]!.min > 0 ? sj - 1 : -1);
  const pinBreak = p.pinBreakCost ?? Infinity;
  const pinArcs = Number.isFinite(pinBreak);
  // Relaxed: the pin-to-pin arc exists whatever the limits (as in solveSequence).
  const pinJ = (j: number) => pinArcs && forcedAt[j] === 1;
  const ordinary = (gap: number) => gap >= minGap && gap <= longest;
  const hasArc = (i: number, j: number) => ordinary(day[j]! - day[i]!) || (pinJ(j) && forcedAt[i] === 1);
  // Arc (i, k) → (j, ·): its cost, with the count k2 it reaches written to `reach` (0 when past the span's maximum).
  let reach = 0;
  const arc = (i: number, k: number, j: number): number => {
    const gap = day[j]! - day[i]!;
    let c = (ordinary(gap) ? gapTable[gap]! : pinGapCost(p, gap)) + nodeCost[j]!;
    reach = 1;
    if (usesSpans && span[i] === span[j]) {
      reach = k + 1;
      const max = p.spans[span[j]!]!.max;
      if (reach > max) {
        if (!pinJ(j) || max < 1) {
          reach = 0;
          return Infinity;
        }
        reach = max;
        c += pinBreak;
      }
    } else if (usesSpans) c += exit[span[i]! * K1 + k]! + skip[(span[i]! + 1) * S1 + span[j]!]!;
    return c + position[j * K1 + reach]!;
  };

  const fwd = forwardStates(p, excluded, extra);
  // Strict spans: past a span that needs a meeting, no later node can follow i (its arc would skip that span at an
  // infinite cost), so the pass stops there. The work counted is still the whole reach's, as the meter's limits read it.
  const early = takesShortcuts() && strictSpans && longest === Infinity;
  // Filled only when the pass may stop early (empty otherwise, never read).
  const blockedFrom = new Int32Array(early ? p.spans.length + 1 : 0);
  const nextForced = new Int32Array(early ? n + 1 : 0);
  if (early) {
    blockedFrom.fill(p.spans.length + 1);
    for (let a = p.spans.length - 2; a >= -1; a--) blockedFrom[a + 1] = p.spans[a + 1]!.min > 0 ? a + 2 : blockedFrom[a + 2]!;
    nextForced.fill(n);
    for (let j = n - 1; j >= 0; j--) nextForced[j] = forcedAt[j] ? j : nextForced[j + 1]!;
  }

  let steps = 0;
  const bwd = new Float64Array(n * K1).fill(Infinity);
  for (let i = n - 1; i >= 0; i--) {
    if (out[i]) continue;
    for (let k = 1; k <= T.maxK; k++) {
      let best = i >= lastForced ? T.end[i]! + (usesSpans ? exit[span[i]! * K1 + k]! + skip[(span[i]! + 1) * S1 + lastSpan]! : 0) : Infinity;
      for (let j = i + 1; j < n; j++) {
        const gap = day[j]! - day[i]!;
        // Past the longest ordinary arc only the next pin can follow a pin (relaxed).
        if (gap > longest && !(pinArcs && forcedAt[i] === 1)) break;
        if (early && span[j]! >= blockedFrom[span[i]! + 1]!) {
          steps += Math.min(nextForced[j]!, n - 1) - j + 1;
          break;
        }
        steps++;
        if (!out[j] && hasArc(i, j) && span[i]! >= firstSpanBefore(span[j]!)) {
          const c = arc(i, k, j);
          if (reach > 0) best = Math.min(best, c + bwd[j * K1 + reach]!);
        }
        if (forcedAt[j]) break;
      }
      bwd[i * K1 + k] = best;
    }
  }

  chargeWork(steps);
  const through = new Float64Array(n).fill(Infinity);
  for (let j = 0; j < n; j++) for (let k = 1; k <= T.maxK; k++) through[j] = Math.min(through[j]!, fwd[j * K1 + k]! + bwd[j * K1 + k]!);
  return through;
}
