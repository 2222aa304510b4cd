/**
 * A small, solver-neutral linear model: named variables, linear constraints,
 * one objective. Planners build this; a back end solves it. Kept sparse (terms
 * as lists) because the dense form is what makes whole models blow up.
 */
export type VariableType = "continuous" | "integer" | "binary";

export interface LpVariable {
  name: string;
  type: VariableType;
  /** Lower bound; default 0. */
  lower?: number;
  /** Upper bound; default +∞ (1 for binaries). */
  upper?: number;
}

export interface LpTerm {
  variable: string;
  coefficient: number;
}

export interface LpConstraint {
  name: string;
  terms: LpTerm[];
  op: "<=" | ">=" | "=";
  rhs: number;
}

export interface LpModel {
  sense: "min" | "max";
  objective: LpTerm[];
  variables: LpVariable[];
  constraints: LpConstraint[];
}

export type LpStatus = "optimal" | "feasible" | "infeasible" | "unbounded" | "timeout" | "error";

export interface LpResult {
  status: LpStatus;
  /** Objective value of the returned solution (NaN when there is none). */
  objective: number;
  /** Variable values; variables at zero may be absent. */
  values: Map<string, number>;
  /** True when every integer or binary variable is integral within 1e-6. */
  integral: boolean;
  /** Back end's name, for reports. */
  backend: string;
  message?: string;
}

export interface SolveOptions {
  /** Wall-clock limit in milliseconds (back ends may only check it between nodes). */
  timeLimitMs?: number;
  /**
   * Branch-and-bound nodes the back end may explore: a count, so the answer
   * never depends on the machine. Past it the status is "timeout", whatever
   * was found. Back ends that cannot count nodes ignore it.
   */
  nodeLimit?: number;
  /** Cut rounds at each node where the back end has them (javascript-lp-solver: mixed-integer rounding cuts). */
  cuts?: boolean;
}

/** A back end that solves LpModels. javascript-lp-solver is the default. */
export interface LpBackend {
  readonly name: string;
  solve(model: LpModel, options?: SolveOptions): Promise<LpResult>;
}

/** Reads a value, treating absent as 0. */
export function valueOf(result: LpResult, variable: string): number {
  return result.values.get(variable) ?? 0;
}

/** True when every integer variable of the model has an integral value in the result. */
export function isIntegralSolution(model: LpModel, values: Map<string, number>, tolerance = 1e-6): boolean {
  for (const v of model.variables) {
    if (v.type === "continuous") continue;
    const x = values.get(v.name) ?? 0;
    if (Math.abs(x - Math.round(x)) > tolerance) return false;
  }
  return true;
}
