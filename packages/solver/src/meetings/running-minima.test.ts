import { describe, expect, it } from "vitest";
import { prepare, solveSequence, withoutShortcuts, type SequenceProblem } from "./sequence-dp.js";
import { createTestRandom, randomMonthlyProblem, randomSequenceProblem } from "./test-sequence-problems.js";
import { createWorkMeter, withWorkMeter } from "./work-meter.js";

describe("the running-minima DP (span problems without a gap limit)", () => {
  it("gives the node-by-node loop's path, cost and step count, with pins, exclusions and whole-number prices", () => {
    const rand = createTestRandom(53);
    let fast = 0;
    for (let trial = 0; trial < 400; trial++) {
      const p = trial % 4 === 3 ? randomSequenceProblem(rand, { days: 14, forcedRate: 0.06, spans: true, relaxed: trial % 8 === 7 }) : randomMonthlyProblem(rand, trial);
      const out = Uint8Array.from(p.nodes, () => (rand() < 0.1 ? 1 : 0));
      const extra = Float64Array.from(p.nodes, () => Math.floor(rand() * 7) - 3);
      const run = () => {
        const meter = createWorkMeter(Infinity);
        const sol = withWorkMeter(meter, () => solveSequence(p, out, extra));
        return { sol, steps: meter.spent };
      };
      const byMinima = run();
      expect(byMinima).toEqual(withoutShortcuts(run));
      if (prepare(p).affine && byMinima.sol) fast++;
    }
    // Most instances take the fast path and have a plan: the comparison is not vacuous.
    expect(fast).toBeGreaterThan(250);
  });

  it("with fractional prices (the Lagrangian's), near ties included, gives the loop's path and cost", () => {
    const rand = createTestRandom(59);
    // Sums of thirds, and of tenths beside a million, tie on paper but differ in their last bits, which the loop's
    // sums order: the minima must read such runs node by node (without that, about one trial in sixty differs).
    const sets = [[1 / 3, 2 / 3, 1, 0.1], [1e6 + 0.1, 0.2, 0.3, 1e6 + 0.3]];
    for (let trial = 0; trial < 1500; trial++) {
      const p = randomMonthlyProblem(rand, trial, trial % 2 === 0);
      const set = sets[trial % 3];
      const extra = Float64Array.from(p.nodes, () => (set ? set[Math.floor(rand() * set.length)]! : rand() * 3.7 - 1.1));
      const byMinima = solveSequence(p, () => false, extra);
      expect(byMinima).toEqual(withoutShortcuts(() => solveSequence(p, () => false, extra)));
    }
  });

  it("is not used where arcs have a gap limit, several nodes a day or pin breaks", () => {
    const rand = createTestRandom(61);
    const gapLimited = randomSequenceProblem(rand, { days: 12, forcedRate: 0, spans: false });
    expect(prepare(gapLimited).affine).toBeUndefined();
    const monthly = randomMonthlyProblem(rand, 0);
    expect(prepare(monthly).affine).toBeDefined();
    expect(prepare({ ...monthly, maxGap: 40 }).affine).toBeUndefined();
  });
});
