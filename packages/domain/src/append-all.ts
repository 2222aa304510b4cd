/**
 * Appends every element of `items` to `target`, in order, and returns
 * `target`. `target.push(...items)` passes each element as an argument, and
 * past about 120,000 of them (Node 20) the stack overflows: a form of 140,000
 * wrong rows, or a YAML text of 170,000 repeated keys, then ended in
 * "RangeError: Maximum call stack size exceeded" instead of its problems.
 */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
