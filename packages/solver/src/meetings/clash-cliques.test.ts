import { describe, expect, it } from "vitest";
import { findClashCliques, type CliqueVertex } from "./clash-cliques.js";

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
