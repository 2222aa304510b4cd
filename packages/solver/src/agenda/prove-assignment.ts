import type { LpBackend } from "../backend/lp-model.js";
import { createJsLpSolverBackend } from "../backend/js-lp-solver-backend.js";
import { toAssignmentLpModel } from "./assignment-lp-model.js";
import { indexPairs, scoreAssignment, type AssignmentProblem, type AssignmentResult } from "./assignment-problem.js";

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
  note: string;
}

/**
 * Proves a small assignment optimal where the Lagrangian bounds fall short:
 * the whole 0/1 program, solved by branch and cut within PROOF_NODES nodes
 * (javascript-lp-solver, the default back end, with its mixed-integer
 * rounding cuts). The search's answer is never taken on trust: the optimum is
 * read back into a plan, checked against the problem's eligibility and limits
 * and valued (scoreAssignment). Undefined when the program is too large, the nodes run
 * out, or its answer is not a valid plan at least as good as the search's (a
 * back end's rounding never makes a claim).
 */
export async function proveAssignment(problem: AssignmentProblem, found: Pick<AssignmentResult, "meetingOf" | "objective">, backend: LpBackend = createJsLpSolverBackend()): Promise<AssignmentProof | undefined> {
  if (problem.pairs.length > PROOF_MAX_PAIRS) return undefined;
  const model = toAssignmentLpModel(problem);
  const solved = await backend.solve(model, { nodeLimit: PROOF_NODES, cuts: true });
  if (solved.status !== "optimal" || !solved.integral) return undefined;
  const meetingOf = problem.items.map(() => -1);
  for (const p of problem.pairs) {
    if (p.weight > 0 && Math.round(solved.values.get(`x_${p.item}_${p.meeting}`) ?? 0) === 1) {
      if (meetingOf[p.item] !== -1) return undefined;
      meetingOf[p.item] = p.meeting;
    }
  }
  const score = scoreAssignment(problem, indexPairs(problem), meetingOf);
  if ("fault" in score) return undefined;
  const objective = score.total;
  // Its value must be the program's optimum it reported, and no worse than the plan in hand.
  if (Math.abs(objective - solved.objective) > 0.5 || objective < found.objective) return undefined;
  const better = objective > found.objective;
  return {
    meetingOf: better ? meetingOf : found.meetingOf,
    objective,
    note: `proved optimal by branch and cut (${solved.backend}, at most ${PROOF_NODES} nodes)${better ? `, which also found a better plan (${found.objective} → ${objective})` : ""}`,
  };
}
