import { maxOf } from "@yishi/domain";
import { indexPairs, type AssignmentProblem, type PairIndex } from "./assignment-problem.js";
import { boundAssignment, DEFLECTION } from "./assignment-bound.js";

/**
 * Rounded-weight bound (a Chvátal–Gomory argument on the objective): for a
 * step s, every weight satisfies w ≤ s·⌈w/s⌉ with ⌈w/s⌉ a whole number, so any
 * assignment's objective is at most s times its "rounded" objective Σ⌈w/s⌉,
 * which is a whole number no larger than ⌊B⌋ for any upper bound B of the
 * rounded problem. The flooring is what the LP and the Lagrangian cannot do:
 * on the benchmark (weights 20·priority − 3·lateness) the rounded problem
 * with s = 20 is "maximise the placed priority", whose LP optimum is 428.52
 * at 300 items / 26 meetings, so no plan is worth more than 20·428 = 8560,
 * where the LP bound says 8570.3 (and CBC's cuts 8566.1).
 */
/** The LP steps aim this far below the goal (see BoundOptions.lpStepTarget): 0.95 reached 428.52 of 428.52 at 300 items. */
const STEP_AIM = 0.95;

export function roundedWeightBound(problem: AssignmentProblem, step: number, target: number, lpIterations = 3000): number {
  const rounded: AssignmentProblem = {
    items: problem.items,
    meetings: problem.meetings,
    // Pairs of weight ≤ 0 are never worth using (indexPairs drops them), so they stay out here too.
    pairs: problem.pairs.filter((p) => p.weight > 0).map((p) => ({ item: p.item, meeting: p.meeting, weight: Math.ceil(p.weight / step) })),
  };
  // Proving `target` needs the rounded bound below ⌊target / step⌋ + 1: its own stop test.
  // One knapsack round at the LP's item prices (never weaker than the LP) keeps the cost to one LP solve.
  // Deflected LP steps: nothing is built from these prices, so only their value counts. At 1,000 items /
  // 52 meetings, seeds 1–20 of both bench generators (37 with a step), against plain steps the bound came
  // out 2–4 lower on three bimodal seeds (one then proved optimal), 2 higher on one, the same on the rest.
  const goal = Math.floor(target / step);
  const { bound } = boundAssignment(rounded, indexPairs(rounded), { target: goal, lpStepTarget: goal * STEP_AIM, lpDeflection: DEFLECTION, lpIterations, knapsackIterations: 1 });
  return step * Math.floor(bound + 1e-6);
}

/**
 * Steps worth trying for the incumbent `meetingOf`: the bound is never below
 * s·Σ⌈w/s⌉ over the incumbent's pairs, i.e. the incumbent plus its rounding
 * slack, so only steps whose slack is below the step can gain; the best
 * `limit` by step minus slack (ties by the smaller step).
 */
export function chooseRoundingSteps(problem: AssignmentProblem, index: PairIndex, meetingOf: readonly number[], limit = 1, maxStep = 200): number[] {
  const placed: number[] = [];
  meetingOf.forEach((m, i) => {
    if (m >= 0) placed.push(index.byItem[i]!.find((p) => p.meeting === m)!.weight);
  });
  const maxWeight = maxOf(problem.pairs.map((p) => p.weight), 0);
  const scored: { step: number; score: number }[] = [];
  for (let s = 2; s <= Math.min(maxStep, maxWeight); s++) {
    let slack = 0;
    for (const w of placed) slack += s * Math.ceil(w / s) - w;
    if (slack < s) scored.push({ step: s, score: s - slack });
  }
  scored.sort((a, b) => b.score - a.score || a.step - b.step);
  return scored.slice(0, limit).map((x) => x.step);
}
