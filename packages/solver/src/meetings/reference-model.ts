import { maxOf } from "@yishi/domain";
import type { LpModel, LpTerm, LpConstraint, LpVariable } from "../backend/lp-model.js";
import { buildSeriesProblems } from "./build-problems.js";
import type { SeriesProblem } from "./build-sequence.js";
import type { PlanMeetingsInput } from "./meeting-input.js";
import { occurrenceAt, occurrenceDates, peopleClashWeight, shareDay, type Occurrence } from "./series-clash.js";
import { timesOverlap } from "./clock.js";

/**
 * The meetings problem as one whole 0/1 program, for a reference solver
 * (HiGHS and CBC in `pnpm bench`): per series, a unit flow from a source to a
 * sink through (day, count-in-span) states, with the paths and path costs of
 * the planner's DP; forced (pinned) days carry one unit; and for every two
 * series sharing a person, at most one of them on a day when their times
 * overlap, and in every room at most one occurrence at any moment. Its
 * optimum equals the planner's objective (without a re-plan's move counts),
 * so the harness can report the gap.
 */
export function buildMeetingsReferenceModel(input: PlanMeetingsInput): LpModel {
  const { contexts, build } = buildSeriesProblems(input);
  return buildComponentModel(contexts.map((c) => build(c, false))).model;
}

/** A component's whole 0/1 program, with which DP node each arc variable enters (to read a solution back). */
export function buildComponentModel(problems: SeriesProblem[]): { model: LpModel; arcNode: Map<string, { series: number; node: number }> } {
  const variables: LpVariable[] = [];
  const objective: LpTerm[] = [];
  const constraints: LpConstraint[] = [];
  const usage: LpTerm[][][] = [];
  const arcNode = new Map<string, { series: number; node: number }>();

  problems.forEach((p, s) => {
    const inflow = new Map<string, LpTerm[]>();
    const outflow = new Map<string, LpTerm[]>();
    const used: LpTerm[][] = p.nodes.map(() => []);
    let arc = 0;
    const add = (from: string, to: string, cost: number, node?: number) => {
      if (!Number.isFinite(cost)) return;
      const name = `s${s}a${arc++}`;
      variables.push({ name, type: "binary" });
      if (cost !== 0) objective.push({ variable: name, coefficient: cost });
      const term = { variable: name, coefficient: 1 };
      (outflow.get(from) ?? outflow.set(from, []).get(from)!).push(term);
      (inflow.get(to) ?? inflow.set(to, []).get(to)!).push(term);
      if (node !== undefined) {
        used[node]!.push(term);
        arcNode.set(name, { series: s, node });
      }
    };
    enumerateArcs(p, add);
    // One unit leaves the source and reaches the sink; every state keeps its flow.
    constraints.push({ name: `s${s}_source`, op: "=", rhs: 1, terms: outflow.get("src") ?? [] });
    for (const state of [...new Set([...inflow.keys(), ...outflow.keys()])].sort()) {
      if (state === "src" || state === "snk") continue;
      const terms = [...(inflow.get(state) ?? []), ...(outflow.get(state) ?? []).map((t) => ({ variable: t.variable, coefficient: -1 }))];
      constraints.push({ name: `s${s}_${state}`, op: "=", rhs: 0, terms });
    }
    p.nodes.forEach((node, n) => {
      if (node.forced) constraints.push({ name: `s${s}_pin${n}`, op: "=", rhs: 1, terms: used[n]! });
    });
    usage.push(used);
  });
  const occ = problems.map((p) => p.nodes.map((_, n) => occurrenceAt(p, n)));
  const names = new Set<string>();
  const unique = (name: string, suffix: string) => (names.has(name) ? `${name}_${suffix}` : name);
  const atMostOne = (name: string, members: { s: number; n: number }[]) => {
    names.add(name);
    constraints.push({ name, op: "<=", rhs: 1, terms: members.flatMap((m) => usage[m.s]![m.n]!) });
  };
  addPairClashes(problems, occ, atMostOne, unique);
  // A soft clash (a stand-in may go): both may be held, paying its weight through y ≥ x_a + x_b − 1.
  addSoftClashes(problems, occ, (name, a, b, weight) => {
    const y = `${name}_y`;
    variables.push({ name: y, type: "continuous", lower: 0, upper: 1 });
    objective.push({ variable: y, coefficient: weight });
    constraints.push({ name, op: "<=", rhs: 1, terms: [...usage[a.s]![a.n]!, ...usage[b.s]![b.n]!, { variable: y, coefficient: -1 }] });
  });
  addRoomCliques(problems, occ, atMostOne);
  return { model: { sense: "min", objective, variables, constraints }, arcNode };
}

