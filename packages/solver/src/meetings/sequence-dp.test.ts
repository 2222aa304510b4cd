import { describe, expect, it } from "vitest";
import { solveSequence, type SequenceProblem } from "./sequence-dp.js";
import { createTestRandom, randomSequenceProblem } from "./test-sequence-problems.js";

/** Every subset of days, checked against the same rules: the DP's answer must be the cheapest. */
/**
 * Pins may break the limits at `pinBreakCost` each (relaxed): two consecutive
 * pins closer than minGap or further than maxGap, or a pin past its span's
 * maximum (counted at the maximum, as the DP's state saturates).
 */
function bruteForce(p: SequenceProblem): number {
  const pinBreak = p.pinBreakCost ?? Infinity;
  let best = Infinity;
  const n = p.nodes.length;
  for (let mask = 0; mask < 1 << n; mask++) {
    const path = p.nodes.map((_, i) => i).filter((i) => mask & (1 << i));
    if (p.nodes.some((x, i) => x.forced && !path.includes(i))) continue;
    if (path.length === 0) {
      best = Math.min(best, p.emptyCost + p.spans.reduce((t, s) => t + (s.min > 0 ? p.shortfallCost * s.min : 0) + s.target * p.shortCost - s.min * p.shortCost, 0));
      continue;
    }
    let cost = 0;
    let ok = true;
    const counts = p.spans.map(() => 0);
    path.forEach((i, idx) => {
      const node = p.nodes[i]!;
      if (node.span >= 0) counts[node.span]!++;
      const over = node.span >= 0 && counts[node.span]! > p.spans[node.span]!.max;
      if (over && !node.forced) ok = false;
      if (over) cost += pinBreak;
      cost += node.cost + p.positionCost(node, node.span >= 0 ? Math.min(counts[node.span]!, p.spans[node.span]!.max) : 1);
      if (idx === 0) cost += p.startCost(node);
      else {
        const before = p.nodes[path[idx - 1]!]!;
        const gap = node.day - before.day;
        const pins = before.forced && node.forced;
        // Relaxed long gaps reach four cadences at a break per occurrence left out; pins beyond, at a pin break each.
        const ordinaryLong = gap > p.maxGap && Number.isFinite(p.longGapCost) && gap <= 4 * p.maxGap;
        if ((gap < p.minGap || (gap > p.maxGap && !ordinaryLong)) && !pins) ok = false;
        if (pins && gap < p.minGap) cost += pinBreak;
        if (gap > p.maxGap) cost += (ordinaryLong ? p.longGapCost : pinBreak) * (Math.ceil(gap / p.maxGap) - 1);
        cost += p.gapCost(gap);
      }
    });
    cost += p.endCost(p.nodes[path.at(-1)!]!);
    p.spans.forEach((s, i) => {
      if (counts[i]! < s.min) cost += p.shortfallCost * (s.min - counts[i]!);
      if (counts[i]! < s.target) cost += p.shortCost * (s.target - Math.max(counts[i]!, s.min));
    });
    if (ok) best = Math.min(best, cost);
  }
  return best;
}

describe("solveSequence", () => {
  it("equals brute force on random gap problems (every n weeks) and span problems (per month)", () => {
    const rand = createTestRandom(7);
    for (let trial = 0; trial < 150; trial++) {
      const p = randomSequenceProblem(rand, { days: 9, forcedRate: 0.08, spans: trial % 2 === 0 });
      const dp = solveSequence(p);
      expect(dp?.cost ?? Infinity).toBe(bruteForce(p));
    }
  });

  it("with pin breaks (relaxed): equals brute force, and pins too close, too far or too many in a span still leave a path", () => {
    const rand = createTestRandom(11);
    let broken = 0;
    for (let trial = 0; trial < 150; trial++) {
      const p = randomSequenceProblem(rand, { days: 10, forcedRate: 0.35, spans: trial % 2 === 0, relaxed: true, pinBreaks: true });
      const dp = solveSequence(p);
      expect(dp).toBeDefined();
      expect(dp!.cost).toBe(bruteForce(p));
      if (dp!.path.some((n, i) => i > 0 && p.nodes[n]!.forced && p.nodes[dp!.path[i - 1]!]!.forced && p.nodes[n]!.day - p.nodes[dp!.path[i - 1]!]!.day < p.minGap)) broken++;
    }
    // Enough of them keep two pins closer than minGap for the test to mean something.
    expect(broken).toBeGreaterThan(15);
  });
});
