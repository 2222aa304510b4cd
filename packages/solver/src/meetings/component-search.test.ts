import { describe, expect, it } from "vitest";
import type { SeriesNode, SeriesProblem } from "./build-sequence.js";
import { improveDual, type ClashClique } from "./lagrangian-bound.js";
import { restrictProblem } from "./repair-neighbourhood.js";
import { resolveClashes } from "./resolve-clashes.js";
import { searchWithLagrangian } from "./lagrangian-search.js";
import { findComponents } from "./plan-meetings.js";
import { solveSequence, type SequenceSolution } from "./sequence-dp.js";
import { createTestRandom, gapSeriesProblem } from "./test-sequence-problems.js";
import { createWorkMeter, withWorkMeter } from "./work-meter.js";

/**
 * The component search (Lagrangian bound, heuristics, neighbourhood repair,
 * branch and bound) against brute force on tiny coupled instances: the bound
 * never exceeds the true optimum, the plan is clash-free and never better
 * than the optimum, and "optimal" is claimed only when it is the optimum.
 */

const date = (day: number) => `2026-03-${String(day + 1).padStart(2, "0")}`;

/** A series every 5–9 days over 30 days, starting within 9 days and ending within 9 of the end. */
function series(rand: () => number, id: string, people: string[], room: string, start: string, end: string, pool?: number[]): SeriesProblem {
  const days = [...new Set(Array.from({ length: 9 }, () => (pool ? pool[Math.floor(rand() * pool.length)]! : Math.floor(rand() * 30))))].sort((a, b) => a - b);
  const nodes: SeriesNode[] = days.map((day) => ({ day, date: date(day), cost: Math.floor(rand() * 5), forced: false, span: -1, blocks: [] }));
  return gapSeriesProblem(id, nodes, { people, room, start, end, horizon: 30 });
}

/** Every distinct path a series can take (the DP's best within each subset of its days). */
function allPaths(p: SeriesProblem): SequenceSolution[] {
  const seen = new Map<string, SequenceSolution>();
  const n = p.nodes.length;
  for (let mask = 0; mask < 1 << n; mask++) {
    const sol = solveSequence(p, (i) => !(mask & (1 << i)));
    if (sol) seen.set(sol.path.join(","), sol);
  }
  return [...seen.values()];
}

function clashes(problems: SeriesProblem[], a: number, pa: number[], b: number, pb: number[]): boolean {
  const x = problems[a]!.context;
  const y = problems[b]!.context;
  const overlap = x.start < y.end && y.start < x.end;
  const share = x.room === y.room || x.expected.some((q) => y.expected.includes(q));
  if (!overlap || !share) return false;
  const days = new Set(pa.map((n) => problems[a]!.nodes[n]!.day));
  return pb.some((n) => days.has(problems[b]!.nodes[n]!.day));
}

/** Brute force over every choice of paths, every clash hard. */
function bruteForce(problems: SeriesProblem[]): number {
  return bruteForceSoft(problems, () => undefined);
}

/** A chain of five series: neighbours share a person at the same time, so groups are smaller than the component. */
function chain(seed: number): SeriesProblem[] {
  const rand = createTestRandom(seed);
  // Days drawn from a shared pool (like series on the same weekdays), so optima often coincide.
  const pool = [1, 2, 3, 7, 8, 9, 10, 14, 15, 16, 17, 21, 22, 23, 24, 28];
  return [0, 1, 2, 3, 4].map((i) => series(rand, `s${i}`, [`p${i}`, `p${i + 1}`], `room${i}`, "09:00", "10:30", pool));
}

