import type { LpModel, LpTerm } from "../backend/lp-model.js";
import type { AssignmentProblem } from "./assignment-problem.js";

/**
 * The whole assignment as one 0/1 program (x_i_m = item i at meeting m):
 * each item at most once, each meeting within its item cap and minutes,
 * maximise Σ w·x. For a reference solver in the benchmark, and for the LP
 * relaxation of small instances (`relax: true`).
 */
export function toAssignmentLpModel(problem: AssignmentProblem, options: { relax?: boolean } = {}): LpModel {
  const type = options.relax === true ? "continuous" : "binary";
  const name = (i: number, m: number) => `x_${i}_${m}`;
  const pairs = problem.pairs.filter((p) => p.weight > 0);
  const perItem = new Map<number, LpTerm[]>();
  const count = new Map<number, LpTerm[]>();
  const minutes = new Map<number, LpTerm[]>();
  const push = (map: Map<number, LpTerm[]>, k: number, t: LpTerm) => (map.get(k) ?? map.set(k, []).get(k)!).push(t);
  for (const p of pairs) {
    const variable = name(p.item, p.meeting);
    push(perItem, p.item, { variable, coefficient: 1 });
    push(count, p.meeting, { variable, coefficient: 1 });
    push(minutes, p.meeting, { variable, coefficient: problem.items[p.item]!.minutes });
  }
  const constraints: LpModel["constraints"] = [];
  for (const [i, terms] of [...perItem].sort((a, b) => a[0] - b[0])) constraints.push({ name: `once_${i}`, terms, op: "<=", rhs: 1 });
  for (const [m, terms] of [...count].sort((a, b) => a[0] - b[0])) {
    const mt = problem.meetings[m]!;
    if (mt.maxItems < terms.length) constraints.push({ name: `items_${m}`, terms, op: "<=", rhs: mt.maxItems });
    constraints.push({ name: `minutes_${m}`, terms: minutes.get(m)!, op: "<=", rhs: mt.maxMinutes });
  }
  return {
    sense: "max",
    objective: pairs.map((p) => ({ variable: name(p.item, p.meeting), coefficient: p.weight })),
    variables: pairs.map((p) => (type === "binary" ? { name: name(p.item, p.meeting), type } : { name: name(p.item, p.meeting), type, upper: 1 })),
    constraints,
  };
}