type AtMostOne = (name: string, members: { s: number; n: number }[]) => void;

/**
 * Soft clashes, pair by pair of occurrences: two series whose shared people
 * may all send stand-ins (peopleClashWeight finite), one day, overlapping
 * times, not one room (a room clash is hard and addPairClashes' row).
 */
function addSoftClashes(problems: SeriesProblem[], occ: Occurrence[][], add: (name: string, a: { s: number; n: number }, b: { s: number; n: number }, weight: number) => void): void {
  for (let a = 0; a < problems.length; a++) {
    for (let b = a + 1; b < problems.length; b++) {
      const weight = peopleClashWeight(problems[a]!, problems[b]!);
      if (weight === undefined || weight === Infinity) continue;
      occ[a]!.forEach((x, i) =>
        occ[b]!.forEach((y, j) => {
          if (!shareDay(x, y) || !timesOverlap(x.start, x.end, y.start, y.end) || (x.room !== undefined && x.room === y.room)) return;
          add(`soft_${a}_${b}_n${i}_${j}`, { s: a, n: i }, { s: b, n: j }, weight);
        }),
      );
    }
  }
}

/** A one-day occurrence of a pool's node: its room's cliques (addRoomCliques) hold its room clashes. */
const inRoomCliques = (p: SeriesProblem, n: number, o: Occurrence) => p.nodes[n]!.room !== undefined && o.endDate === undefined;

/**
 * Clashes between two series sharing a person or a room: same day,
 * overlapping times. A pair's two pools on one day are one row (either
 * series holds at most one node a day, and when they share a person every
 * node of one clashes with every node of the other); a room clash involving
 * a pool is left to the room's cliques; every other clash is one row per
 * pair of occurrences (the whole model of specs without pools).
 */