describe("resolveClashes: component search", () => {
  it("bound ≤ brute-force optimum ≤ plan cost; clash-free; optimal only when equal", () => {
    let checked = 0;
    for (let seed = 1; checked < 12 && seed < 200; seed++) {
      const problems = chain(seed);
      const optimum = bruteForce(problems);
      const result = resolveClashes(problems, { nodeLimit: 1_000 });
      if (!Number.isFinite(optimum)) {
        expect(result).toBeUndefined();
        continue;
      }
      // Only instances where the series clash alone are of interest.
      const alone = problems.reduce((t, p) => t + solveSequence(p)!.cost, 0);
      if (alone === optimum) continue;
      checked++;
      expect(result).toBeDefined();
      const r = result!;
      expect(r.bound).toBeLessThanOrEqual(optimum);
      expect(r.objective).toBeGreaterThanOrEqual(optimum);
      if (r.optimal) expect(r.objective).toBe(optimum);
      for (let a = 0; a < problems.length; a++) for (let b = a + 1; b < problems.length; b++) expect(clashes(problems, a, r.solutions[a]!.path, b, r.solutions[b]!.path)).toBe(false);
      expect(r.solutions.reduce((t, s) => t + s.cost, 0)).toBe(r.objective);
    }
    expect(checked).toBe(12);
  });

  it("a work limit stops the search early, and what it returns stays honest: bound ≤ optimum ≤ plan, optimal only when equal", () => {
    let stopped = 0;
    for (let seed = 1; seed < 200 && stopped < 8; seed++) {
      const problems = chain(seed);
      const optimum = bruteForce(problems);
      if (!Number.isFinite(optimum) || problems.reduce((t, p) => t + solveSequence(p)!.cost, 0) === optimum) continue;
      const free = createWorkMeter(Infinity);
      withWorkMeter(free, () => resolveClashes(problems, { nodeLimit: 1_000 }));
      // A tenth of what the search spends unhindered: it must stop well short of its own end.
      const meter = createWorkMeter(free.spent / 10);
      const result = withWorkMeter(meter, () => resolveClashes(problems, { nodeLimit: 1_000 }));
      expect(meter.spent).toBeLessThan(free.spent);
      stopped++;
      // No plan found within the limit is an honest answer too: the planner then relaxes and says so.
      if (!result) continue;
      expect(result.bound).toBeLessThanOrEqual(optimum);
      expect(result.objective).toBeGreaterThanOrEqual(optimum);
      if (result.optimal) expect(result.objective).toBe(optimum);
      for (let a = 0; a < problems.length; a++) for (let b = a + 1; b < problems.length; b++) expect(clashes(problems, a, result.solutions[a]!.path, b, result.solutions[b]!.path)).toBe(false);
      // The same limit, the same answer: the limit is a count, not a time.
      const again = withWorkMeter(createWorkMeter(free.spent / 10), () => resolveClashes(problems, { nodeLimit: 1_000 }));
      expect(again).toEqual(result);
    }
    expect(stopped).toBe(8);
  });
});

describe("resolveClashes: a spent work limit", () => {
  it("still returns the plan of series that do not clash (their own optima, proved)", () => {
    // Different people and rooms: no clash, each series at its own optimum (the first seed where both have a plan).
    let problems: SeriesProblem[] = [];
    for (let seed = 1; problems.length === 0 || problems.some((p) => !solveSequence(p)); seed++) {
      const rand = createTestRandom(seed);
      problems = [series(rand, "a", ["p1"], "r1", "09:00", "10:00"), series(rand, "b", ["p2"], "r2", "09:00", "10:00")];
    }
    for (const list of [problems.slice(0, 1), problems]) {
      const result = withWorkMeter(createWorkMeter(0), () => resolveClashes(list, { nodeLimit: 1_000 }));
      expect(result).toBeDefined();
      expect(result!.optimal).toBe(true);
      expect(result!.objective).toBe(list.reduce((t, p) => t + solveSequence(p)!.cost, 0));
    }
  });
});

describe("improveDual: Lagrangian bound", () => {
  it("never exceeds the brute-force optimum and never falls below the independent optimum", () => {
    for (let seed = 1; seed <= 15; seed++) {
      const problems = chain(seed * 7);
      const optimum = bruteForce(problems);
      if (!Number.isFinite(optimum)) continue;
      // Cliques: the two series of each shared person, on each day both may use.
      const cliques: ClashClique[] = [];
      for (let s = 0; s + 1 < problems.length; s++) {
        problems[s]!.nodes.forEach((node, n) => {
          const m = problems[s + 1]!.nodes.findIndex((x) => x.day === node.day);
          if (m >= 0) cliques.push({ members: [{ s, n }, { s: s + 1, n: m }] });
        });
      }
      const independent = problems.reduce((t, p) => t + solveSequence(p)!.cost, 0);
      for (const deflection of [0, 0.5]) {
        const dual = improveDual({
          nodeCounts: problems.map((p) => p.nodes.length),
          cliques,
          solve: (s, extra) => solveSequence(problems[s]!, () => false, (n) => extra[n]!),
          onFeasible: () => {},
          upper: () => optimum,
          iterations: 300,
          patience: 20,
          deflection,
        });
        expect(dual.bound).toBeLessThanOrEqual(optimum);
        expect(dual.bound).toBeGreaterThanOrEqual(independent);
      }
    }
  });
});

