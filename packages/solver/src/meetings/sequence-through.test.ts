import { describe, expect, it } from "vitest";
import { solveSequence, type SequenceNode, type SequenceProblem } from "./sequence-dp.js";
import { costThroughNodes } from "./sequence-through.js";

function rng(seed: number) {
  let a = seed;
  return () => ((a = (a * 1103515245 + 12345) % 2147483648) / 2147483648);
}

/** Random gap problems (every n weeks, strict or with long-gap breaks) and span problems (per month). */
function randomProblem(rand: () => number, trial: number): SequenceProblem {
  const spans = trial % 2 === 0;
  const days = [...new Set(Array.from({ length: 14 }, () => Math.floor(rand() * 40)))].sort((a, b) => a - b);
  const nodes: SequenceNode[] = days.map((day) => ({ day, cost: Math.floor(rand() * 6), forced: rand() < 0.06, span: spans ? Math.floor(day / 10) : -1 }));
  const relaxed = trial % 4 === 1;
  return {
    nodes,
    spans: spans ? [0, 1, 2, 3].map(() => ({ min: Math.floor(rand() * 2), max: 2, target: 2 })) : [],
    minGap: spans ? 3 : 5,
    maxGap: spans ? Infinity : 12,
    gapCost: (g) => Math.abs(g - 7),
    positionCost: (node, k) => (node.span >= 0 ? k : 0),
    startCost: (node) => (spans ? 0 : node.day + 1 > 12 ? (relaxed ? 500 : Infinity) : 0),
    endCost: (node) => (spans ? 0 : 40 - node.day > 12 ? (relaxed ? 500 : Infinity) : 0),
    emptyCost: spans ? 0 : Infinity,
    shortCost: 4,
    shortfallCost: Infinity,
    longGapCost: relaxed ? 500 : Infinity,
  };
}

describe("costThroughNodes", () => {
  it("equals the DP's best path forced through each node, with exclusions and prices", () => {
    const rand = rng(5);
    let finite = 0;
    for (let trial = 0; trial < 120; trial++) {
      const p = randomProblem(rand, trial);
      const out = p.nodes.map(() => rand() < 0.15);
      const extra = Float64Array.from(p.nodes, () => Math.round(rand() * 8 - 3) / 2);
      const through = costThroughNodes(p, (i) => out[i]!, extra);
      p.nodes.forEach((_, n) => {
        // Forcing n by a price no path can afford to miss, then adding it back.
        const forced = Float64Array.from(extra);
        forced[n]! -= 1e9;
        const sol = solveSequence(p, (i) => out[i]!, forced);
        const want = sol && sol.path.includes(n) && !(out[n] && !p.nodes[n]!.forced) ? sol.cost + 1e9 : Infinity;
        if (Number.isFinite(want)) finite++;
        expect(through[n]).toBeCloseTo(want, 6);
      });
    }
    expect(finite).toBeGreaterThan(500);
  });
});
