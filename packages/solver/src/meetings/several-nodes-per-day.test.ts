import { describe, expect, it } from "vitest";
import { solveSequence, withoutDayGroups, type SequenceNode, type SequenceProblem } from "./sequence-dp.js";
import { createWorkMeter, withWorkMeter } from "./work-meter.js";
import { costThroughNodes } from "./sequence-through.js";
import { createTestRandom, randomSequenceProblem } from "./test-sequence-problems.js";

/**
 * A room pool gives a series several DP nodes a day, one per room, with the
 * day's costs plus the room's. The DP must treat them as one choice per day:
 * never two on one day (their gap, 0, is below minGap), a day counted once in
 * its span, a pin or a required node on a day shutting out the others. So a
 * problem with several nodes a day must solve exactly like the same problem
 * with each day's cheapest node alone (whose DP the brute-force tests check),
 * the path holding distinct days and a cheapest node of each.
 */

/** Each free node of `p` repeated as 1–3 nodes of its day (costs raised by 0–3), pins kept alone; with each node's day group. */
function spreadOverRooms(p: SequenceProblem, rand: () => number): { wide: SequenceProblem; group: number[] } {
  const nodes: SequenceNode[] = [];
  const group: number[] = [];
  p.nodes.forEach((node, g) => {
    const rooms = node.forced ? 1 : 1 + Math.floor(rand() * 3);
    for (let r = 0; r < rooms; r++) {
      nodes.push({ ...node, cost: node.cost + (r === 0 ? 0 : Math.floor(rand() * 4)) });
      group.push(g);
    }
  });
  return { wide: { ...p, nodes }, group };
}

/** The day-level problem: each group's cheapest node (the one the wide problem's optimum must use). */
function cheapestPerDay(wide: SequenceProblem, group: number[], base: SequenceProblem, out: (i: number) => boolean = () => false): SequenceProblem {
  const nodes = base.nodes.map((node, g) => {
    const costs = wide.nodes.map((n, i) => ({ n, i })).filter(({ i }) => group[i] === g && !out(i));
    return costs.length === 0 ? undefined : { ...node, cost: Math.min(...costs.map(({ n }) => n.cost)) };
  });
  return { ...base, nodes: nodes.filter((n): n is SequenceNode => n !== undefined) };
}

describe("several DP nodes a day (a room pool)", () => {
  it("solves like each day's cheapest node alone, never two nodes on one day, spans counting days", () => {
    const rand = createTestRandom(23);
    let several = 0;
    for (let trial = 0; trial < 200; trial++) {
      const base = randomSequenceProblem(rand, { days: 12, forcedRate: 0.08, spans: trial % 2 === 0, relaxed: trial % 4 === 1 });
      const { wide, group } = spreadOverRooms(base, rand);
      expect(wide.minGap).toBeGreaterThan(0);
      const out = wide.nodes.map(() => rand() < 0.1);
      const sol = solveSequence(wide, (i) => out[i]!);
      const day = solveSequence(cheapestPerDay(wide, group, base, (i) => out[i]! && !wide.nodes[i]!.forced));
      expect(sol?.cost).toBe(day?.cost);
      if (!sol) continue;
      const days = sol.path.map((n) => wide.nodes[n]!.day);
      expect(new Set(days).size).toBe(days.length);
      for (const n of sol.path) {
        const sameDay = wide.nodes.filter((x, i) => group[i] === group[n] && !(out[i] && !x.forced));
        expect(wide.nodes[n]!.cost).toBe(Math.min(...sameDay.map((x) => x.cost)));
      }
      if (sol.path.length > 0 && wide.nodes.length > base.nodes.length) several++;
    }
    expect(several).toBeGreaterThan(100);
  });

  it("a node required on a day (forced, as the Lagrangian search branches) shuts out the day's other rooms", () => {
    const rand = createTestRandom(29);
    let checked = 0;
    for (let trial = 0; trial < 120; trial++) {
      const base = randomSequenceProblem(rand, { days: 12, forcedRate: 0, spans: trial % 2 === 0 });
      const { wide, group } = spreadOverRooms(base, rand);
      // The dearest node of a day of several rooms: required, it must be taken over its cheaper siblings.
      const candidates = wide.nodes.map((_, i) => i).filter((i) => group.filter((g) => g === group[i]).length > 1);
      if (candidates.length === 0) continue;
      const pick = candidates[Math.floor(rand() * candidates.length)]!;
      const required = { ...wide, nodes: wide.nodes.map((n, i) => (i === pick ? { ...n, forced: true } : n)) };
      const sol = solveSequence(required);
      // The same day alone with that node's cost, forced: the day-level problem the required one must equal.
      const alone = { ...base, nodes: base.nodes.map((n, g) => (g === group[pick] ? { ...n, cost: wide.nodes[pick]!.cost, forced: true } : n)) };
      const siblingsAway = solveSequence(cheapestPerDay(required, group, alone, (i) => group[i] === group[pick] && i !== pick));
      expect(sol?.cost).toBe(siblingsAway?.cost);
      if (!sol) continue;
      expect(sol.path).toContain(pick);
      expect(sol.path.filter((n) => group[n] === group[pick])).toEqual([pick]);
      checked++;
    }
    expect(checked).toBeGreaterThan(60);
  });

  it("costThroughNodes: through a room of a day is the day's best path with that room's cost", () => {
    const rand = createTestRandom(31);
    let finite = 0;
    for (let trial = 0; trial < 80; trial++) {
      const base = randomSequenceProblem(rand, { days: 12, forcedRate: 0.06, spans: trial % 2 === 0 });
      const { wide, group } = spreadOverRooms(base, rand);
      const through = costThroughNodes(wide, () => false);
      const day = cheapestPerDay(wide, group, base);
      const dayThrough = costThroughNodes(day, () => false);
      wide.nodes.forEach((node, i) => {
        const want = dayThrough[group[i]!]! + node.cost - day.nodes[group[i]!]!.cost;
        if (Number.isFinite(want)) finite++;
        expect(through[i]).toBe(want);
      });
    }
    expect(finite).toBeGreaterThan(500);
  });
});

describe("the day-grouped DP (several nodes a day summed up per day)", () => {
  it("gives the node-by-node loop's path, cost and step count, with pins and required rooms, exclusions, prices and relaxed limits", () => {
    const rand = createTestRandom(37);
    let grouped = 0;
    for (let trial = 0; trial < 300; trial++) {
      const base = randomSequenceProblem(rand, { days: 14, forcedRate: 0.06, spans: trial % 2 === 0, relaxed: trial % 3 === 1, pinBreaks: trial % 5 === 2 });
      const { wide } = spreadOverRooms(base, rand);
      // Some rooms required (forced among their day's siblings), some excluded, every node priced.
      const nodes = wide.nodes.map((n) => (rand() < 0.04 ? { ...n, forced: true } : n));
      const p = { ...wide, nodes };
      const out = Uint8Array.from(nodes, () => (rand() < 0.1 ? 1 : 0));
      const extra = Float64Array.from(nodes, () => Math.floor(rand() * 5) - 2);
      const run = () => {
        const meter = createWorkMeter(Infinity);
        const sol = withWorkMeter(meter, () => solveSequence(p, out, extra));
        return { sol, steps: meter.spent };
      };
      const byDay = run();
      const byNode = withoutDayGroups(run);
      expect(byDay).toEqual(byNode);
      if (byDay.sol && nodes.length > base.nodes.length) grouped++;
    }
    expect(grouped).toBeGreaterThan(100);
  });
});
