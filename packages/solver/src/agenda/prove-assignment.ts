import type { LpBackend } from "../backend/lp-model.js";
import { createJsLpSolverBackend } from "../backend/js-lp-solver-backend.js";
import { toAssignmentLpModel } from "./assignment-lp-model.js";
import { closes } from "./assignment-bound.js";
import { indexPairs, scoreAssignment, type AssignmentProblem, type AssignmentResult, type PairIndex } from "./assignment-problem.js";
import { excludePairsByBound } from "./exclude-pairs.js";
import { CUT_LIMITS, cutAssignmentBound } from "./cut-assignment-bound.js";
import type { CutLimits, CutResult } from "../lp/bound-with-cuts.js";

/**
 * Placements up to which branch and cut (step 2 below, javascript-lp-solver)
 * is tried. A quarter's agenda of a real government has 20–711 (the
 * province bench: median 182); a year's, 380–3,780. The cut bounds (steps 1
 * and 3) take any program whose tableau fits CUT_MAX_CELLS, within
 * CUT_LIMITS.
 */
export const PROOF_MAX_PAIRS = 800;

/**
 * Placements up to which the exclusion (step 3 below) is tried: its
 * Lagrangian steps grow with the program (the year agendas of 32 province
 * governments, up to 3,695 placements: at most 0.17 s each; the bench's
 * 1,000 items into 52 meetings, 6,177 placements: 5.4 s). A year's agenda
 * of a real government has at most about 3,780.
 */
export const EXCLUSION_MAX_PAIRS = 4_000;

/**
 * Branch-and-bound nodes the proof may spend: a count, so the answer is the
 * same on every machine. On the 408 province governments (of 1,000) whose
 * agendas the Lagrangian bounds left unproved, 20 nodes proved 104 (every one
 * at CBC's optimum) for 24 ms per program tried; 50 nodes proved 115 for
 * 58 ms, 200 nodes 124 for 284 ms: the few more are not worth the time.
 */
export const PROOF_NODES = 20;

export interface AssignmentProof {
  /** The plan proved optimal: the search's own when it is optimal, else the better one the cut bound or branch and cut found. */
  meetingOf: number[];
  objective: number;
  /**
   * What proved it: "cutting-planes" (the LP bound with rounding cuts, on the
   * whole program or on the pairs left), "branch-and-cut" (javascript-lp-solver
   * on the whole program) or "excluded-pairs" (the item-priced bound once the
   * placements that cannot beat the plan were left out).
   */
  kind: "cutting-planes" | "branch-and-cut" | "excluded-pairs";
  note: string;
}

/**
 * Proves an assignment optimal where the Lagrangian bounds fall short,
 * trying in turn, cheapest and strongest first:
 * 1. the LP bound with rounds of cover cuts, mixed-integer rounding cuts and
 *    reduced-cost fixing (cut-assignment-bound.ts), in safe arithmetic, and
 *    when that falls short, again with count cuts (at most K items placed in
 *    all, then in each two consecutive meetings); when its LP point comes
 *    out whole and better, that plan is taken;
 * 2. up to PROOF_MAX_PAIRS placements, branch and cut on the whole 0/1
 *    program within PROOF_NODES nodes (javascript-lp-solver, the default
 *    back end), which may also find a better plan;
 * 3. up to EXCLUSION_MAX_PAIRS placements, the placements no better plan
 *    can use excluded (exclude-pairs.ts), and the cut bound again on the
 *    rest: a better plan lies within them, so their bound closing on the
 *    plan proves it. On a year's agendas this keeps a quarter to nine
 *    tenths of the placements (gov-00067: 675 of 2,573).
 * A back end's answer is never taken on trust: its optimum is read back into
 * a plan, checked against the problem's eligibility and limits and valued
 * (scoreAssignment). Undefined when nothing closes (or the program is too
 * large for any step).
 *
 * On the 408 province agendas (of 1,000) whose Lagrangian bounds fall short,
 * step 1 proves 407, nine of them with a better plan its LP found whole,
 * and step 3 the last (gov-00675), for 16 ms a program (377 without the
 * count cuts and the rows' scaling, 122 with branch and cut in place of the
 * cut bound). Step 2 proves none of them now, but stays: it is cheap beside
 * the search. Planned for 2026, the first 100 province governments' agendas
 * are all proved but three (2,647–3,695 placements, which take up to 4.3 s
 * to give up); step 3 proves 3 of them (one with a better plan) in at most
 * 2.9 s each.
 */
export async function proveAssignment(problem: AssignmentProblem, found: Pick<AssignmentResult, "meetingOf" | "objective">, backend: LpBackend = createJsLpSolverBackend(), cutLimits: CutLimits = CUT_LIMITS): Promise<AssignmentProof | undefined> {
  return (await attemptAssignmentProof(problem, found, backend, cutLimits)).proof;
}

