import { maxOf } from "@yishi/domain";
import { solveAssignment, toAssignmentLpModel, type AssignmentProblem } from "@yishi/solver";
import type { BenchCase, CaseOutcome } from "../bench-case.js";
import { cpuSince, readCpu } from "../cpu-clock.js";
import { createSeededRandom } from "../seeded-random.js";

/**
 * The solver-notes agenda model: T filed items into M meetings, at most 15
 * items and 120 minutes per meeting, items of 5–20 minutes, each with an
 * earliest meeting (materials ready), a due meeting and a priority; maximise
 * weighted placed items minus lateness. Inputs come from a seeded PRNG so
 * every run sees the same instance.
 */
export function generateAgendaInstance(items: number, meetings: number, seed: number): AssignmentProblem {
  const rand = createSeededRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const problem: AssignmentProblem = {
    items: [],
    meetings: Array.from({ length: meetings }, () => ({ maxItems: 15, maxMinutes: 120 })),
    pairs: [],
  };
  for (let i = 0; i < items; i++) {
    const minutes = int(5, 20);
    const earliest = int(0, meetings - 1);
    const due = Math.min(meetings - 1, earliest + int(0, 3));
    const priority = rand() < 0.15 ? 3 : rand() < 0.35 ? 2 : 1; // urgent, near due, ordinary
    problem.items.push({ minutes });
    // Eligible from its earliest meeting to four meetings past its due one:
    // about 6 meetings per item, 6,128 binaries at T=1000 M=52 against the
    // 6,184 of solver-notes' model (stopping three past due gave 5.2 per item,
    // 5,226 binaries, fewer choices than the model measured there). Placing
    // is worth 20 per priority level; each meeting past the due one costs 3.
    for (let m = earliest; m <= Math.min(meetings - 1, due + 4); m++) {
      problem.pairs.push({ item: i, meeting: m, weight: 20 * priority - 3 * Math.max(0, m - due) });
    }
  }
  return problem;
}

/**
 * A second, differently shaped instance, so the planner is not tuned to one
 * generator: bimodal lengths (85 % of items 5 or 10 minutes, the rest 30–45
 * in 5-minute steps); meetings of 120, 150 or 180 minutes with at most 12
 * items, where the cap binds at every meeting and the minutes at most (the
 * first generator's cap of 15 seldom binds); three priorities worth 10, 18
 * and 30 (half ordinary, a fifth urgent), each losing 1, 2 or 3 per meeting
 * late; narrow windows (40 %: due at the first meeting its materials are
 * ready for or the next, one meeting of grace) and wide ones (due 2–8
 * meetings after that, 1–4 of grace). CBC proves its 1,000 / 52 instances
 * optimal in 1–15 s of CPU (seeds 1–10).
 */
export function generateBimodalAgendaInstance(items: number, meetings: number, seed: number): AssignmentProblem {
  const rand = createSeededRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const LENGTHS = [120, 150, 180];
  const problem: AssignmentProblem = {
    items: [],
    meetings: Array.from({ length: meetings }, () => ({ maxItems: 12, maxMinutes: LENGTHS[int(0, LENGTHS.length - 1)]! })),
    pairs: [],
  };
  const VALUE = [10, 18, 30];
  const LATE = [1, 2, 3];
  for (let i = 0; i < items; i++) {
    const minutes = rand() < 0.85 ? 5 * int(1, 2) : 5 * int(6, 9);
    const r = rand();
    const priority = r < 0.5 ? 0 : r < 0.8 ? 1 : 2;
    const narrow = rand() < 0.4;
    const earliest = int(0, meetings - 1);
    const due = Math.min(meetings - 1, earliest + (narrow ? int(0, 1) : int(2, 8)));
    const last = Math.min(meetings - 1, due + (narrow ? 1 : int(1, 4)));
    problem.items.push({ minutes });
    for (let m = earliest; m <= last; m++) {
      problem.pairs.push({ item: i, meeting: m, weight: VALUE[priority]! - LATE[priority]! * Math.max(0, m - due) });
    }
  }
  return problem;
}

