import type { AssignmentPair, AssignmentProblem } from "./assignment-problem.js";

/** Every plan of a tiny assignment (each item at one of its meetings or none, within every limit), as the pairs it uses. */
export function walkPlans(problem: AssignmentProblem, visit: (chosen: readonly AssignmentPair[]) => void): void {
  const options = problem.items.map((_, i) => problem.pairs.filter((p) => p.item === i && p.weight > 0));
  const count = problem.meetings.map(() => 0);
  const minutes = problem.meetings.map(() => 0);
  const chosen: AssignmentPair[] = [];
  const walk = (i: number) => {
    if (i === problem.items.length) return visit(chosen);
    walk(i + 1);
    for (const p of options[i]!) {
      const mt = problem.meetings[p.meeting]!;
      const d = problem.items[i]!.minutes;
      if (count[p.meeting]! + 1 > mt.maxItems || minutes[p.meeting]! + d > mt.maxMinutes) continue;
      count[p.meeting]!++;
      minutes[p.meeting]! += d;
      chosen.push(p);
      walk(i + 1);
      chosen.pop();
      count[p.meeting]!--;
      minutes[p.meeting]! -= d;
    }
  };
  walk(0);
}

/** Exhaustive optimum of a tiny assignment. */
export function bruteForceAssignment(problem: AssignmentProblem): number {
  let best = 0;
  walkPlans(problem, (chosen) => (best = Math.max(best, chosen.reduce((sum, p) => sum + p.weight, 0))));
  return best;
}

/** Tiny agendas with tight meetings (a few items, 30–55 minutes), items eligible at up to three meetings in a row, later ones worth less. */
export function tinyAssignmentProblems(count: number, seed: number): AssignmentProblem[] {
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = (n: number) => Math.floor(rand() * n);
  return Array.from({ length: count }, () => {
    const nm = 2 + pick(3);
    const meetings = Array.from({ length: nm }, () => ({ maxItems: 2 + pick(3), maxMinutes: 30 + 5 * pick(6) }));
    const items = Array.from({ length: 6 + pick(4) }, () => ({ minutes: [10, 10, 15, 15, 20][pick(5)]! }));
    const pairs: AssignmentProblem["pairs"] = [];
    items.forEach((_, i) => {
      const first = pick(nm);
      const base = 100 + pick(60);
      for (let m = first; m <= Math.min(nm - 1, first + pick(3)); m++) pairs.push({ item: i, meeting: m, weight: base - 7 * (m - first) + pick(5) });
    });
    return { items, meetings, pairs };
  });
}
