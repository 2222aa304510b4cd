/**
 * The largest and smallest of a list of numbers, without spreading it into
 * Math.max(...list): a spread passes every element as an argument, and past
 * about 100,000 of them the engine's stack overflows (RangeError: Maximum call
 * stack size exceeded), which is how a 20,000-item agenda once crashed.
 */
export function maxOf(values: Iterable<number>, empty = -Infinity): number {
  let best = empty;
  for (const v of values) if (v > best || Number.isNaN(v)) best = v;
  return best;
}

export function minOf(values: Iterable<number>, empty = Infinity): number {
  let best = empty;
  for (const v of values) if (v < best || Number.isNaN(v)) best = v;
  return best;
}
