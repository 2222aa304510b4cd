import { describe, expect, it } from "vitest";
import type { SparseRow } from "../lp/bounded-simplex.js";
import { rowValue, testRandom } from "../lp/test-programs.js";
import { indexPairs, scoreAssignment, type AssignmentProblem } from "./assignment-problem.js";
import { separateCovers } from "../lp/cover-cuts.js";
import { CUT_LIMITS, cutAssignmentBound, toAssignmentRows } from "./cut-assignment-bound.js";
import { solveAssignment } from "./solve-assignment.js";
import { bruteForceAssignment, tinyAssignmentProblems, walkPlans } from "./test-brute-force.js";

describe("toAssignmentRows", () => {
  it("admits exactly the plans of the problem: each item once, each meeting within its items and minutes", () => {
    const rand = testRandom(3);
    let plans = 0;
    let faults = 0;
    for (const problem of tinyAssignmentProblems(100, 7)) {
      const { weights, rows } = toAssignmentRows(problem);
      const pairs = problem.pairs.filter((p) => p.weight > 0);
      const index = indexPairs(problem);
      for (let k = 0; k < 50; k++) {
        const x = pairs.map(() => (rand() < 0.3 ? 1 : 0));
        const admitted = rows.every((row) => rowValue(row, x) <= row.rhs);
        const meetingOf = problem.items.map(() => -1);
        let twice = false;
        pairs.forEach((p, j) => {
          if (x[j] === 0) return;
          if (meetingOf[p.item] !== -1) twice = true;
          meetingOf[p.item] = p.meeting;
        });
        const score = twice ? { fault: "twice" } : scoreAssignment(problem, index, meetingOf);
        expect(admitted).toBe(!("fault" in score));
        if ("fault" in score) faults++;
        else {
          plans++;
          expect(score.total).toBe(weights.reduce((s, w, j) => s + w * x[j]!, 0));
        }
      }
    }
    expect(plans).toBeGreaterThan(500);
    expect(faults).toBeGreaterThan(500);
  });

  it("divides each row by its coefficients' greatest common divisor, rounding the right-hand side down", () => {
    // 10 + 20 + 20 + 30 minutes into 55: in units of 10, 1 + 2 + 2 + 3 into 5 (5.5 rounded down: the same plans).
    const items = [10, 20, 20, 30].map((minutes) => ({ minutes }));
    const problem: AssignmentProblem = { items, meetings: [{ maxItems: 15, maxMinutes: 55 }], pairs: items.map((_, i) => ({ item: i, meeting: 0, weight: 5 })) };
    const { rows, knapsacks } = toAssignmentRows(problem);
    expect(rows.map((row) => [Array.from(row.val), row.rhs])).toEqual([[[1, 2, 2, 3], 5]]);
    expect(knapsacks).toEqual(rows);
  });
});

describe("cutAssignmentBound", () => {
  it("bounds every tiny agenda's optimum when its target is below it, and proves most plans the search leaves unproved", () => {
    let unproved = 0;
    let closed = 0;
    for (const problem of tinyAssignmentProblems(600, 5)) {
      const optimum = bruteForceAssignment(problem);
      const searched = solveAssignment(problem);
      // Below the optimum as target, the optimal plan is one the bound is about.
      expect(cutAssignmentBound(problem, optimum - 1).bound).toBeGreaterThanOrEqual(optimum);
      if (searched.optimal) continue;
      unproved++;
      if (Math.floor(cutAssignmentBound(problem, searched.objective).bound + 1e-6) <= searched.objective) closed++;
    }
    expect(unproved).toBeGreaterThan(5);
    expect(closed).toBeGreaterThan(unproved / 2);
  });

  it("bounds every tiny agenda's optimum with the count cut in, and the count cut closes some the cuts alone leave open", () => {
    // One round of cuts leaves enough open for the count cut to be tried often.
    const limits = { ...CUT_LIMITS, rounds: 1 };
    let counted = 0;
    let closedByCount = 0;
    for (const problem of tinyAssignmentProblems(2000, 7)) {
      const optimum = bruteForceAssignment(problem);
      const result = cutAssignmentBound(problem, optimum - 1, limits);
      expect(result.bound).toBeGreaterThanOrEqual(optimum);
      const atOptimum = cutAssignmentBound(problem, optimum, limits);
      if (atOptimum.count === undefined) continue;
      counted++;
      if (Math.floor(atOptimum.bound + 1e-6) <= optimum) closedByCount++;
    }
    expect(counted).toBeGreaterThan(40);
    expect(closedByCount).toBeGreaterThan(counted / 2);
  });
});

