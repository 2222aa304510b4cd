import type { ClashClique } from "./lagrangian-bound.js";

/** One occurrence a series may hold: series `s`, its node `n`, on `date`. */
export interface CliqueVertex {
  s: number;
  n: number;
  date: string;
}

/**
 * The maximal cliques of the clash graph, day by day (Bron–Kerbosch with a
 * pivot). Clashes come from different rooms and people at once: A and B share
 * a person, B and C another, A and C a room; then at most one of the three is
 * held, which no per-room or per-person clique says. Pricing the maximal
 * cliques gives the Lagrangian the LP bound of the full clique formulation
 * (on the 40-series bench: 2861 against 2821 with per-key cliques).
 * `clash` must leave out pairs that may both be held (pinned with pinned), so
 * every clique is a valid "at most one". Deterministic: vertices in the order
 * given, cliques in the order found.
 */
export function findClashCliques(vertices: CliqueVertex[], clash: (a: CliqueVertex, b: CliqueVertex) => boolean): ClashClique[] {
  const byDate = new Map<string, CliqueVertex[]>();
  for (const v of vertices) {
    const list = byDate.get(v.date);
    if (list) list.push(v);
    else byDate.set(v.date, [v]);
  }
  const out: ClashClique[] = [];
  for (const date of [...byDate.keys()].sort()) {
    const list = byDate.get(date)!;
    for (const r of findMaximalCliques(list.length, (i, j) => clash(list[i]!, list[j]!))) {
      out.push({ members: r.map((i) => ({ s: list[i]!.s, n: list[i]!.n })) });
    }
  }
  return out;
}

/**
 * The maximal cliques of at least two vertices of a graph on 0..n−1 whose
 * `edge` is symmetric (read once per pair, i < j), in the order Bron–Kerbosch
 * with a pivot finds them: the pivot is the first vertex of P (ascending) then
 * X (in the order added) with most neighbours in P; its non-neighbours in P
 * are branched on in ascending order. Adjacency and P are bitsets, so the
 * pivot's count is a popcount of an AND: a pool's day has a few hundred
 * (series, room) vertices, where arrays of booleans filtered per branch took
 * a seventh of the 40-series pool case's planning time.
 */
export function findMaximalCliques(n: number, edge: (i: number, j: number) => boolean): number[][] {
  const words = (n + 31) >>> 5;
  const adj = new Uint32Array(n * words);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (!edge(i, j)) continue;
      adj[i * words + (j >>> 5)]! |= 1 << (j & 31);
      adj[j * words + (i >>> 5)]! |= 1 << (i & 31);
    }
  }
  const has = (u: number, v: number) => (adj[u * words + (v >>> 5)]! & (1 << (v & 31))) !== 0;
  const out: number[][] = [];
  const expand = (r: number[], p: Uint32Array, x: number[]) => {
    const inP = members(p);
    if (inP.length === 0) {
      if (x.length === 0 && r.length >= 2) out.push(r);
      return;
    }
    let pivot = -1;
    let most = -1;
    const consider = (u: number) => {
      let c = 0;
      for (let w = 0; w < words; w++) c += popcount(p[w]! & adj[u * words + w]!);
      if (c > most) {
        most = c;
        pivot = u;
      }
    };
    for (const u of inP) consider(u);
    for (const u of x) consider(u);
    for (const v of inP) {
      if (has(pivot, v)) continue;
      const next = new Uint32Array(words);
      for (let w = 0; w < words; w++) next[w] = p[w]! & adj[v * words + w]!;
      expand([...r, v], next, x.filter((u) => has(v, u)));
      p[v >>> 5]! &= ~(1 << (v & 31));
      x = [...x, v];
    }
  };
  // Vertices with no edge are in no clique of two: left out of P from the start.
  const start = new Uint32Array(words);
  for (let i = 0; i < n; i++) {
    let linked = false;
    for (let w = 0; w < words && !linked; w++) linked = adj[i * words + w] !== 0;
    if (linked) start[i >>> 5]! |= 1 << (i & 31);
  }
  expand([], start, []);
  return out;
}

/** The set bits of a bitset, ascending. */
function members(bits: Uint32Array): number[] {
  const out: number[] = [];
  for (let w = 0; w < bits.length; w++) {
    let word = bits[w]!;
    while (word !== 0) {
      const low = word & -word;
      out.push((w << 5) + 31 - Math.clz32(low));
      word ^= low;
    }
  }
  return out;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
