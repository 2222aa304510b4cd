import { describe, expect, it } from "vitest";
import { solveSequence, withoutShortcuts } from "./sequence-dp.js";
import { createTestRandom, randomMonthlyProblem, randomSequenceProblem } from "./test-sequence-problems.js";
import { costThroughNodes } from "./sequence-through.js";
import { createWorkMeter, withWorkMeter } from "./work-meter.js";

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

  it("gives the plain passes' values and work count where it stops early (strict spans that need a meeting) or reads running minima", () => {
    const rand = createTestRandom(67);
    let early = 0;
    for (let trial = 0; trial < 300; trial++) {
      const p = randomMonthlyProblem(rand, trial, trial % 5 === 0);
      const out = Uint8Array.from(p.nodes, () => (rand() < 0.1 ? 1 : 0));
      const extra = Float64Array.from(p.nodes, () => (trial % 2 === 0 ? Math.floor(rand() * 7) - 3 : rand() * 3.7 - 1.1));
      const run = () => {
        const meter = createWorkMeter(Infinity);
        const through = withWorkMeter(meter, () => costThroughNodes(p, out, extra));
        return { through: [...through], steps: meter.spent };
      };
      expect(run()).toEqual(withoutShortcuts(run));
      if (!Number.isFinite(p.shortfallCost) && p.spans.some((s, i) => i > 0 && s.min > 0)) early++;
    }
    expect(early).toBeGreaterThan(100);
  });
});
