/** What the search orders by: the lower bound, then the creation order. */
export interface HeapNode {
  lb: number;
  seq: number;
}

// A binary heap on (lb, seq): deterministic best-first order.
// Ties go to the newest node: on a plateau of equal bounds the search dives
// (depth first) instead of sweeping it breadth first.
function less(a: HeapNode, b: HeapNode): boolean {
  return a.lb < b.lb || (a.lb === b.lb && a.seq > b.seq);
}
export function push<T extends HeapNode>(heap: T[], node: T): void {
  heap.push(node);
  let i = heap.length - 1;
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (!less(heap[i]!, heap[p]!)) break;
    [heap[i], heap[p]] = [heap[p]!, heap[i]!];
    i = p;
  }
}
export function pop<T extends HeapNode>(heap: T[]): T | undefined {
  const top = heap[0];
  const last = heap.pop();
  if (heap.length > 0 && last) {
    heap[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && less(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && less(heap[r]!, heap[m]!)) m = r;
      if (m === i) break;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  }
  return top;
}
