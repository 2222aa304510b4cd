import { describe, expect, it } from "vitest";
import { solveSequence } from "./sequence-dp.js";
import { createTestRandom, randomSequenceProblem } from "./test-sequence-problems.js";
import { costThroughNodes } from "./sequence-through.js";

describe("costThroughNodes", () => {
  it("equals the DP's best path forced through each node, with exclusions and prices", () => {
    const rand = createTestRandom(5);
    let finite = 0;
    for (let trial = 0; trial < 120; trial++) {
      // Gap problems (strict, or with long-gap breaks every fourth) and span problems (per month).
      // Every third with pin breaks (relaxed pins too close, far or many) and more pins.
      const pinBreaks = trial % 3 === 2;
      const p = randomSequenceProblem(rand, { days: 14, forcedRate: pinBreaks ? 0.3 : 0.06, spans: trial % 2 === 0, relaxed: trial % 4 === 1, pinBreaks });
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
