import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { reduceCandidates, shapeKnapsack, solveKnapsack, solveKnapsackTable, type KnapsackCandidate } from "./knapsack.js";
import { minutesUnit } from "./minutes-scale.js";

/** Best profit over every subset, written out here from the contract (count, minutes, positive profits only). */
function bruteForce(candidates: readonly KnapsackCandidate[], maxItems: number, maxMinutes: number): number {
  const useful = candidates.filter((c) => c.profit > 0);
  let best = 0;
  for (let mask = 0; mask < 1 << useful.length; mask++) {
    let count = 0;
    let minutes = 0;
    let profit = 0;
    useful.forEach((c, k) => {
      if ((mask >> k) & 1) {
        count++;
        minutes += c.minutes;
        profit += c.profit;
      }
    });
    if (count <= maxItems && minutes <= maxMinutes && profit > best) best = profit;
  }
  return best;
}

/**
 * Up to 11 candidates (2^11 subsets for the brute force), sizes drawn from a
 * few values so that the per-size cut of reduceCandidates has work to do,
 * profits in quarters (some negative or zero, as reduced weights are), keys
 * shuffled so that order by key and order in the list differ.
 */
const candidatesArb = fc
  .array(fc.record({ minutes: fc.integer({ min: 1, max: 9 }), profit: fc.integer({ min: -8, max: 40 }).map((q) => q / 4) }), { maxLength: 11 })
  .chain((list) => fc.shuffledSubarray(list.map((_, k) => 100 + k), { minLength: list.length, maxLength: list.length }).map((keys) => list.map((c, k) => ({ key: keys[k]!, ...c }))));

const limitsArb = fc.record({ maxItems: fc.integer({ min: 0, max: 6 }), maxMinutes: fc.integer({ min: 0, max: 25 }) });

/**
 * The plain table: every count row over every minute, rows copied per item
 * (the textbook 0/1 knapsack with a count), the same reduction, shape and
 * tie rule (a take must gain over 1e-9). solveKnapsack updates one table in
 * place and must choose exactly as this one does.
 */
function plainTable(candidates: readonly KnapsackCandidate[], maxItems: number, maxMinutes: number) {
  const kept = reduceCandidates(candidates, maxItems, maxMinutes);
  if (kept.length === 0 || maxItems <= 0 || maxMinutes <= 0) return { value: 0, chosen: [] as number[] };
  const { B, size, counted, C } = shapeKnapsack(kept, maxItems, maxMinutes);
  let dp = Array.from({ length: C + 1 }, () => new Array<number>(B + 1).fill(0));
  const take = kept.map(() => Array.from({ length: C + 1 }, () => new Array<boolean>(B + 1).fill(false)));
  kept.forEach((item, k) => {
    const next = dp.map((row) => [...row]);
    for (let c = 1; c <= C; c++) {
      for (let t = size[k]!; t <= B; t++) {
        const v = dp[counted ? c - 1 : c]![t - size[k]!]! + item.profit;
        if (v > next[c]![t]! + 1e-9) {
          next[c]![t] = v;
          take[k]![c]![t] = true;
        }
      }
    }
    dp = next;
  });
  const chosen: number[] = [];
  let c = C;
  let t = B;
  for (let k = kept.length - 1; k >= 0; k--) {
    if (take[k]![c]![t]) {
      chosen.push(kept[k]!.key);
      if (counted) c--;
      t -= size[k]!;
    }
  }
  return { value: dp[C]![B]!, chosen: chosen.reverse() };
}

