import { evaluateAssignment, indexPairs, type AssignmentProblem, type PairIndex } from "./assignment-problem.js";
import { closes, lpDualBound } from "./assignment-bound.js";
import { improveAssignment } from "./improve-assignment.js";
import { rollAssignment } from "./roll-assignment.js";

/**
 * Where the LP steps aim, as a share of the goal (see BoundOptions.lpStepTarget):
 * the roll depends on which near-optimal prices the steps end at. At 1,000
 * items / 52 meetings, polished rolls from 0.9, 0.97 and 0.99 reached 1,139,
 * from 0.95 1,138, so two aims are tried, the second only when the first fails.
 */
const STEP_AIMS = [0.97, 0.9];

/**
 * A start aimed at the rounded-weight bound (see rounded-bound.ts): only the
 * pairs whose weight is a whole multiple of `step` (no rounding slack), with
 * weights w/step, are kept, and that smaller problem gets its own LP-priced
 * time-ordered roll and polish. Any plan of it is a plan of the original
 * worth exactly step times its value, so when the rounded bound is nearly
 * tight this looks for a plan meeting it. On the benchmark (step 20: on-time
 * pairs, "maximise placed priority") it found placed priority 1,139 all on
 * time (22,780), where the starts on the original weights stop at 1,139 with
 * one meeting late (22,777). Returns the best start found, or undefined when
 * the restricted problem's LP bound shows it cannot beat `incumbent`.
 */
export function rollRoundedStart(problem: AssignmentProblem, step: number, incumbent: number, lpIterations = 3000, maxSweeps?: number): number[] | undefined {
  const exact: AssignmentProblem = {
    items: problem.items,
    meetings: problem.meetings,
    pairs: problem.pairs.filter((p) => p.weight > 0 && p.weight % step === 0).map((p) => ({ item: p.item, meeting: p.meeting, weight: p.weight / step })),
  };
  // Beating the incumbent needs a value of at least ⌊incumbent / step⌋ + 1.
  const goal = Math.floor(incumbent / step);
  const index: PairIndex = indexPairs(exact);
  let best: { meetingOf: number[]; value: number } | undefined;
  for (const aim of STEP_AIMS) {
    const lp = lpDualBound(exact, index, goal * aim, lpIterations, goal);
    if (closes(lp.bound, goal)) break;
    const meetingOf = rollAssignment(exact, index, lp.alpha, lp.beta);
    improveAssignment(exact, index, meetingOf, maxSweeps);
    const value = evaluateAssignment(exact, index, meetingOf);
    if (best === undefined || value > best.value) best = { meetingOf, value };
    if (value > goal) break;
  }
  return best?.meetingOf;
}
