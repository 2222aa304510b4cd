import { describe, expect, it } from "vitest";
import { boundWithCuts } from "./bound-with-cuts.js";
import { deriveMirCut } from "./mir-cut.js";
import { feasiblePoints, rowValue, testPrograms, testRandom } from "./test-programs.js";

describe("deriveMirCut", () => {
  it("gives cuts that hold at every 0/1 point of the rows, whatever the multipliers", () => {
    const rand = testRandom(8);
    let cuts = 0;
    let tight = 0;
    for (const { c, rows } of testPrograms(200, 13)) {
      const points = feasiblePoints(c.length, rows);
      for (let k = 0; k < 10; k++) {
        // Multipliers of any sign and size, with columns complemented at random.
        const u = Float64Array.from(rows, () => (rand() - 0.4) * 10 ** (3 * rand() - 1));
        const flip = c.map(() => rand() < 0.3);
        const cut = deriveMirCut(c.length, rows, rows.map(() => true), u, (j) => flip[j]!);
        if (cut === undefined) continue;
        cuts++;
        let best = -Infinity;
        for (const x of points) best = Math.max(best, rowValue(cut, x) - cut.rhs);
        expect(best).toBeLessThanOrEqual(0);
        if (best > -1e-6) tight++;
      }
    }
    // Not vacuous: many cuts, and some hold with equality at a 0/1 point.
    expect(cuts).toBeGreaterThan(1000);
    expect(tight).toBeGreaterThan(100);
  });

  it("gives cuts from the tableau that hold at every 0/1 point, over rounds of cuts on cuts", () => {
    let cuts = 0;
    for (const program of testPrograms(200, 31)) {
      const points = feasiblePoints(program.c.length, program.rows);
      const result = boundWithCuts(program.c, program.rows, Number.NEGATIVE_INFINITY, { rounds: 8, cutsPerRound: 10, pivots: 10_000 });
      let broken = 0;
      for (const cut of result.cuts) {
        cuts++;
        for (const x of points) if (rowValue(cut, x) > cut.rhs) broken++;
      }
      expect(broken).toBe(0);
    }
    expect(cuts).toBeGreaterThan(500);
  });
});
