import type { SeriesNode, SeriesProblem } from "./build-sequence.js";
import type { SequenceSolution } from "./sequence-dp.js";

/** Solves a few series exactly together (the component search on a sub-problem). */
export type SolveGroup = (problems: SeriesProblem[]) => { solutions: SequenceSolution[] } | undefined;

/** A series' problem cut down by a neighbourhood, with each of its nodes' index in the full problem. */
export interface SubProblem {
  problem: SeriesProblem;
  index: number[];
}

/**
 * The problem with each node as `choose` gives it: the node itself, a changed
 * copy (forced, say), or undefined to drop it. Node order is kept, so the
 * sub-problem's DP is the full one's on fewer days.
 */
export function reshapeProblem(p: SeriesProblem, choose: (node: SeriesNode, n: number) => SeriesNode | undefined): SubProblem {
  const index: number[] = [];
  const nodes: SeriesNode[] = [];
  p.nodes.forEach((node, n) => {
    const kept = choose(node, n);
    if (kept === undefined) return;
    nodes.push(kept);
    index.push(n);
  });
  return { problem: { ...p, nodes }, index };
}

/** The sub-problems solved together by `solveGroup`, paths read back as indices of the full problems. */
export function solveSubProblems(subs: SubProblem[], solveGroup: SolveGroup): SequenceSolution[] | undefined {
  const result = solveGroup(subs.map((x) => x.problem));
  return result?.solutions.map((sol, s) => ({ path: sol.path.map((n) => subs[s]!.index[n]!), cost: sol.cost }));
}