/** The two series of each shared person, on each day both may use (the chain's cliques). */
/** The search on a chain from zero multipliers and the series' own optima as the root bound; `iterations` per node, three times that at the root. */
function searchChain(problems: SeriesProblem[], cliques: ClashClique[], alone: number, nodeLimit: number, iterations: number, caller: Pick<Parameters<typeof searchWithLagrangian>[0], "offer" | "upper">) {
  return searchWithLagrangian({
    problems,
    cliques,
    forced: (s, n) => problems[s]!.nodes[n]!.forced,
    ...caller,
    rootLambda: new Float64Array(cliques.length),
    rootBound: alone,
    rootForbidden: problems.map(() => new Set<number>()),
    nodeLimit,
    rootIterations: 3 * iterations,
    nodeIterations: iterations,
  });
}

function chainCliques(problems: SeriesProblem[]): ClashClique[] {
  const cliques: ClashClique[] = [];
  for (let s = 0; s + 1 < problems.length; s++) {
    problems[s]!.nodes.forEach((node, n) => {
      const m = problems[s + 1]!.nodes.findIndex((x) => x.day === node.day);
      if (m >= 0) cliques.push({ members: [{ s, n }, { s: s + 1, n: m }] });
    });
  }
  return cliques;
}

/** The first `count` chains whose series clash at their own optima (the search has work to do), with their brute-force optimum. */
function coupledChains(count: number) {
  const out: { problems: SeriesProblem[]; optimum: number; alone: number; cliques: ClashClique[] }[] = [];
  for (let seed = 1; out.length < count && seed < 200; seed++) {
    const problems = chain(seed * 13);
    const optimum = bruteForce(problems);
    const alone = problems.reduce((t, p) => t + (solveSequence(p)?.cost ?? Infinity), 0);
    if (Number.isFinite(optimum) && alone !== optimum) out.push({ problems, optimum, alone, cliques: chainCliques(problems) });
  }
  return out;
}

describe("searchWithLagrangian: branch and bound with re-optimised multipliers", () => {
  it("proves the brute-force optimum; its bound never passes it; every plan it offers is clash-free", () => {
    let proved = 0;
    const instances = coupledChains(10);
    for (const { problems, optimum, alone, cliques } of instances) {
      let best = Infinity;
      // `cutoff` pretends an incumbent of that cost exists: fixing and pruning must still keep every cheaper plan.
      const search = (nodeLimit: number, cutoff = Infinity, iterations = 20) =>
        searchChain(problems, cliques, alone, nodeLimit, iterations, {
          offer: (sols) => {
            for (let a = 0; a < sols.length; a++) for (let b = a + 1; b < sols.length; b++) expect(clashes(problems, a, sols[a]!.path, b, sols[b]!.path)).toBe(false);
            const cost = sols.reduce((t, x) => t + x.cost, 0);
            expect(cost).toBeGreaterThanOrEqual(optimum - 1e-9);
            best = Math.min(best, Math.round(cost));
          },
          upper: () => Math.min(best, cutoff),
        });
      // A small budget leaves a valid bound; a large one closes the gap.
      const small = search(2);
      expect(Math.min(small.bound, best)).toBeLessThanOrEqual(optimum);
      best = Infinity;
      const large = search(5_000);
      expect(Math.min(large.bound, best)).toBeLessThanOrEqual(optimum);
      if (large.bound >= best) {
        expect(best).toBe(optimum);
        proved++;
      }
      best = Infinity;
      // Few subgradient steps: weak bounds, so the tree and the fixing do the work.
      const cut = search(5_000, optimum + 1, 2);
      expect(Math.min(cut.bound, best)).toBeLessThanOrEqual(optimum);
    }
    expect(instances).toHaveLength(10);
    expect(proved).toBe(10);
  });

  it("stopped after any number of nodes, its open children's bounds (the parent's value plus the measured lifts) never pass the optimum", () => {
    const instances = coupledChains(10);
    for (const { problems, optimum, alone, cliques } of instances) {
      for (const cutoff of [Infinity, optimum + 1]) {
        for (let nodeLimit = 1; nodeLimit <= 12; nodeLimit++) {
          // Plans found are kept apart from the cutoff: open nodes are pruned only against it, so they carry the proof.
          let offered = Infinity;
          const result = searchChain(problems, cliques, alone, nodeLimit, 2, {
            offer: (sols) => (offered = Math.min(offered, Math.round(sols.reduce((t, x) => t + x.cost, 0)))),
            upper: () => cutoff,
          });
          expect(Math.min(result.bound, offered)).toBeLessThanOrEqual(optimum);
        }
      }
    }
    expect(instances).toHaveLength(10);
  });

  it("hands the heuristic each node's fractional plan: per series a share of each day, adding up to a path's length", () => {
    let calls = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const problems = chain(seed * 13);
      const alone = problems.reduce((t, p) => t + (solveSequence(p)?.cost ?? Infinity), 0);
      if (!Number.isFinite(alone)) continue;
      // The fewest and most days any path of each series holds.
      const lengths = problems.map((p) => allPaths(p).map((x) => x.path.length));
      searchWithLagrangian({
        problems,
        cliques: chainCliques(problems),
        forced: (s, n) => problems[s]!.nodes[n]!.forced,
        offer: () => {},
        upper: () => Infinity,
        heuristic: (_forbidden, _extra, usage) => {
          calls++;
          expect(usage).toBeDefined();
          usage!.forEach((u, s) => {
            for (const x of u) expect(x >= 0 && x <= 1 + 1e-9).toBe(true);
            const days = u.reduce((t, x) => t + x, 0);
            expect(days).toBeGreaterThanOrEqual(Math.min(...lengths[s]!) - 1e-9);
            expect(days).toBeLessThanOrEqual(Math.max(...lengths[s]!) + 1e-9);
          });
        },
        rootLambda: new Float64Array(chainCliques(problems).length),
        rootBound: alone,
        rootForbidden: problems.map(() => new Set<number>()),
        nodeLimit: 5,
        rootIterations: 20,
        nodeIterations: 10,
      });
    }
    expect(calls).toBeGreaterThanOrEqual(10);
  });
});