/** What a proof attempt gives: the proof, or without one the least bound its steps proved. */
export interface AssignmentProofAttempt {
  proof?: AssignmentProof;
  /**
   * Without a proof: no plan is worth more than this (∞ when no step gave a
   * bound). The cut bounds hold for the plans better than their value and
   * the exclusion's for those better than the plan in hand, so each, raised
   * to that value, bounds every plan.
   */
  bound: number;
  /** Which step gave `bound`: the LP bound with cuts, or the item-priced bound of the exclusion (absent when none). */
  boundBy?: "cutting-planes" | "excluded-pairs";
}

/**
 * proveAssignment's steps, keeping the least bound they prove when none
 * closes: where the search's own bound is far off (gov-00452 of the province
 * bench planned for 2026: 105 items, meetings with no item cap, a search
 * bound 1.6 % above the plan), the LP with cuts is a far better account of
 * what is left to gain.
 */
export async function attemptAssignmentProof(problem: AssignmentProblem, found: Pick<AssignmentResult, "meetingOf" | "objective">, backend: LpBackend = createJsLpSolverBackend(), cutLimits: CutLimits = CUT_LIMITS): Promise<AssignmentProofAttempt> {
  let open: AssignmentProofAttempt = { bound: Number.POSITIVE_INFINITY };
  const tighten = (stepBound: number, value: number, boundBy: AssignmentProofAttempt["boundBy"]) => {
    if (Math.max(stepBound, value) < open.bound) open = { bound: Math.max(stepBound, value), boundBy };
    return open;
  };
  const cut = cutAssignmentBound(problem, found.objective, cutLimits);
  if (closes(cut.bound, cut.value)) return { proof: provedBy("cutting-planes", cutNote(cut), found, cut.plan), bound: cut.value };
  tighten(cut.bound, cut.value, "cutting-planes");
  // Past EXCLUSION_MAX_PAIRS (above PROOF_MAX_PAIRS) neither step below runs.
  if (problem.pairs.length > EXCLUSION_MAX_PAIRS) return open;
  const index = indexPairs(problem);
  const whole = problem.pairs.length > PROOF_MAX_PAIRS ? undefined : await solveProgram(problem, index, backend);
  // On the whole program an optimum below the plan in hand is a wrong answer.
  if (whole !== undefined && whole.objective >= found.objective) return { proof: provedBy("branch-and-cut", `branch and cut (${whole.backend}, at most ${PROOF_NODES} nodes)`, found, whole), bound: whole.objective };
  const excluded = excludePairsByBound(problem, found.objective, index);
  if (closes(excluded.bound, found.objective)) return { proof: provedBy("excluded-pairs", "item-priced knapsack bounds, once the placements that cannot beat the plan were excluded", found, undefined), bound: found.objective };
  tighten(excluded.bound, found.objective, "excluded-pairs");
  const kept = cutAssignmentBound(excluded.problem, found.objective, cutLimits);
  if (!closes(kept.bound, kept.value)) return tighten(kept.bound, kept.value, "cutting-planes");
  const pairs = `${excluded.problem.pairs.length} of ${problem.pairs.length} placements`;
  return { proof: provedBy("cutting-planes", `${cutNote(kept)} on the ${pairs} a better plan could use (the rest excluded by item-priced bounds)`, found, kept.plan), bound: kept.value };
}

function cutNote(cut: CutResult & { count?: number; groups?: number }): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const parts = [
    ...(cut.count === undefined ? [] : [`a count cut (at most ${plural(cut.count, "item")} placed)`]),
    ...(cut.groups === undefined ? [] : [`count cuts on ${plural(cut.groups, "pair")} of consecutive meetings`]),
    `${plural(cut.cuts.length, "cover and mixed-integer rounding cut")} (${plural(cut.rounds, "round")})`,
  ];
  return `the LP bound with ${parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`}`;
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
 * The optimum of the whole program by branch and cut within PROOF_NODES
 * nodes, checked and valued as a plan of the problem; undefined when not
 * proved or not a valid plan of the value reported.
 */
async function solveProgram(problem: AssignmentProblem, index: PairIndex, backend: LpBackend): Promise<{ meetingOf: number[]; objective: number; backend: string } | undefined> {
  const solved = await backend.solve(toAssignmentLpModel(problem), { nodeLimit: PROOF_NODES, cuts: true });
  if (solved.status !== "optimal" || !solved.integral) return undefined;
  const meetingOf = problem.items.map(() => -1);
  for (const p of problem.pairs) {
    if (p.weight > 0 && Math.round(solved.values.get(`x_${p.item}_${p.meeting}`) ?? 0) === 1) {
      if (meetingOf[p.item] !== -1) return undefined;
      meetingOf[p.item] = p.meeting;
    }
  }
  const score = scoreAssignment(problem, index, meetingOf);
  if ("fault" in score || Math.abs(score.total - solved.objective) > 0.5) return undefined;
  return { meetingOf, objective: score.total, backend: solved.backend };
}