function addPairClashes(problems: SeriesProblem[], occ: Occurrence[][], atMostOne: AtMostOne, unique: (name: string, suffix: string) => string): void {
  for (let a = 0; a < problems.length; a++) {
    for (let b = a + 1; b < problems.length; b++) {
      const pa = problems[a]!;
      const pb = problems[b]!;
      // Soft people clashes are addSoftClashes' rows.
      const people = peopleClashWeight(pa, pb) === Infinity;
      const clashes = (i: number, j: number) => {
        const x = occ[a]![i]!;
        const y = occ[b]![j]!;
        return !(pa.nodes[i]!.forced && pb.nodes[j]!.forced) && timesOverlap(x.start, x.end, y.start, y.end) && (people || (x.room !== undefined && x.room === y.room));
      };
      // Nodes of b by every day they hold (an occurrence may run over several).
      const byDate = new Map<string, number[]>();
      pb.nodes.forEach((_, j) => occurrenceDates(occ[b]![j]!).forEach((d) => byDate.set(d, [...(byDate.get(d) ?? []), j])));
      // Per day of a pair of pools sharing a person: one row for all their nodes, or (not every pair clashing) pair by pair.
      const dayRow = new Map<string, boolean>();
      const oneDay = (list: number[], o: Occurrence[], date: string) => list.filter((n) => o[n]!.date === date && o[n]!.endDate === undefined);
      pa.nodes.forEach((node, i) => {
        const x = occ[a]![i]!;
        const partners = [...new Set(occurrenceDates(x).flatMap((d) => byDate.get(d) ?? []))];
        for (const j of partners) {
          if (!clashes(i, j)) continue;
          const y = occ[b]![j]!;
          const sameDay = x.endDate === undefined && y.endDate === undefined && x.date === y.date;
          const pooled = node.room !== undefined || pb.nodes[j]!.room !== undefined;
          if (sameDay && pooled && people) {
            if (!dayRow.has(x.date)) {
              const mine = oneDay(pa.nodes.map((_, n) => n), occ[a]!, x.date);
              const theirs = oneDay(byDate.get(x.date) ?? [], occ[b]!, x.date);
              const whole = mine.every((m) => theirs.every((t) => clashes(m, t)));
              dayRow.set(x.date, whole);
              if (whole) atMostOne(`clash_${a}_${b}_${x.date}`, [...mine.map((n) => ({ s: a, n })), ...theirs.map((n) => ({ s: b, n }))]);
            }
            if (dayRow.get(x.date)) continue;
          }
          // One room, one day, a pool's node among the two: the room's cliques hold it.
          if (!people && sameDay && (inRoomCliques(pa, i, x) || inRoomCliques(pb, j, y))) continue;
          const name = pb.nodes[j]!.date === node.date ? `clash_${a}_${b}_${node.date}` : `clash_${a}_${b}_${node.date}_${pb.nodes[j]!.date}`;
          atMostOne(unique(name, `n${i}_${j}`), [{ s: a, n: i }, { s: b, n: j }]);
        }
      });
    }
  }
}

/**
 * Rooms of pools: in each room, on each day, at most one occurrence at any
 * moment — the maximal cliques of the day's intervals (the occurrences
 * holding each start time), every series' one-day occurrences in that room
 * included, written only where a pool's node takes part. Two pinned
 * occurrences are both held (kept as pinned): a clique with several pins is
 * written once per pin, with the others left out.
 */
function addRoomCliques(problems: SeriesProblem[], occ: Occurrence[][], atMostOne: AtMostOne): void {
  const groups = new Map<string, { s: number; n: number; start: string; end: string }[]>();
  const pooledGroups = new Set<string>();
  problems.forEach((p, s) =>
    p.nodes.forEach((node, n) => {
      const o = occ[s]![n]!;
      if (o.room === undefined || o.endDate !== undefined) return;
      const key = `${o.room}\u0000${o.date}`;
      (groups.get(key) ?? groups.set(key, []).get(key)!).push({ s, n, start: o.start, end: o.end });
      if (node.room !== undefined) pooledGroups.add(key);
    }),
  );
  const rooms = [...new Set([...pooledGroups].map((k) => k.split("\u0000")[0]!))].sort();
  for (const key of [...pooledGroups].sort()) {
    const [room, date] = key.split("\u0000") as [string, string];
    const members = groups.get(key)!;
    const points = [...new Set(members.map((m) => m.start))].sort();
    const sets = points.map((t) => members.filter((m) => m.start <= t && t < m.end));
    sets.forEach((set, i) => {
      // Only maximal sets: one held inside another (or an earlier equal one) says nothing more.
      if (set.length < 2 || sets.some((other, k) => k !== i && other.length >= set.length && set.every((m) => other.includes(m)) && (other.length > set.length || k < i))) return;
      if (!set.some((m) => problems[m.s]!.nodes[m.n]!.room !== undefined)) return;
      const pins = set.filter((m) => problems[m.s]!.nodes[m.n]!.forced);
      const free = set.filter((m) => !problems[m.s]!.nodes[m.n]!.forced);
      const name = `room${rooms.indexOf(room)}_${date}_${points[i]!.replace(":", "")}`;
      if (pins.length <= 1) atMostOne(name, set);
      else if (free.length > 0) pins.forEach((pin, k) => atMostOne(`${name}_p${k}`, [...free, pin]));
    });
  }
}