/**
 * Broken limits of a plan, counted here from the problem itself and not from
 * the solver's bookkeeping: items placed where they are not eligible, and
 * meetings over their item cap or minutes.
 */
export function countAssignmentViolations(problem: AssignmentProblem, meetingOf: readonly number[]): number {
  const eligible = new Set(problem.pairs.filter((p) => p.weight > 0).map((p) => `${p.item}:${p.meeting}`));
  let broken = meetingOf.filter((m, i) => m >= 0 && !eligible.has(`${i}:${m}`)).length;
  problem.meetings.forEach((mt, m) => {
    const here = meetingOf.flatMap((x, i) => (x === m ? [problem.items[i]!.minutes] : []));
    if (here.length > mt.maxItems) broken++;
    if (here.reduce((s, d) => s + d, 0) > mt.maxMinutes) broken++;
  });
  return broken;
}

function agendaCase(items: number, meetings: number, targetMs: number, seed: number): BenchCase {
  return {
    name: `agenda: ${items} items into ${meetings} meetings`,
    problem: "agenda",
    targetMs,
    setup: () => generateAgendaInstance(items, meetings, seed),
    run(input) {
      const problem = input as AssignmentProblem;
      const result = solveAssignment(problem);
      const placed = result.meetingOf.filter((m) => m >= 0).length;
      // Weights are whole numbers: the optimum is at most ⌊bound⌋, so this is the most still to gain.
      const boundGap = Math.floor(result.bound + 1e-6) - result.objective;
      return {
        objective: result.objective,
        bound: result.bound,
        provedOptimal: result.optimal,
        hardViolations: countAssignmentViolations(problem, result.meetingOf),
        figures: { placed, pairs: problem.pairs.length, boundKind: result.boundKind, sweeps: result.sweeps, boundGap },
      };
    },
    referenceModel: (input) => toAssignmentLpModel(input as AssignmentProblem),
  };
}

/** Sizes from the agenda issue (items, meetings, seed): optimal on all three, the largest under 1 s. */
export const AGENDA_SIZES = [
  { items: 60, meetings: 7, seed: 60_7 },
  { items: 300, meetings: 26, seed: 300_26 },
  { items: 1000, meetings: 52, seed: 1000_52 },
] as const;

type Generate = (items: number, meetings: number, seed: number) => AssignmentProblem;

/** The planner's answer on one instance, judged and timed (CPU) on its own. */
export interface AgendaSolve {
  seed: number;
  objective: number;
  /** ⌊bound⌋: weights are whole numbers, so the optimum is at most this. */
  bound: number;
  proved: boolean;
  boundKind: string;
  hardViolations: number;
  cpuMs: number;
}

export function solveAndJudge(problem: AssignmentProblem, seed: number): AgendaSolve {
  const cpu0 = readCpu();
  const result = solveAssignment(problem);
  const cpuMs = cpuSince(cpu0).ownMs;
  return {
    seed,
    objective: result.objective,
    bound: Math.floor(result.bound + 1e-6),
    proved: result.optimal,
    boundKind: result.boundKind,
    hardViolations: countAssignmentViolations(problem, result.meetingOf),
    cpuMs: Math.round(cpuMs),
  };
}

/** (bound − objective) / bound in per cent, the measure of how far from proved. */
export const gapPercent = (s: Pick<AgendaSolve, "objective" | "bound">) => (s.bound === 0 ? 0 : (100 * (s.bound - s.objective)) / s.bound);

/** The seed that came out worst: the largest gap, then the most CPU. */
export function worstSolve(solves: readonly AgendaSolve[]): AgendaSolve {
  return solves.reduce((w, s) => (gapPercent(s) > gapPercent(w) || (gapPercent(s) === gapPercent(w) && s.cpuMs > w.cpuMs) ? s : w));
}

