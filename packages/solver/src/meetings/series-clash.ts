import { softClashWeight, type PinnedOccurrence } from "@yishi/domain";
import { addDays, eachDay } from "@yishi/calendar";
import { addMinutes, timesOverlap } from "./clock.js";
import type { SeriesProblem } from "./build-sequence.js";
import type { CliqueVertex } from "./clash-cliques.js";

/** One occurrence: its day (through `endDate` when held over several, sitting start–end each day), times and room. */
export interface Occurrence {
  date: string;
  endDate?: string;
  start: string;
  end: string;
  room?: string;
}

export function occurrenceAt(problem: SeriesProblem, nodeIndex: number): Occurrence {
  const node = problem.nodes[nodeIndex]!;
  return occurrenceOn(problem.context, node.date, node.pinned, node.room);
}

/**
 * An occurrence of the series starting on `date`: a pin's own start, days and
 * room where it gives them; else `room` (the one a pool's node holds), else
 * the series' one room.
 */
export function occurrenceOn(ctx: SeriesProblem["context"], date: string, pinned?: PinnedOccurrence, room?: string): Occurrence {
  const start = pinned?.start ?? ctx.start;
  const where = pinned?.room ?? room ?? ctx.room;
  const days = pinned?.days ?? ctx.runDays;
  return {
    date,
    ...(days > 1 ? { endDate: addDays(date, days - 1) } : {}),
    start,
    end: pinned?.start ? addMinutes(start, ctx.durationMinutes) : ctx.end,
    ...(where !== undefined ? { room: where } : {}),
  };
}

/** Every day an occurrence holds. */
export function occurrenceDates(o: Occurrence): string[] {
  return o.endDate === undefined ? [o.date] : eachDay(o.date, o.endDate);
}

/** Whether two occurrences share a day (ISO dates compare as strings). */
export function shareDay(x: Occurrence, y: Occurrence): boolean {
  return x.date <= (y.endDate ?? y.date) && y.date <= (x.endDate ?? x.date);
}

/** Nodes of one series clashing with each node of another, as rows: nodes[start[m] .. start[m+1]) clash with node m. */
export interface ClashRows {
  start: Int32Array;
  nodes: Int32Array;
}

/**
 * Pairs of series whose people clashes are soft: weight[i] names the pair
 * (s < t) and its weight per clash; rows[i] lists, for each node m of t, the
 * nodes of s it soft-clashes with (as ClashRows).
 */
export interface SoftClashes {
  weight: { s: number; t: number; weight: number }[];
  rows: ClashRows[];
}

/** True when the two series share a person or (at a given occurrence) a room. */
export function sharePeople(a: SeriesProblem, b: SeriesProblem): boolean {
  const set = new Set(a.context.expected);
  return b.context.expected.some((p) => set.has(p));
}

/**
 * What a clash through people costs between two series: undefined when they
 * share no one; Infinity when it is hard; else the weight of the stand-ins it
 * needs (softClashWeight of the domain: the series' standIn, never the convener).
 */
export function peopleClashWeight(a: SeriesProblem, b: SeriesProblem): number | undefined {
  const set = new Set(a.context.expected);
  const shared = b.context.expected.filter((p) => set.has(p));
  if (shared.length === 0) return undefined;
  return softClashWeight(a.context, b.context, shared) ?? Infinity;
}

/** The same problem with no stand-in allowed: every clash through people is hard (same nodes, so paths map back). */
export function withoutStandIns(p: SeriesProblem): SeriesProblem {
  if (p.context.series.standIn === undefined) return p;
  const { standIn: _, ...series } = p.context.series;
  return { ...p, context: { ...p.context, series } };
}

/**
 * Whether two of the series have a soft clash (a stand-in may go): a pair
 * whose shared people may all send stand-ins, with two occurrences on one
 * day at overlapping times in different rooms, exactly when buildClashGraph
 * lists `soft` clashes. It stops at the first and builds no graph: planMeetings
 * asks it of every component to decide whether to plan it first without
 * stand-ins, and the whole graph is built again by the search anyway.
 */
export function hasSoftClash(problems: SeriesProblem[]): boolean {
  const occ: (Occurrence[] | undefined)[] = [];
  const occurrencesOf = (s: number) => (occ[s] ??= problems[s]!.nodes.map((_, n) => occurrenceAt(problems[s]!, n)));
  for (let s = 0; s < problems.length; s++) {
    for (let t = s + 1; t < problems.length; t++) {
      const w = peopleClashWeight(problems[s]!, problems[t]!);
      if (w === undefined || w === Infinity) continue;
      const byDate = new Map<string, Occurrence[]>();
      for (const x of occurrencesOf(s)) for (const d of occurrenceDates(x)) byDate.set(d, [...(byDate.get(d) ?? []), x]);
      for (const y of occurrencesOf(t)) {
        for (const d of occurrenceDates(y)) {
          for (const x of byDate.get(d) ?? []) if (timesOverlap(x.start, x.end, y.start, y.end) && (x.room === undefined || x.room !== y.room)) return true;
        }
      }
    }
  }
  return false;
}