/**
 * The DP's arcs, with the same costs as `solveSequence` (strict problems: no
 * long-gap or pin-break arcs). A pool's nodes of one day (never a pinned one)
 * are one slot: entered and left once, its room chosen on parallel arcs
 * between the two (each its node's cost), so a day of r rooms adds r arcs,
 * not r times its arcs; every other node is its own slot, its arcs those of
 * the DP exactly.
 */
export function enumerateArcs(p: SeriesProblem, add: (from: string, to: string, cost: number, node?: number) => void): void {
  const usesSpans = p.spans.length > 0;
  const maxK = usesSpans ? maxOf(p.spans.map((s) => s.max), 1) : 1;
  const lastSpan = p.spans.length;
  const exit = (s: number, k: number) => {
    const span = p.spans[s];
    if (!span) return 0;
    let c = 0;
    if (k < span.min) c += p.shortfallCost * (span.min - k);
    if (k < span.target) c += p.shortCost * (span.target - Math.max(k, span.min));
    return c;
  };
  const skipped = (a: number, b: number) => {
    let c = 0;
    for (let s = a + 1; s < b; s++) c += exit(s, 0);
    return c;
  };
  const slots: number[][] = [];
  p.nodes.forEach((node, j) => {
    const last = slots.at(-1);
    const before = last === undefined ? undefined : p.nodes[last[0]!]!;
    if (last && before!.room !== undefined && node.room !== undefined && before!.day === node.day && !before!.forced && !node.forced) last.push(j);
    else slots.push([j]);
  });
  const firstForced = slots.findIndex((slot) => p.nodes[slot[0]!]!.forced);
  const lastForced = slots.map((slot) => p.nodes[slot[0]!]!.forced).lastIndexOf(true);
  // A slot's states: entered at `n<first node>k<count>`; a pool's day left at `d…` once its room is chosen.
  const enter = (g: number, k: number) => `n${slots[g]![0]}k${k}`;
  const leave = (g: number, k: number) => (slots[g]!.length === 1 ? enter(g, k) : `d${slots[g]![0]}k${k}`);
  if (firstForced < 0) add("src", "snk", p.emptyCost + skipped(-1, lastSpan));
  for (let g = 0; g < slots.length; g++) {
    const slot = slots[g]!;
    const j = slot[0]!;
    const nj = p.nodes[j]!;
    // A node alone carries its cost on the arcs entering it; a pool's day on the arc choosing its room.
    const own = slot.length === 1 ? nj.cost : 0;
    const node = slot.length === 1 ? j : undefined;
    const entered = new Set<number>();
    const into = (from: string, k: number, cost: number) => {
      if (Number.isFinite(cost)) entered.add(k);
      add(from, enter(g, k), cost, node);
    };
    if (firstForced < 0 || g <= firstForced) into("src", 1, own + p.startCost(nj) + skipped(-1, nj.span) + p.positionCost(nj, 1));
    for (let h = g - 1; h >= 0; h--) {
      const ni = p.nodes[slots[h]![0]!]!;
      const gap = nj.day - ni.day;
      if (gap > p.maxGap) break;
      if (gap >= p.minGap) {
        for (let k = 1; k <= maxK; k++) {
          let k2 = 1;
          let c = p.gapCost(gap) + own;
          if (usesSpans && ni.span === nj.span) {
            k2 = k + 1;
            if (k2 > p.spans[nj.span]!.max) continue;
          } else if (usesSpans) c += exit(ni.span, k) + skipped(ni.span, nj.span);
          into(leave(h, k), k2, c + p.positionCost(nj, k2));
        }
      }
      if (ni.forced) break;
    }
    if (slot.length > 1) for (const k of [...entered].sort((x, y) => x - y)) for (const n of slot) add(enter(g, k), leave(g, k), p.nodes[n]!.cost, n);
    if (g >= lastForced) for (let k = 1; k <= maxK; k++) add(leave(g, k), "snk", p.endCost(nj) + (usesSpans ? exit(nj.span, k) + skipped(nj.span, lastSpan) : 0));
  }
}