interface SeedsInput {
  problems: { seed: number; problem: AssignmentProblem }[];
  /** Set by `run`: the worst seed, whose model the references solve (so minusRef compares like with like). */
  worst?: number;
}

/**
 * One instance per seed, each solved and timed on its own; the row shows the
 * worst seed (largest gap, then most CPU): its objective and bound, and the
 * references on its model. `proved` is true only when every seed was.
 */
function seedsCase(label: string, generate: Generate, items: number, meetings: number, seeds: readonly number[], perSeedMs: number): BenchCase {
  return {
    name: `agenda: ${items} items into ${meetings} meetings, ${label}, ${seeds.length} seeds`,
    problem: "agenda",
    targetMs: perSeedMs * seeds.length,
    setup: (): SeedsInput => ({ problems: seeds.map((seed) => ({ seed, problem: generate(items, meetings, seed) })) }),
    run(input): CaseOutcome {
      const data = input as SeedsInput;
      const solves = data.problems.map(({ seed, problem }) => solveAndJudge(problem, seed));
      const worst = worstSolve(solves);
      data.worst = worst.seed;
      return {
        objective: worst.objective,
        bound: worst.bound,
        provedOptimal: solves.every((s) => s.proved),
        hardViolations: solves.reduce((sum, s) => sum + s.hardViolations, 0),
        // The references solve the worst seed's model: their ratio is over that seed's CPU, not all ten.
        referenceCpuMs: worst.cpuMs,
        figures: {
          provedSeeds: `${solves.filter((s) => s.proved).length}/${solves.length}`,
          worstSeed: worst.seed,
          maxSeedCpuMs: maxOf(solves.map((s) => s.cpuMs), 0),
          seedsOverTarget: solves.filter((s) => s.cpuMs > perSeedMs).length,
          worstGapPct: Number(gapPercent(worst).toFixed(4)),
          // seed:objective/⌊bound⌋/CPU ms, every seed.
          perSeed: solves.map((s) => `${s.seed}:${s.objective}/${s.bound}/${s.cpuMs}`).join(" "),
        },
      };
    },
    referenceModel: (input) => {
      const data = input as SeedsInput;
      const chosen = data.problems.find((p) => p.seed === data.worst) ?? data.problems[0]!;
      return toAssignmentLpModel(chosen.problem);
    },
  };
}

/** One large instance, no reference (an exact solver does not finish one a fifth this size). */
function largeCase(label: string, generate: Generate, items: number, meetings: number, seed: number, targetMs: number): BenchCase {
  return {
    name: `agenda: ${items} items into ${meetings} meetings, ${label}`,
    problem: "agenda",
    targetMs,
    setup: () => generate(items, meetings, seed),
    run(input): CaseOutcome {
      const problem = input as AssignmentProblem;
      const solve = solveAndJudge(problem, seed);
      return {
        objective: solve.objective,
        bound: solve.bound,
        provedOptimal: solve.proved,
        hardViolations: solve.hardViolations,
        figures: { pairs: problem.pairs.length, boundKind: solve.boundKind, boundGap: solve.bound - solve.objective, gapPct: Number(gapPercent(solve).toFixed(4)) },
      };
    },
  };
}

/** Ten seeds of each generator (issue 18: each proved under 1 s of CPU). */
export const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

export const cases: BenchCase[] = [
  ...AGENDA_SIZES.map((s) => agendaCase(s.items, s.meetings, 1000, s.seed)),
  seedsCase("solver-notes generator", generateAgendaInstance, 1000, 52, SEEDS, 1000),
  seedsCase("bimodal generator", generateBimodalAgendaInstance, 1000, 52, SEEDS, 1000),
  largeCase("solver-notes generator", generateAgendaInstance, 5000, 260, 5000_260, 5000),
  largeCase("bimodal generator", generateBimodalAgendaInstance, 5000, 260, 5000_260, 5000),
  largeCase("solver-notes generator", generateAgendaInstance, 50_000, 2600, 50_000_2600, 60_000),
];
