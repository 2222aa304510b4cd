import type { LpModel } from "@yishi/solver";

/** What one benchmark case reports after running the product's planner. */
export interface CaseOutcome {
  /** The planner's objective value on the case (same sense as the reference model). */
  objective: number;
  /** The best bound the planner proved, if any. */
  bound?: number;
  /** Whether the planner's own bound proves optimality. */
  provedOptimal: boolean;
  /** Hard violations the independent checker found (0 expected). */
  hardViolations?: number;
  /**
   * When the case times itself (the workbench, in the browser's own clock),
   * the time to report instead of the harness's wall time around `run`,
   * which then also counts the calls into the browser.
   */
  measuredMs?: number;
  /**
   * When the case solves several instances and its reference model is one of
   * them: that instance's CPU time, so the reference's ratio compares like
   * with like (not one instance's reference against all of ours).
   */
  referenceCpuMs?: number;
  /** Extra figures to print (e.g. duty spreads). */
  figures?: Record<string, string | number>;
}

export interface BenchCase {
  /** e.g. "meetings: one government, 5 series, one quarter". */
  name: string;
  problem: "meetings" | "roster" | "agenda" | "batch" | "plan" | "workbench";
  /** Wall-time target in milliseconds, from the issue. */
  targetMs: number;
  /** Builds the input (not timed). */
  setup(): Promise<unknown> | unknown;
  /** Runs the product's planner on the input (timed). */
  run(input: unknown): Promise<CaseOutcome> | CaseOutcome;
  /**
   * Releases what setup started (a browser, a server), after the CPU reading:
   * a browser closed inside `run` leaves processes its renderers were
   * reparented away from the bench, and their time out of the second reading.
   */
  teardown?(input: unknown): Promise<void> | void;
  /**
   * The same model as one whole integer program, for a reference exact
   * solver; omitted where the whole model is too large to be worth solving.
   */
  referenceModel?(input: unknown): LpModel;
}