/**
 * Who can clash with whom, read once per component: two occurrences clash
 * when they share a day at overlapping times and share a person or a room.
 * adjacent[s][t] lists, for each node m of t, the nodes of s that clash with
 * it (one at most, unless an occurrence runs over several days);
 * neighbours[s] lists the series that can clash with s at all; nodesOn[s]
 * gives the nodes of s holding a date. Soft clashes (stand-ins allowed) are
 * apart: `soft` lists each pair once (s < t), softAdjacent[s][t] and
 * softNeighbours[s] read them from either side with their weight.
 */
export function buildClashGraph(problems: SeriesProblem[]) {
  const k = problems.length;
  // People clashes: hard (Infinity), soft (a weight: a stand-in may go) or none (undefined).
  const weights = problems.map((a) => problems.map((b) => (a === b ? undefined : peopleClashWeight(a, b))));
  const people = weights.map((row) => row.map((w) => w === Infinity));
  const occ = problems.map((p) => p.nodes.map((_, n) => occurrenceAt(p, n)));
  const nodesOn = occ.map((list) => {
    const byDate = new Map<string, number[]>();
    list.forEach((o, n) => {
      for (const d of occurrenceDates(o)) {
        const at = byDate.get(d);
        if (at === undefined) byDate.set(d, [n]);
        else at.push(n);
      }
    });
    return byDate;
  });
  const clash = (s: number, n: number, t: number, m: number) => {
    const x = occ[s]![n]!;
    const y = occ[t]![m]!;
    if (!shareDay(x, y) || !timesOverlap(x.start, x.end, y.start, y.end)) return false;
    return people[s]![t]! || (x.room !== undefined && x.room === y.room);
  };
  const adjacent: (ClashRows | undefined)[][] = problems.map(() => problems.map(() => undefined));
  const neighbours: number[][] = problems.map(() => []);
  for (let s = 0; s < k; s++) {
    for (let t = 0; t < k; t++) {
      if (s === t) continue;
      const start = new Int32Array(problems[t]!.nodes.length + 1);
      const found: number[] = [];
      occ[t]!.forEach((y, m) => {
        start[m] = found.length;
        const days = occurrenceDates(y);
        for (const d of days) {
          for (const n of nodesOn[s]!.get(d) ?? []) {
            // A node met again on a later day of a multi-day occurrence is listed once.
            if (days.length > 1 && found.lastIndexOf(n) >= start[m]!) continue;
            if (clash(s, n, t, m)) found.push(n);
          }
        }
      });
      start[problems[t]!.nodes.length] = found.length;
      if (found.length > 0) {
        adjacent[s]![t] = { start, nodes: Int32Array.from(found) };
        neighbours[s]!.push(t);
      }
    }
  }
  // Soft clashes: same day, overlapping times, shared people who may send stand-ins, and no hard clash (a shared room).
  const soft: SoftClashes = { weight: [], rows: [] };
  // The same rows both ways, as adjacent holds the hard ones: softAdjacent[s][t] lists, per node of t, the nodes of s.
  const softAdjacent: ({ rows: ClashRows; weight: number } | undefined)[][] = problems.map(() => problems.map(() => undefined));
  const softNeighbours: number[][] = problems.map(() => []);
  for (let s = 0; s < k; s++) {
    for (let t = 0; t < k; t++) {
      if (s === t) continue;
      const w = weights[s]![t];
      if (w === undefined || w === Infinity) continue;
      const start = new Int32Array(problems[t]!.nodes.length + 1);
      const found: number[] = [];
      occ[t]!.forEach((y, m) => {
        start[m] = found.length;
        const days = occurrenceDates(y);
        for (const d of days) {
          for (const n of nodesOn[s]!.get(d) ?? []) {
            if (days.length > 1 && found.lastIndexOf(n) >= start[m]!) continue;
            const x = occ[s]![n]!;
            if (shareDay(x, y) && timesOverlap(x.start, x.end, y.start, y.end) && !clash(s, n, t, m)) found.push(n);
          }
        }
      });
      start[problems[t]!.nodes.length] = found.length;
      if (found.length > 0) {
        const rows = { start, nodes: Int32Array.from(found) };
        softAdjacent[s]![t] = { rows, weight: w };
        softNeighbours[s]!.push(t);
        if (s < t) {
          soft.weight.push({ s, t, weight: w });
          soft.rows.push(rows);
        }
      }
    }
  }
  // One clique vertex per day an occurrence holds: an occurrence over several days joins the cliques of each.
  const vertices: CliqueVertex[] = nodesOn.flatMap((byDate, s) => [...byDate].flatMap(([date, list]) => list.map((n) => ({ s, n, date }))));
  /**
   * Two occurrences of which at most one is held, as the clash cliques read
   * them: two series' clashing occurrences, or one series' two nodes of one
   * day (the rooms of a pool: the DP takes at most one a day). Without the
   * second, k series sharing a person on a day with a pool of r rooms each
   * would make r^k maximal cliques (one per choice of rooms) instead of one,
   * each weaker. Two pinned occurrences never: both are held.
   */
  const excludes = (a: CliqueVertex, b: CliqueVertex) => {
    if (problems[a.s]!.nodes[a.n]!.forced && problems[b.s]!.nodes[b.n]!.forced) return false;
    if (a.s === b.s) return a.n !== b.n && problems[a.s]!.nodes[a.n]!.day === problems[a.s]!.nodes[b.n]!.day;
    return clash(a.s, a.n, b.s, b.n);
  };
  return { nodesOn, clash, excludes, adjacent, neighbours, vertices, soft, softAdjacent, softNeighbours };
}
