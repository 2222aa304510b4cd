import { describe, expect, it } from "vitest";
import { solveSequence, type SequenceProblem } from "./sequence-dp.js";
import { createTestRandom, randomSequenceProblem } from "./test-sequence-problems.js";

/** Every subset of days, checked against the same rules: the DP's answer must be the cheapest. */
function bruteForce(p: SequenceProblem): number {
  let best = Infinity;
  const n = p.nodes.length;
  for (let mask = 0; mask < 1 << n; mask++) {
    const path = p.nodes.map((_, i) => i).filter((i) => mask & (1 << i));
    if (p.nodes.some((x, i) => x.forced && !path.includes(i))) continue;
    if (path.length === 0) {
      best = Math.min(best, p.emptyCost + p.spans.reduce((t, s) => t + (s.min > 0 ? Infinity : s.target * p.shortCost), 0));
      continue;
    }
    let cost = 0;
    let ok = true;
    const counts = p.spans.map(() => 0);
    path.forEach((i, idx) => {
      const node = p.nodes[i]!;
      if (node.span >= 0) counts[node.span]!++;
      cost += node.cost + p.positionCost(node, node.span >= 0 ? counts[node.span]! : 1);
      if (idx === 0) cost += p.startCost(node);
      else {
        const gap = node.day - p.nodes[path[idx - 1]!]!.day;
        if (gap < p.minGap || gap > p.maxGap) ok = false;
        cost += p.gapCost(gap);
      }
    });
    cost += p.endCost(p.nodes[path.at(-1)!]!);
    p.spans.forEach((s, i) => {
      if (counts[i]! > s.max || counts[i]! < s.min) ok = false;
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
});
