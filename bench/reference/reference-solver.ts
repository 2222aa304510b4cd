import type { LpModel, LpStatus } from "@yishi/solver";

/** One reference solve, timed. */
export interface ReferenceSolve {
  solver: string;
  status: LpStatus;
  /** Objective of the best solution found (proved optimal only when status is optimal); NaN when none. */
  objective: number;
  /** Values by the model's variable names (zeros may be absent). */
  values: Map<string, number>;
  wallMs: number;
  /** CPU time of the solve; undefined when it could not be measured. */
  cpuMs: number | undefined;
  message?: string;
}

/** An exact MIP solver the benchmark compares the planners with. */
export interface ReferenceSolver {
  readonly name: string;
  /** What its time limit counts (HiGHS: wall clock; CBC: its own CPU time). */
  readonly limitKind: "wall" | "cpu";
  solve(model: LpModel, limitMs: number): Promise<ReferenceSolve>;
}
