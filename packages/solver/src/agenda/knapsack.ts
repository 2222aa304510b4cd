import { minutesUnit } from "./minutes-scale.js";

/** One candidate for a meeting's knapsack: `key` is returned when chosen. */
export interface KnapsackCandidate {
  key: number;
  minutes: number;
  profit: number;
}

export interface KnapsackResult {
  value: number;
  chosen: number[];
}

/**
 * Exact 0/1 knapsack with a count limit: at most `maxItems` candidates and
 * `maxMinutes` minutes, maximising total profit (only positive profits count).
 * Dynamic programming over (count, minutes); candidates of one size beyond the
 * most that can fit are dominated by better ones of that size and dropped
 * first, which keeps every meeting's table small whatever the number of items.
 */
export function solveKnapsack(candidates: readonly KnapsackCandidate[], maxItems: number, maxMinutes: number): KnapsackResult {
  const { value, chosen } = solveKnapsackTable(candidates, maxItems, maxMinutes);
  return { value, chosen };
}

export interface KnapsackTable extends KnapsackResult {
  /**
   * An upper bound on the best profit within `items` candidates and `minutes`
   * minutes (at most the full limits), read from the same table: exact where
   * the count limit binds, else the best by minutes alone.
   */
  upTo(items: number, minutes: number): number;
}

/** solveKnapsack with its table kept, to price what smaller capacities would hold. */
export function solveKnapsackTable(candidates: readonly KnapsackCandidate[], maxItems: number, maxMinutes: number): KnapsackTable {
  const kept = reduceCandidates(candidates, maxItems, maxMinutes);
  const n = kept.length;
  if (n === 0 || maxItems <= 0 || maxMinutes <= 0) return { value: 0, chosen: [], upTo: () => 0 };
  const { B, size, counted, C, unit } = shapeKnapsack(kept, maxItems, maxMinutes);
  const width = B + 1;
  const states = (C + 1) * width;
  // dp[c*width+t]: best profit with at most c items (any number when not
  // counted, row 1) and at most t minutes. Updated in place, rows and minutes
  // descending, so each item reads the states before it (a 0/1 knapsack).
  // Kept reducing the candidates per size stays exact for smaller capacities:
  // they fit no more of a size than the full ones.
  const dp = new Float64Array(states);
  const take = takeTable(n * states);
  for (let k = 0; k < n; k++) {
    const d = size[k]!;
    const p = kept[k]!.profit;
    const base = k * states;
    for (let c = C; c >= 1; c--) {
      const row = c * width;
      const prev = (counted ? c - 1 : c) * width;
      for (let t = B; t >= d; t--) {
        const v = dp[prev + t - d]! + p;
        if (v > dp[row + t]! + 1e-9) {
          dp[row + t] = v;
          take[base + row + t] = 1;
        }
      }
    }
  }
  const chosen: number[] = [];
  let c = C;
  let t = B;
  for (let k = n - 1; k >= 0; k--) {
    if (take[k * states + c * width + t] === 1) {
      chosen.push(kept[k]!.key);
      if (counted) c--;
      t -= size[k]!;
    }
  }
  const upTo = (items: number, minutes: number) => {
    if (items < 0 || minutes < 0) return Number.NEGATIVE_INFINITY;
    const row = counted ? Math.min(items, C) : Math.min(items, 1);
    return dp[row * width + Math.min(B, Math.floor(minutes / unit))]!;
  };
  return { value: dp[C * width + B]!, chosen: chosen.reverse(), upTo };
}

/** The table's shape for the kept candidates (tests read it too). */
export interface KnapsackShape {
  /** Minutes in units of their common divisor: the same packings, a smaller table. */
  B: number;
  size: number[];
  /** The count limit binds: more than it could fit by minutes. Else one row (minutes only) is enough. */
  counted: boolean;
  /** Count rows: maxItems when counted, else 1. */
  C: number;
  /** Minutes per unit of B and size. */
  unit: number;
}

export function shapeKnapsack(kept: readonly KnapsackCandidate[], maxItems: number, maxMinutes: number): KnapsackShape {
  const unit = minutesUnit(kept.map((c) => c.minutes));
  const B = Math.floor(maxMinutes / unit);
  const size = kept.map((c) => Math.round(c.minutes / unit));
  const sizes = [...size].sort((a, b) => a - b);
  let fit = 0;
  for (let used = 0; fit < sizes.length && used + sizes[fit]! <= B; fit++) used += sizes[fit]!;
  const counted = fit > maxItems;
  return { B, size, counted, C: counted ? maxItems : 1, unit };
}

/**
 * The choices table, reused across calls and cleared: the local search and
 * the bounds solve thousands of knapsacks a plan, and a fresh table each is
 * garbage to collect. Safe: a solve is synchronous and never re-entered.
 */
let takeScratch = new Uint8Array(0);
function takeTable(length: number): Uint8Array {
  if (takeScratch.length < length) takeScratch = new Uint8Array(Math.max(length, 2 * takeScratch.length));
  takeScratch.fill(0, 0, length);
  return takeScratch;
}

/**
 * Keeps positive-profit candidates that fit, and of each size only the
 * `min(maxItems, ⌊maxMinutes / size⌋)` most profitable (ties by key): any
 * packing using a dropped one has an unused kept one of the same size that
 * is at least as good.
 */
export function reduceCandidates(candidates: readonly KnapsackCandidate[], maxItems: number, maxMinutes: number): KnapsackCandidate[] {
  const bySize = new Map<number, KnapsackCandidate[]>();
  for (const c of candidates) {
    if (c.profit <= 1e-9 || c.minutes > maxMinutes) continue;
    const list = bySize.get(c.minutes);
    if (list === undefined) bySize.set(c.minutes, [c]);
    else list.push(c);
  }
  const kept: KnapsackCandidate[] = [];
  for (const size of [...bySize.keys()].sort((a, b) => a - b)) {
    const limit = Math.min(maxItems, Math.floor(maxMinutes / size));
    const list = bySize.get(size)!.sort((a, b) => b.profit - a.profit || a.key - b.key);
    for (const entry of list.slice(0, limit)) kept.push(entry);
  }
  return kept;
}
