import type { LpBackend } from "../backend/lp-model.js";
import { createJsLpSolverBackend } from "../backend/js-lp-solver-backend.js";
import { toAssignmentLpModel } from "./assignment-lp-model.js";
import { closes } from "./assignment-bound.js";
import { indexPairs, scoreAssignment, type AssignmentProblem, type AssignmentResult, type PairIndex } from "./assignment-problem.js";
import { excludePairsByBound } from "./exclude-pairs.js";

/**
 * Placements up to which an unproved assignment is handed to branch and cut
 * (a dense tableau: rows × placements per pivot). A quarter's agenda of a
 * real government has 20–711 (the province bench: median 182).
 */
export const PROOF_MAX_PAIRS = 800;

/**
 * Branch-and-bound nodes the proof may spend: a count, so the answer is the
 * same on every machine. On the 408 province governments (of 1,000) whose
 * agendas the Lagrangian bounds left unproved, 20 nodes proved 104 (every one
 * at CBC's optimum) for 24 ms per program tried; 50 nodes proved 115 for
 * 58 ms, 200 nodes 124 for 284 ms: the few more are not worth the time.
 */
export const PROOF_NODES = 20;

export interface AssignmentProof {
  /** The plan proved optimal: the search's own when it is optimal, else the better one branch and cut found. */
  meetingOf: number[];
  objective: number;
  /** What proved it: "branch-and-cut" (on the whole program or on the pairs left), or "excluded-pairs" (the item-priced bound once they were left out). */
  kind: "branch-and-cut" | "excluded-pairs";
  note: string;
}

/**
 * Proves a small assignment optimal where the Lagrangian bounds fall short:
 * the whole 0/1 program, solved by branch and cut within PROOF_NODES nodes
 * (javascript-lp-solver, the default back end, with its mixed-integer
 * rounding cuts). Failing that, the placements no better plan can use are
 * excluded (exclude-pairs.ts) and the smaller program is tried the same way:
 * its optimum, or the incumbent when that is higher, is the whole program's.
 * A back end's answer is never taken on trust: the optimum is read back into
 * a plan, checked against the problem's eligibility and limits and valued
 * (scoreAssignment). Undefined when the program is too large, the nodes run
 * out, or an answer is not a valid plan of the value the back end reported.
 */
export async function proveAssignment(problem: AssignmentProblem, found: Pick<AssignmentResult, "meetingOf" | "objective">, backend: LpBackend = createJsLpSolverBackend()): Promise<AssignmentProof | undefined> {
  if (problem.pairs.length > PROOF_MAX_PAIRS) return undefined;
  const index = indexPairs(problem);
  const whole = await solveProgram(problem, problem, index, backend);
  // On the whole program an optimum below the plan in hand is a wrong answer.
  if (whole !== undefined && whole.objective >= found.objective) return provedBy("branch-and-cut", `branch and cut (${whole.backend}, at most ${PROOF_NODES} nodes)`, found, whole);
  const excluded = excludePairsByBound(problem, found.objective, index);
  if (closes(excluded.bound, found.objective)) return provedBy("excluded-pairs", "item-priced knapsack bounds, once the placements that cannot beat the plan were excluded", found, undefined);
  const kept = await solveProgram(problem, excluded.problem, index, backend);
  if (kept === undefined) return undefined;
  const pairs = `${excluded.problem.pairs.length} of ${problem.pairs.length} placements`;
  return provedBy("branch-and-cut", `branch and cut (${kept.backend}, at most ${PROOF_NODES} nodes) on the ${pairs} a better plan could use (the rest excluded by item-priced bounds)`, found, kept);
}

/** The proof's answer: the plan in hand, or the better one the back end found. */
function provedBy(kind: AssignmentProof["kind"], how: string, found: Pick<AssignmentResult, "meetingOf" | "objective">, solved: { meetingOf: number[]; objective: number } | undefined): AssignmentProof {
  const better = solved !== undefined && solved.objective > found.objective;
  return {
    meetingOf: better ? solved.meetingOf : found.meetingOf,
    objective: better ? solved.objective : found.objective,
    kind,
    note: `proved optimal by ${how}${better ? `, which also found a better plan (${found.objective} → ${solved.objective})` : ""}`,
  };
}

/**
 * The optimum of `program` (the problem, or it with fewer pairs) by branch
 * and cut within PROOF_NODES nodes, as a plan of `problem` checked and valued
 * there; undefined when not proved or not a valid plan of the value reported.
 */
async function solveProgram(problem: AssignmentProblem, program: AssignmentProblem, index: PairIndex, backend: LpBackend): Promise<{ meetingOf: number[]; objective: number; backend: string } | undefined> {
  const solved = await backend.solve(toAssignmentLpModel(program), { nodeLimit: PROOF_NODES, cuts: true });
  if (solved.status !== "optimal" || !solved.integral) return undefined;
  const meetingOf = problem.items.map(() => -1);
  for (const p of program.pairs) {
    if (p.weight > 0 && Math.round(solved.values.get(`x_${p.item}_${p.meeting}`) ?? 0) === 1) {
      if (meetingOf[p.item] !== -1) return undefined;
      meetingOf[p.item] = p.meeting;
    }
  }
  const score = scoreAssignment(problem, index, meetingOf);
  if ("fault" in score || Math.abs(score.total - solved.objective) > 0.5) return undefined;
  return { meetingOf, objective: score.total, backend: solved.backend };
}