/**
 * Brute force over every choice of paths, where `weight(s)` (when defined)
 * is what each day series s and s + 1 both meet costs (stand-ins on that
 * link) instead of being forbidden; every other clash is hard.
 */
function bruteForceSoft(problems: SeriesProblem[], weight: (s: number) => number | undefined): number {
  const paths = problems.map(allPaths);
  let best = Infinity;
  const chosen: number[][] = [];
  const go = (s: number, cost: number) => {
    if (cost >= best) return;
    if (s === problems.length) {
      best = cost;
      return;
    }
    for (const sol of paths[s]!) {
      let extra = 0;
      if (chosen.some((path, t) => t !== s - 1 && clashes(problems, t, path, s, sol.path))) continue;
      if (s > 0 && clashes(problems, s - 1, chosen[s - 1]!, s, sol.path)) {
        const w = weight(s - 1);
        if (w === undefined) continue;
        extra = w * sharedDays(problems, s - 1, chosen[s - 1]!, s, sol.path);
      }
      chosen.push(sol.path);
      go(s + 1, cost + sol.cost + extra);
      chosen.pop();
    }
  };
  go(0, 0);
  return best;
}

function sharedDays(problems: SeriesProblem[], a: number, pa: number[], b: number, pb: number[]): number {
  const days = new Set(pa.map((n) => problems[a]!.nodes[n]!.day));
  return pb.filter((n) => days.has(problems[b]!.nodes[n]!.day)).length;
}

