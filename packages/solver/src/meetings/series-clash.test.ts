import { compareText } from "@yishi/domain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SeriesContext } from "./analyse-series.js";
import type { SeriesNode, SeriesProblem } from "./build-sequence.js";
import { findClashCliques, type CliqueVertex } from "./clash-cliques.js";
import { buildClashGraph, hasSoftClash, occurrenceAt, type ClashRows } from "./series-clash.js";

/**
 * The clash graph against a clash test written here in minutes since
 * midnight: two occurrences clash when they share a day (an occurrence runs
 * over `runDays` consecutive days), their [start, end) intervals overlap, and
 * the series share a person or the occurrences a room. Only the fields the
 * graph reads are filled in.
 */

interface Made {
  people: string[];
  room: string | undefined;
  start: string;
  duration: number;
  /** Consecutive days each occurrence holds (the series' `days`); 1 when absent. */
  runDays?: number;
  /** date → pinned start/room (or null for an ordinary node). */
  nodes: [string, { start?: string; room?: string } | null][];
}

const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

/** `standIn`: the series lets its members (all but its convener, the first person) send stand-ins at this weight. */
function problem(m: Made, id: string, standIn?: number): SeriesProblem {
  const end = clock(Math.min(minutes(m.start) + m.duration, 23 * 60 + 59));
  const series = { id, pinned: [], ...(standIn !== undefined ? { standIn: { weight: standIn } } : {}) };
  const context = { index: 0, series, body: { convener: m.people[0] }, start: m.start, end, durationMinutes: m.duration, runDays: m.runDays ?? 1, expected: m.people, days: [], pinRuns: new Map(), notes: [], ...(m.room ? { room: m.room } : {}) } as unknown as SeriesContext;
  const nodes: SeriesNode[] = m.nodes.map(([date, pin], i) => ({ day: i, date, cost: 0, forced: pin !== null, span: -1, blocks: [], ...(pin ? { pinned: { date, ...pin } } : {}) }));
  return { nodes, spans: [], minGap: 1, maxGap: Infinity, gapCost: () => 0, positionCost: () => 0, startCost: () => 0, endCost: () => 0, emptyCost: 0, shortCost: 0, shortfallCost: Infinity, longGapCost: Infinity, context, relaxed: false, spanDays: [] };
}

/** The oracle: interval and room of one occurrence, from the made-up description directly. */
function slot(m: Made, n: number) {
  const [date, pin] = m.nodes[n]!;
  const from = minutes(pin?.start ?? m.start);
  return { date, from, to: Math.min(from + m.duration, 23 * 60 + 59), room: pin?.room ?? m.room };
}

/** Day numbers an occurrence holds, counted from 2026-03-01 (the dates below are all in March). */
const daysHeld = (m: Made, n: number) => {
  const first = Number(m.nodes[n]![0].slice(8));
  return Array.from({ length: m.runDays ?? 1 }, (_, k) => first + k);
};

function clashes(a: Made, n: number, b: Made, m: number): boolean {
  const x = slot(a, n);
  const y = slot(b, m);
  if (!daysHeld(a, n).some((d) => daysHeld(b, m).includes(d)) || x.from >= y.to || y.from >= x.to) return false;
  return a.people.some((p) => b.people.includes(p)) || (x.room !== undefined && x.room === y.room);
}

const DATES = ["2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06"];
const made: fc.Arbitrary<Made> = fc.record({
  people: fc.subarray(["a", "b", "c", "d", "e"], { minLength: 1, maxLength: 2 }),
  room: fc.constantFrom("r1", "r2", undefined),
  start: fc.constantFrom("09:00", "10:00", "10:30", "14:00", "23:00"),
  duration: fc.constantFrom(60, 90, 120),
  nodes: fc.uniqueArray(fc.tuple(fc.constantFrom(...DATES), fc.option(fc.record({ start: fc.constantFrom("09:00", "11:00", "14:30"), room: fc.constantFrom("r1", "r2") }, { requiredKeys: [] }), { nil: null })), { selector: ([d]) => d, maxLength: 4 }),
  runDays: fc.constantFrom(1, 1, 2, 3),
}).map((m) => ({ ...m, nodes: [...m.nodes].sort((x, y) => compareText(x[0], y[0])) }));

/** The nodes of s listed against each node m of t, in the order the graph gives them (empty: none). */
const rowsOf = (rows: ClashRows, count: number) => Array.from({ length: count }, (_, m) => [...rows.nodes.subarray(rows.start[m]!, rows.start[m + 1]!)]);