describe("cutAssignmentBound within a work limit", () => {
  it("gives the later runs nothing (not a negative limit) once a run has passed the work, and never a bound below the optimum", () => {
    // A run stops at the first pivot check past its work, so with a little work the first run passes it by a pivot:
    // the count cut's run was then handed a negative limit, which boundWithCuts refuses (gov-00030's year agenda).
    let passed = 0;
    for (const problem of tinyAssignmentProblems(300, 11)) {
      const optimum = bruteForceAssignment(problem);
      for (const work of [1, 50, 500]) {
        const result = cutAssignmentBound(problem, optimum - 1, { ...CUT_LIMITS, work });
        expect(result.bound).toBeGreaterThanOrEqual(optimum);
        if (result.work > work) passed++;
      }
    }
    expect(passed).toBeGreaterThan(100);
  });
});

/** Every plan of a tiny problem as a 0/1 vector over its placements (weight > 0). */
function everyPlan(problem: AssignmentProblem, visit: (x: number[]) => void) {
  const { pairs } = toAssignmentRows(problem);
  walkPlans(problem, (chosen) => {
    const used = new Set(chosen);
    visit(pairs.map((p) => (used.has(p) ? 1 : 0)));
  });
}

describe("separateCovers", () => {
  it("gives cover cuts that hold at every plan, and cut off fractional points", () => {
    const rand = testRandom(19);
    let cuts = 0;
    let violated = 0;
    for (const problem of tinyAssignmentProblems(150, 23)) {
      const { pairs, knapsacks } = toAssignmentRows(problem);
      const found: SparseRow[] = [];
      for (let k = 0; k < 5; k++) {
        const point = Float64Array.from(pairs, () => (rand() < 0.5 ? rand() : 1));
        for (const cut of separateCovers(knapsacks, point)) {
          found.push(cut);
          if (rowValue(cut, point) > cut.rhs + 1e-9) violated++;
        }
      }
      cuts += found.length;
      // Counted, then asserted once: an expect per plan and cut would be most of the test's time.
      let broken = 0;
      everyPlan(problem, (x) => {
        for (const cut of found) if (rowValue(cut, x) > cut.rhs) broken++;
      });
      expect(broken).toBe(0);
    }
    expect(cuts).toBeGreaterThan(300);
    expect(violated).toBeGreaterThan(100);
  });
});

describe("cutAssignmentBound on degenerate agendas", () => {
  it("closes at once on an agenda with no placements, and takes the whole plan where no limit binds", () => {
    const empty: AssignmentProblem = { items: [{ minutes: 10 }], meetings: [{ maxItems: 1, maxMinutes: 5 }], pairs: [] };
    expect(cutAssignmentBound(empty, 0)).toMatchObject({ bound: 0, value: 0, rounds: 0 });
    const loose: AssignmentProblem = {
      items: [{ minutes: 10 }, { minutes: 20 }],
      meetings: [{ maxItems: 5, maxMinutes: 120 }],
      pairs: [
        { item: 0, meeting: 0, weight: 7 },
        { item: 1, meeting: 0, weight: 5 },
      ],
    };
    expect(toAssignmentRows(loose).rows).toEqual([]);
    const result = cutAssignmentBound(loose, 0);
    expect(result).toMatchObject({ value: 12, plan: { meetingOf: [0, 0], objective: 12 } });
    expect(Math.floor(result.bound + 1e-6)).toBe(12);
  });
});
