import type { AssignmentProblem } from "./assignment-problem.js";

/** Exhaustive optimum of a tiny assignment: every item to one of its meetings or none. */
export function bruteForceAssignment(problem: AssignmentProblem): number {
  const options = problem.items.map((_, i) => problem.pairs.filter((p) => p.item === i && p.weight > 0));
  const count = problem.meetings.map(() => 0);
  const minutes = problem.meetings.map(() => 0);
  let best = 0;
  const walk = (i: number, value: number) => {
    if (i === problem.items.length) {
      best = Math.max(best, value);
      return;
    }
    walk(i + 1, value);
    for (const p of options[i]!) {
      const mt = problem.meetings[p.meeting]!;
      const d = problem.items[i]!.minutes;
      if (count[p.meeting]! + 1 > mt.maxItems || minutes[p.meeting]! + d > mt.maxMinutes) continue;
      count[p.meeting]!++;
      minutes[p.meeting]! += d;
      walk(i + 1, value + p.weight);
      count[p.meeting]!--;
      minutes[p.meeting]! -= d;
    }
  };
  walk(0, 0);
  return best;
}