describe("buildClashGraph", () => {
  it("links exactly the occurrence pairs that clash, both ways, and lists exactly the series that can clash", () => {
    fc.assert(
      fc.property(fc.array(made, { minLength: 2, maxLength: 4 }), (series) => {
        const problems = series.map((m, i) => problem(m, `s${i}`));
        const { adjacent, neighbours } = buildClashGraph(problems);
        series.forEach((a, s) => {
          const expectedNeighbours: number[] = [];
          series.forEach((b, t) => {
            if (s === t) return;
            const rows = b.nodes.map((_, m) => a.nodes.flatMap((__, n) => (clashes(a, n, b, m) ? [n] : [])));
            if (rows.some((r) => r.length > 0)) {
              expectedNeighbours.push(t);
              expect(rowsOf(adjacent[s]![t]!, b.nodes.length).map((r) => [...r].sort((x, y) => x - y))).toEqual(rows);
            } else expect(adjacent[s]![t]).toBeUndefined();
          });
          expect(neighbours[s]).toEqual(expectedNeighbours);
        });
      }),
      { seed: 20261122, numRuns: 200 },
    );
  });

  it("reads a pinned occurrence's own start and room", () => {
    const a: Made = { people: ["a"], room: "r1", start: "09:00", duration: 90, nodes: [["2026-03-03", { start: "14:00", room: "r2" }], ["2026-03-04", null]] };
    const p = problem(a, "a");
    expect(occurrenceAt(p, 0)).toEqual({ date: "2026-03-03", start: "14:00", end: "15:30", room: "r2" });
    expect(occurrenceAt(p, 1)).toEqual({ date: "2026-03-04", start: "09:00", end: "10:30", room: "r1" });
    // Another series in r2 at 15:00 on the pinned day: overlaps 14:00–15:30 in the pinned room only.
    const b: Made = { people: ["z"], room: "r2", start: "15:00", duration: 60, nodes: [["2026-03-03", null], ["2026-03-04", null]] };
    const { adjacent } = buildClashGraph([p, problem(b, "b")]);
    expect(rowsOf(adjacent[1]![0]!, 2)).toEqual([[0], []]);
  });

  it("makes one clique of three from a triangle no single person or room forms", () => {
    // A–B share a person, B–C another, A–C a room; all on one morning.
    const day: [string, null][] = [["2026-03-03", null]];
    const A: Made = { people: ["p", "x"], room: "r1", start: "09:00", duration: 120, nodes: day };
    const B: Made = { people: ["p", "q"], room: "r2", start: "10:00", duration: 60, nodes: day };
    const C: Made = { people: ["q", "y"], room: "r1", start: "10:30", duration: 60, nodes: day };
    const problems = [A, B, C].map((m, i) => problem(m, `s${i}`));
    const { clash } = buildClashGraph(problems);
    const vertices: CliqueVertex[] = problems.map((_, s) => ({ s, n: 0, date: "2026-03-03" }));
    const cliques = findClashCliques(vertices, (u, v) => clash(u.s, u.n, v.s, v.n));
    expect(cliques.map((c) => c.members.map((m) => m.s).sort())).toEqual([[0, 1, 2]]);
  });

  it("covers every clashing pair by some clique, and every clique is pairwise clashing", () => {
    fc.assert(
      fc.property(fc.array(made, { minLength: 2, maxLength: 5 }), (series) => {
        const problems = series.map((m, i) => problem(m, `s${i}`));
        const { clash, vertices } = buildClashGraph(problems);
        const cliques = findClashCliques(vertices, (u, v) => u.s !== v.s && clash(u.s, u.n, v.s, v.n));
        const key = (x: { s: number; n: number }) => `${x.s}:${x.n}`;
        for (const c of cliques) {
          expect(c.members.length).toBeGreaterThanOrEqual(2);
          for (const u of c.members) for (const v of c.members) if (u !== v) expect(clashes(series[u.s]!, u.n, series[v.s]!, v.n)).toBe(true);
        }
        const occurrences = series.flatMap((m, s) => m.nodes.map((_, n) => ({ s, n })));
        for (const u of occurrences) {
          for (const v of occurrences) {
            if (u.s >= v.s || !clashes(series[u.s]!, u.n, series[v.s]!, v.n)) continue;
            expect(cliques.some((c) => c.members.some((m) => key(m) === key(u)) && c.members.some((m) => key(m) === key(v)))).toBe(true);
          }
        }
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  it("has a soft clash (hasSoftClash) exactly when the graph lists one", () => {
    let soft = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(made, fc.option(fc.constantFrom(10, 30), { nil: undefined })), { minLength: 2, maxLength: 4 }), (series) => {
        const problems = series.map(([m, standIn], i) => problem(m, `s${i}`, standIn));
        const listed = buildClashGraph(problems).soft.weight.length > 0;
        if (listed) soft++;
        expect(hasSoftClash(problems)).toBe(listed);
      }),
      { seed: 20261207, numRuns: 300 },
    );
    // The property means something only if both answers occur.
    expect(soft).toBeGreaterThan(10);
    expect(soft).toBeLessThan(290);
  });

  it("finds no soft clash in a room both series use, nor at times apart", () => {
    const day: [string, null][] = [["2026-03-03", null]];
    const A: Made = { people: ["c1", "p"], room: "r1", start: "09:00", duration: 60, nodes: day };
    const sameRoom: Made = { people: ["c2", "p"], room: "r1", start: "09:30", duration: 60, nodes: day };
    const later: Made = { people: ["c2", "p"], room: "r2", start: "10:00", duration: 60, nodes: day };
    const otherRoom: Made = { people: ["c2", "p"], room: "r2", start: "09:30", duration: 60, nodes: day };
    expect(hasSoftClash([problem(A, "a", 30), problem(sameRoom, "b", 30)])).toBe(false);
    expect(hasSoftClash([problem(A, "a", 30), problem(later, "b", 30)])).toBe(false);
    expect(hasSoftClash([problem(A, "a", 30), problem(otherRoom, "b", 30)])).toBe(true);
    // The shared person convenes the first series and the second allows no stand-in: the clash is hard.
    const convened: Made = { ...A, people: ["p", "c1"] };
    expect(hasSoftClash([problem(convened, "a", 30), problem(otherRoom, "b")])).toBe(false);
    expect(hasSoftClash([problem(convened, "a", 30), problem(otherRoom, "b", 30)])).toBe(true);
  });
});
