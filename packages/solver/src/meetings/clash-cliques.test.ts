import { describe, expect, it } from "vitest";
import { findClashCliques, findMaximalCliques, type CliqueVertex } from "./clash-cliques.js";
import { createTestRandom } from "./test-sequence-problems.js";

describe("findClashCliques", () => {
  it("finds the maximal cliques day by day, including triangles no single room or person forms", () => {
    // A–B share a person, B–C another, A–C a room: one triangle; D clashes with C only.
    const edges = new Set(["A-B", "B-C", "A-C", "C-D"]);
    const names = ["A", "B", "C", "D"];
    const vertices: CliqueVertex[] = [];
    for (const date of ["2026-03-03", "2026-03-04"]) names.forEach((_, s) => vertices.push({ s, n: date === "2026-03-03" ? 0 : 1, date }));
    const clash = (a: CliqueVertex, b: CliqueVertex) => edges.has(`${names[a.s]}-${names[b.s]}`) || edges.has(`${names[b.s]}-${names[a.s]}`);
    const cliques = findClashCliques(vertices, clash);
    const seen = cliques.map((c) => c.members.map((m) => `${names[m.s]}${m.n}`).sort().join(","));
    expect(seen.sort()).toEqual(["A0,B0,C0", "A1,B1,C1", "C0,D0", "C1,D1"]);
  });

  it("leaves out pairs the caller says may both be held (pinned with pinned), and lone vertices", () => {
    const vertices: CliqueVertex[] = [0, 1, 2].map((s) => ({ s, n: 0, date: "2026-03-03" }));
    // 0 and 1 are both pinned: no clash between them; each clashes with 2.
    const clash = (a: CliqueVertex, b: CliqueVertex) => !(a.s < 2 && b.s < 2);
    const seen = findClashCliques(vertices, clash).map((c) => c.members.map((m) => m.s).sort().join(","));
    expect(seen.sort()).toEqual(["0,2", "1,2"]);
    expect(findClashCliques(vertices, () => false)).toEqual([]);
  });
});

/** The textbook Bron–Kerbosch with a pivot on arrays (what findMaximalCliques replaced): the reference. */
function plainMaximalCliques(n: number, edge: (i: number, j: number) => boolean): number[][] {
  const adj = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => i !== j && edge(Math.min(i, j), Math.max(i, j))));
  const out: number[][] = [];
  const expand = (r: number[], p: number[], x: number[]) => {
    if (p.length === 0) {
      if (x.length === 0 && r.length >= 2) out.push(r);
      return;
    }
    let pivot = -1;
    let most = -1;
    for (const u of [...p, ...x]) {
      const c = p.filter((v) => adj[u]![v]).length;
      if (c > most) [most, pivot] = [c, u];
    }
    for (const v of p.filter((u) => !adj[pivot]![u])) {
      expand([...r, v], p.filter((u) => adj[v]![u]), x.filter((u) => adj[v]![u]));
      p = p.filter((u) => u !== v);
      x = [...x, v];
    }
  };
  expand([], adj.flatMap((row, i) => (row.some(Boolean) ? [i] : [])), []);
  return out;
}

describe("findMaximalCliques", () => {
  it("finds the same cliques in the same order as the plain algorithm, on 400 random graphs up to 90 vertices", () => {
    const rand = createTestRandom(7);
    let cliques = 0;
    for (let trial = 0; trial < 400; trial++) {
      // Sizes across word boundaries (32, 64); densities from sparse to nearly complete, some graphs in blocks as rooms make them.
      const n = 1 + Math.floor(rand() * 90);
      const density = rand();
      const block = 1 + Math.floor(rand() * 8);
      const edges = new Set<number>();
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (rand() < (Math.floor(i / block) === Math.floor(j / block) ? 0.9 : density * 0.5)) edges.add(i * n + j);
      const edge = (i: number, j: number) => edges.has(i * n + j);
      const found = findMaximalCliques(n, edge);
      expect(found).toEqual(plainMaximalCliques(n, edge));
      cliques += found.length;
    }
    expect(cliques).toBeGreaterThan(4000); // the graphs were not trivial
  });
});
