import { maxOf, minOf } from "@yishi/domain";
/**
 * The bound that proves a roster's fairness optimal. Relax the roster to
 * counts only: member i already has `base[i]` duties (history) and can take at
 * most `caps[i]` more (days available, thinned by the rest rule); `slots`
 * duties must be handed out. Giving each duty in turn to the lowest count
 * (water-filling) yields the least-majorised count vector, which at once
 * maximises the minimum and minimises the maximum; its max − min is therefore
 * the smallest spread any roster can reach. With equal bases and ample caps
 * it is the floor/ceiling of the mean: 0 when the slots divide evenly, else 1.
 */
export interface SpreadBound {
  /** Smallest reachable max − min of base + assigned. */
  spread: number;
  /** Counts the water-filling hands out (a target, not a schedule). */
  targets: number[];
  /** False when the caps cannot absorb every slot (the relaxation is infeasible). */
  coverable: boolean;
}

export function boundSpread(base: readonly number[], caps: readonly number[], slots: number): SpreadBound {
  const n = base.length;
  const targets = new Array<number>(n).fill(0);
  if (n === 0) return { spread: 0, targets, coverable: slots === 0 };
  let left = slots;
  // Raise the lowest level one step at a time; each step hands out ≤ n slots.
  while (left > 0) {
    let level = Infinity;
    for (let i = 0; i < n; i++) if (targets[i]! < caps[i]!) level = Math.min(level, base[i]! + targets[i]!);
    if (level === Infinity) break;
    for (let i = 0; i < n && left > 0; i++) {
      if (targets[i]! < caps[i]! && base[i]! + targets[i]! === level) {
        targets[i]!++;
        left--;
      }
    }
  }
  const finals = base.map((b, i) => b + targets[i]!);
  return { spread: maxOf(finals) - minOf(finals), targets, coverable: left === 0 };
}

/** Most duties one person can take on the given sorted day indices with `restDays` free days between two. */
export function maxDutiesWithRest(days: readonly number[], restDays: number): number {
  let count = 0;
  let last = -Infinity;
  for (const d of days) {
    if (d - last > restDays) {
      count++;
      last = d;
    }
  }
  return count;
}

/** maxDutiesWithRest over the days i with avail[i] > 0 and inClass[i] = 1, without building the list. */
export function countDutiesWithRest(avail: Uint8Array, inClass: Uint8Array, restDays: number): number {
  let count = 0;
  let last = -Infinity;
  for (let d = 0; d < avail.length; d++) {
    if (avail[d]! > 0 && inClass[d] === 1 && d - last > restDays) {
      count++;
      last = d;
    }
  }
  return count;
}

/** max − min of a list (0 when empty). */
export function spreadOf(values: readonly number[]): number {
  if (values.length === 0) return 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return hi - lo;
}