describe("solveKnapsack", () => {
  it("reads smaller capacities off the same table: never below their optimum, equal where the count binds", () => {
    fc.assert(
      fc.property(candidatesArb, limitsArb, (candidates, { maxItems, maxMinutes }) => {
        const table = solveKnapsackTable(candidates, maxItems, maxMinutes);
        const kept = reduceCandidates(candidates, maxItems, maxMinutes);
        const counted = kept.length > 0 && shapeKnapsack(kept, maxItems, maxMinutes).counted;
        expect(table.upTo(maxItems, maxMinutes)).toBeCloseTo(table.value, 9);
        for (let items = 0; items <= maxItems; items++) {
          for (let minutes = 0; minutes <= maxMinutes; minutes += 5) {
            const exact = bruteForce(candidates, items, minutes);
            const read = table.upTo(items, minutes);
            if (counted || items === 0) expect(read).toBeCloseTo(exact, 9);
            else expect(read).toBeGreaterThanOrEqual(exact - 1e-9);
          }
        }
        expect(table.upTo(-1, maxMinutes)).toBe(kept.length === 0 ? 0 : Number.NEGATIVE_INFINITY);
      }),
      { numRuns: 100, seed: 47 },
    );
  });

  it("equals the brute force over all subsets, and its chosen keys keep both limits and sum to its value", () => {
    fc.assert(
      fc.property(candidatesArb, limitsArb, (candidates, { maxItems, maxMinutes }) => {
        const result = solveKnapsack(candidates, maxItems, maxMinutes);
        expect(result.value).toBeCloseTo(bruteForce(candidates, maxItems, maxMinutes), 9);
        // The chosen keys are distinct candidates with positive profit, within both limits.
        expect(new Set(result.chosen).size).toBe(result.chosen.length);
        const chosen = result.chosen.map((key) => candidates.find((c) => c.key === key)!);
        expect(chosen.every((c) => c !== undefined && c.profit > 0)).toBe(true);
        expect(chosen.length).toBeLessThanOrEqual(maxItems);
        expect(chosen.reduce((s, c) => s + c.minutes, 0)).toBeLessThanOrEqual(maxMinutes);
        expect(chosen.reduce((s, c) => s + c.profit, 0)).toBeCloseTo(result.value, 9);
      }),
      { numRuns: 200, seed: 43 },
    );
  });

  it("items whose minutes share a divisor (10, 15, 20… as agendas have) are solved in units of it: still the brute force's value", () => {
    const scaled = candidatesArb.map((list) => list.map((c) => ({ ...c, minutes: 5 * c.minutes })));
    const limits = fc.record({ maxItems: fc.integer({ min: 0, max: 6 }), maxMinutes: fc.integer({ min: 0, max: 130 }) });
    fc.assert(
      fc.property(scaled, limits, (candidates, { maxItems, maxMinutes }) => {
        const result = solveKnapsack(candidates, maxItems, maxMinutes);
        expect(result.value).toBeCloseTo(bruteForce(candidates, maxItems, maxMinutes), 9);
        const chosen = result.chosen.map((key) => candidates.find((c) => c.key === key)!);
        expect(chosen.reduce((t, c) => t + c.minutes, 0)).toBeLessThanOrEqual(maxMinutes);
        expect(chosen.length).toBeLessThanOrEqual(maxItems);
      }),
      { numRuns: 200, seed: 47 },
    );
  });

  it("chooses exactly as the plain table does, on meetings of agenda size (up to 15 items in 120–180 minutes, with many ties)", () => {
    const meeting = fc.record({
      list: fc.array(fc.record({ minutes: fc.integer({ min: 1, max: 9 }).map((x) => 5 * x), profit: fc.integer({ min: -4, max: 24 }).map((q) => q / 4) }), { minLength: 20, maxLength: 80 }),
      maxItems: fc.integer({ min: 1, max: 15 }),
      maxMinutes: fc.integer({ min: 24, max: 36 }).map((x) => 5 * x),
      odd: fc.boolean(),
    });
    let counted = 0;
    fc.assert(
      fc.property(meeting, ({ list, maxItems, maxMinutes, odd }) => {
        // Now and then one item of 7 minutes: the unit is 1 minute and the table 120–180 wide.
        const candidates = list.map((c, key) => ({ key, ...c, minutes: odd && key === 0 ? 7 : c.minutes }));
        expect(solveKnapsack(candidates, maxItems, maxMinutes)).toEqual(plainTable(candidates, maxItems, maxMinutes));
        if (candidates.filter((c) => c.profit > 0).length > maxItems) counted++;
      }),
      { numRuns: 300, seed: 53 },
    );
    expect(counted).toBeGreaterThan(150);
  });

  it("minutesUnit: the common divisor of the lengths (1 when they share none)", () => {
    expect(minutesUnit([10, 15, 30])).toBe(5);
    expect(minutesUnit([20, 40])).toBe(20);
    expect(minutesUnit([10, 15, 7])).toBe(1);
    expect(minutesUnit([])).toBe(1);
  });

  it("lets the count limit bind when many short items fit by minutes", () => {
    // Five 1-minute items of profit 1..5 in 10 minutes: only the count (2) binds, so 5 + 4.
    const candidates = [1, 2, 3, 4, 5].map((profit, key) => ({ key, minutes: 1, profit }));
    const result = solveKnapsack(candidates, 2, 10);
    expect(result.value).toBe(9);
    expect([...result.chosen].sort()).toEqual([3, 4]);
  });

  it("prefers two small items over one large one when minutes bind (not a greedy by profit)", () => {
    // 10 minutes: the 10-minute item (profit 7) loses to two 5-minute items (4 + 4).
    const candidates = [
      { key: 0, minutes: 10, profit: 7 },
      { key: 1, minutes: 5, profit: 4 },
      { key: 2, minutes: 5, profit: 4 },
    ];
    expect(solveKnapsack(candidates, 3, 10)).toEqual({ value: 8, chosen: [1, 2] });
  });

  it("returns nothing for no candidates, no room, no count, or only items longer than the budget", () => {
    const some = [
      { key: 1, minutes: 3, profit: 5 },
      { key: 2, minutes: 4, profit: 6 },
    ];
    expect(solveKnapsack([], 3, 10)).toEqual({ value: 0, chosen: [] });
    expect(solveKnapsack(some, 0, 10)).toEqual({ value: 0, chosen: [] });
    expect(solveKnapsack(some, 3, 0)).toEqual({ value: 0, chosen: [] });
    expect(solveKnapsack(some, 3, 2)).toEqual({ value: 0, chosen: [] });
    // Non-positive profits are never worth taking, even with room to spare.
    expect(solveKnapsack([{ key: 1, minutes: 1, profit: 0 }, { key: 2, minutes: 1, profit: -2 }], 3, 10)).toEqual({ value: 0, chosen: [] });
    // An item exactly as long as the budget fits.
    expect(solveKnapsack([{ key: 7, minutes: 10, profit: 2 }], 1, 10)).toEqual({ value: 2, chosen: [7] });
  });
});

