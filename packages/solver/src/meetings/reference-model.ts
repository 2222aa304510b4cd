import { maxOf } from "@yishi/domain";
import type { LpModel, LpTerm, LpConstraint, LpVariable } from "../backend/lp-model.js";
import { buildSeriesProblems } from "./build-problems.js";
import type { SeriesProblem } from "./build-sequence.js";
import type { PlanMeetingsInput } from "./meeting-input.js";
import { occurrenceAt, occurrenceDates, sharePeople } from "./series-clash.js";
import { timesOverlap } from "./clock.js";

/**
 * The meetings problem as one whole 0/1 program, for a reference solver
 * (HiGHS in `pnpm bench`): per series, a unit flow from a source to a sink
 * through (day, count-in-span) states, with exactly the arcs and arc costs of
 * the planner's DP; forced (pinned) days carry one unit; and for every two
 * series sharing a room or a person, at most one of them on a day when their
 * times overlap. Its optimum equals the planner's objective (without a
 * re-plan's move counts), so the harness can report the gap.
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

  // Clashes: two series sharing a room or people, same day, overlapping times.
  for (let a = 0; a < problems.length; a++) {
    for (let b = a + 1; b < problems.length; b++) {
      const pa = problems[a]!;
      const pb = problems[b]!;
      const people = sharePeople(pa, pb);
      // Nodes of b by every day they hold (an occurrence may run over several).
      const byDate = new Map<string, number[]>();
      pb.nodes.forEach((_, j) => occurrenceDates(occurrenceAt(pb, j)).forEach((d) => byDate.set(d, [...(byDate.get(d) ?? []), j])));
      pa.nodes.forEach((node, i) => {
        const x = occurrenceAt(pa, i);
        const partners = [...new Set(occurrenceDates(x).flatMap((d) => byDate.get(d) ?? []))];
        for (const j of partners) {
          if (node.forced && pb.nodes[j]!.forced) continue;
          const y = occurrenceAt(pb, j);
          if (!timesOverlap(x.start, x.end, y.start, y.end) || !(people || (x.room !== undefined && x.room === y.room))) continue;
          const name = pb.nodes[j]!.date === node.date ? `clash_${a}_${b}_${node.date}` : `clash_${a}_${b}_${node.date}_${pb.nodes[j]!.date}`;
          constraints.push({ name, op: "<=", rhs: 1, terms: [...usage[a]![i]!, ...usage[b]![j]!] });
        }
      });
    }
  }
  return { model: { sense: "min", objective, variables, constraints }, arcNode };
}

/** The DP's arcs, in the same order and with the same costs as `solveSequence` (strict problems: no long-gap or pin-break arcs). */
export function enumerateArcs(p: SeriesProblem, add: (from: string, to: string, cost: number, node?: number) => void): void {
  const n = p.nodes.length;
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
  const firstForced = p.nodes.findIndex((x) => x.forced);
  const lastForced = p.nodes.map((x) => x.forced).lastIndexOf(true);
  const st = (i: number, k: number) => `n${i}k${k}`;
  if (firstForced < 0) add("src", "snk", p.emptyCost + skipped(-1, lastSpan));
  for (let j = 0; j < n; j++) {
    const nj = p.nodes[j]!;
    if (firstForced < 0 || j <= firstForced) add("src", st(j, 1), nj.cost + p.startCost(nj) + skipped(-1, nj.span) + p.positionCost(nj, 1), j);
    for (let i = j - 1; i >= 0; i--) {
      const ni = p.nodes[i]!;
      const gap = nj.day - ni.day;
      if (gap > p.maxGap) break;
      if (gap >= p.minGap) {
        for (let k = 1; k <= maxK; k++) {
          let k2 = 1;
          let c = p.gapCost(gap) + nj.cost;
          if (usesSpans && ni.span === nj.span) {
            k2 = k + 1;
            if (k2 > p.spans[nj.span]!.max) continue;
          } else if (usesSpans) c += exit(ni.span, k) + skipped(ni.span, nj.span);
          add(st(i, k), st(j, k2), c + p.positionCost(nj, k2), j);
        }
      }
      if (ni.forced) break;
    }
    if (j >= lastForced) for (let k = 1; k <= maxK; k++) add(st(j, k), "snk", p.endCost(nj) + (usesSpans ? exit(nj.span, k) + skipped(nj.span, lastSpan) : 0));
  }
}
