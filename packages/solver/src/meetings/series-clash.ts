import { addMinutes, timesOverlap } from "./clock.js";
import type { SeriesProblem } from "./build-sequence.js";

export interface Occurrence {
  date: string;
  start: string;
  end: string;
  room?: string;
}

export function occurrenceAt(problem: SeriesProblem, nodeIndex: number): Occurrence {
  const node = problem.nodes[nodeIndex]!;
  const ctx = problem.context;
  const start = node.pinned?.start ?? ctx.start;
  const room = node.pinned?.room ?? ctx.room;
  return { date: node.date, start, end: node.pinned?.start ? addMinutes(start, ctx.durationMinutes) : ctx.end, ...(room !== undefined ? { room } : {}) };
}

/** True when the two series share a person or (at a given occurrence) a room. */
export function sharePeople(a: SeriesProblem, b: SeriesProblem): boolean {
  const set = new Set(a.context.expected);
  return b.context.expected.some((p) => set.has(p));
}

/**
 * Who can clash with whom, read once per component: two occurrences clash
 * when they fall on one date at overlapping times and share a person or a
 * room. adjacent[s][t][m] is the node of s that clashes with node m of t
 * (−1: none); neighbours[s] lists the series that can clash with s at all.
 */
export function buildClashGraph(problems: SeriesProblem[]) {
  const k = problems.length;
  const people = problems.map((a) => problems.map((b) => a !== b && sharePeople(a, b)));
  const occ = problems.map((p) => p.nodes.map((_, n) => occurrenceAt(p, n)));
  const nodeByDate = problems.map((p) => new Map(p.nodes.map((n, i) => [n.date, i] as const)));
  const clash = (s: number, n: number, t: number, m: number) => {
    const x = occ[s]![n]!;
    const y = occ[t]![m]!;
    if (x.date !== y.date || !timesOverlap(x.start, x.end, y.start, y.end)) return false;
    return people[s]![t]! || (x.room !== undefined && x.room === y.room);
  };
  const adjacent: (Int32Array | undefined)[][] = problems.map(() => problems.map(() => undefined));
  const neighbours: number[][] = problems.map(() => []);
  for (let s = 0; s < k; s++) {
    for (let t = 0; t < k; t++) {
      if (s === t) continue;
      const row = new Int32Array(problems[t]!.nodes.length).fill(-1);
      let any = false;
      problems[t]!.nodes.forEach((node, m) => {
        const n = nodeByDate[s]!.get(node.date);
        if (n !== undefined && clash(s, n, t, m)) {
          row[m] = n;
          any = true;
        }
      });
      if (any) {
        adjacent[s]![t] = row;
        neighbours[s]!.push(t);
      }
    }
  }
  return { nodeByDate, clash, adjacent, neighbours };
}