describe("reduceCandidates", () => {
  it("never changes the optimum (brute force on the reduced list equals brute force on the full one)", () => {
    fc.assert(
      fc.property(candidatesArb, limitsArb, (candidates, { maxItems, maxMinutes }) => {
        const reduced = reduceCandidates(candidates, maxItems, maxMinutes);
        const full = bruteForce(candidates, maxItems, maxMinutes);
        expect(bruteForce(reduced, maxItems, maxMinutes)).toBeCloseTo(full, 9);
        expect(solveKnapsack(reduced, maxItems, maxMinutes).value).toBeCloseTo(full, 9);
      }),
      { numRuns: 200, seed: 47 },
    );
  });

  it("keeps only fitting positive candidates, at most min(maxItems, ⌊maxMinutes/size⌋) of each size, the most profitable", () => {
    fc.assert(
      fc.property(candidatesArb, limitsArb, (candidates, { maxItems, maxMinutes }) => {
        const reduced = reduceCandidates(candidates, maxItems, maxMinutes);
        // A sub-list of the input, each candidate unchanged.
        for (const c of reduced) expect(candidates).toContainEqual(c);
        expect(new Set(reduced.map((c) => c.key)).size).toBe(reduced.length);
        expect(reduced.every((c) => c.profit > 0 && c.minutes <= maxMinutes)).toBe(true);
        for (const size of new Set(candidates.map((c) => c.minutes))) {
          const keptHere = reduced.filter((c) => c.minutes === size);
          const eligible = candidates.filter((c) => c.minutes === size && c.profit > 0 && c.minutes <= maxMinutes);
          const limit = Math.min(maxItems, Math.floor(maxMinutes / size));
          // As many as the limit allows (no fewer: dropping more could lose the optimum).
          expect(keptHere.length).toBe(Math.min(limit, eligible.length));
          // Nothing dropped beats anything kept of the same size.
          const worstKept = Math.min(...keptHere.map((c) => c.profit));
          for (const c of eligible) if (!keptHere.includes(c)) expect(c.profit).toBeLessThanOrEqual(worstKept);
        }
      }),
      { numRuns: 200, seed: 53 },
    );
  });

  it("breaks profit ties by key, so the result does not depend on input order", () => {
    // Three 5-minute items of equal profit, room for two: keys 3 and 8 stay, 9 goes.
    const candidates = [
      { key: 9, minutes: 5, profit: 2 },
      { key: 3, minutes: 5, profit: 2 },
      { key: 8, minutes: 5, profit: 2 },
    ];
    expect(reduceCandidates(candidates, 5, 10).map((c) => c.key)).toEqual([3, 8]);
  });
});