describe("searchWithLagrangian with soft clashes (stand-ins)", () => {
  it("branches on the stand-ins a node's optima pay: proves the brute-force optimum, also where every optimal plan pays some", () => {
    let instances = 0;
    let paying = 0;
    let pinned = 0;
    for (let seed = 1; instances < 16 && seed < 400; seed++) {
      let problems = chain(seed * 17);
      // Half the instances hold series 0's first day pinned: its stand-ins are costs from the root on.
      if (seed % 2 === 1) problems = [{ ...problems[0]!, nodes: problems[0]!.nodes.map((x, n) => (n === 0 ? { ...x, forced: true } : x)) }, ...problems.slice(1)];
      // Every other link allows stand-ins, at 1–6 a day.
      const weight = (s: number) => (s % 2 === 0 ? 1 + (seed % 6) : undefined);
      const optimum = bruteForceSoft(problems, weight);
      const hard = bruteForce(problems);
      const alone = problems.reduce((t, p) => t + (solveSequence(p)?.cost ?? Infinity), 0);
      if (!Number.isFinite(optimum) || alone === optimum) continue;
      instances++;
      if (optimum < hard) paying++;
      if (seed % 2 === 1) pinned++;
      const cliques = chainCliques(problems).map((c) => {
        const w = weight(c.members[0]!.s);
        return w === undefined ? c : { ...c, cap: w };
      });
      const total = (sols: SequenceSolution[]) => sols.reduce((t, x, s) => t + x.cost + (s > 0 && weight(s - 1) !== undefined ? weight(s - 1)! * sharedDays(problems, s - 1, sols[s - 1]!.path, s, x.path) : 0), 0);
      let best = Infinity;
      const search = (nodeLimit: number, iterations = 20) =>
        searchChain(problems, cliques, alone, nodeLimit, iterations, {
          offer: (sols) => {
            // Offered plans keep every hard rule; their stand-ins are the caller's to count.
            for (let a = 0; a < sols.length; a++) for (let b = a + 1; b < sols.length; b++) if (b !== a + 1 || weight(a) === undefined) expect(clashes(problems, a, sols[a]!.path, b, sols[b]!.path)).toBe(false);
            const cost = total(sols.map((x) => ({ path: x.path, cost: Math.round(x.cost) })));
            expect(cost).toBeGreaterThanOrEqual(optimum);
            best = Math.min(best, cost);
          },
          upper: () => best,
        });
      const small = search(2);
      expect(Math.min(small.bound, best)).toBeLessThanOrEqual(optimum);
      best = Infinity;
      const large = search(5_000);
      expect(Math.min(large.bound, best)).toBeLessThanOrEqual(optimum);
      expect(best).toBe(optimum);
      expect(large.bound).toBeGreaterThanOrEqual(best);
      // Few subgradient steps: weak bounds, so the branching on stand-ins does the work, and still proves.
      best = Infinity;
      const weak = search(5_000, 1);
      expect(best).toBe(optimum);
      expect(weak.bound).toBeGreaterThanOrEqual(best);
    }
    expect(instances).toBe(16);
    // Instances whose optimum needs stand-ins (no plan without any is as cheap), and pinned ones, are among them.
    expect(paying).toBeGreaterThanOrEqual(4);
    expect(pinned).toBeGreaterThanOrEqual(4);
  });
});

describe("restrictProblem", () => {
  it("solves like the full problem with the other days excluded, mapped back to its node indices", () => {
    const rand = createTestRandom(3);
    for (let trial = 0; trial < 40; trial++) {
      const p = series(rand, "s", ["a"], "r", "09:00", "10:30");
      const keep = p.nodes.map(() => rand() < 0.7);
      const { problem, index } = restrictProblem(p, (n) => keep[n]!);
      const sub = solveSequence(problem);
      const full = solveSequence(p, (n) => !keep[n]);
      expect(sub?.cost).toBe(full?.cost);
      if (sub && full) expect(sub.path.map((n) => index[n])).toEqual(full.path);
    }
  });
});

describe("findComponents", () => {
  it("joins series only when they can clash: a shared person or room at overlapping times", () => {
    const rand = createTestRandom(11);
    const morning = series(rand, "a", ["mayor", "x"], "r1", "09:00", "10:30");
    const afternoon = series(rand, "b", ["mayor", "y"], "r1", "14:30", "16:00");
    const overrun = series(rand, "c", ["z"], "r1", "10:00", "11:30");
    const apart = series(rand, "d", ["w"], "r2", "09:00", "10:30");
    // Same person and room, different times of day: never the same moment, so solved apart.
    expect(findComponents([morning, afternoon])).toEqual([[0], [1]]);
    // The same room at overlapping times joins them; another room and other people stays apart.
    expect(findComponents([morning, afternoon, overrun, apart])).toEqual([[0, 2], [1], [3]]);
    // A pinned occurrence moved into the morning joins the afternoon series too.
    const pinnedNode: SeriesNode = { ...afternoon.nodes[0]!, forced: true, pinned: { date: afternoon.nodes[0]!.date, start: "09:30" } as SeriesNode["pinned"] };
    const moved = { ...afternoon, nodes: [pinnedNode, ...afternoon.nodes.slice(1)] };
    expect(findComponents([morning, moved])).toEqual([[0, 1]]);
  });
});
