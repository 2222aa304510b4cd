import lpModule, { type Model, type SolverAPI } from "javascript-lp-solver";
import { isIntegralSolution, type LpBackend, type LpModel, type LpResult, type SolveOptions } from "./lp-model.js";

const OBJECTIVE = "__objective";

// The package's types describe its CommonJS build, whose default export the
// NodeNext resolver wraps once more; at run time the ESM build is loaded.
const lp = ((lpModule as unknown as { default?: SolverAPI }).default ?? lpModule) as SolverAPI;

/**
 * The default back end. javascript-lp-solver keeps a dense tableau, so it is
 * for the small, well-shaped subproblems the planners decompose into; it may
 * report a fractional answer as feasible on a timeout, so integrality is
 * checked here rather than trusted (see shared/docs/solver-notes.md).
 */
export function createJsLpSolverBackend(): LpBackend {
  return {
    name: "javascript-lp-solver",
    async solve(model: LpModel, options: SolveOptions = {}): Promise<LpResult> {
      return solveWithJsLpSolver(model, options);
    },
  };
}

export function solveWithJsLpSolver(model: LpModel, options: SolveOptions = {}): LpResult {
  const jsModel = toJsModel(model, options);
  const { raw, stopped } = options.nodeLimit === undefined ? { raw: solveRaw(jsModel), stopped: false } : solveWithNodeLimit(jsModel, options.nodeLimit);
  if (stopped) return { status: "timeout", objective: Number.NaN, values: new Map(), integral: false, backend: "javascript-lp-solver", message: `node limit ${options.nodeLimit} reached` };
  const values = new Map<string, number>();
  for (const v of model.variables) {
    const x = raw[v.name];
    if (typeof x === "number" && x !== 0) values.set(v.name, x);
  }
  if (!raw.feasible) return { status: "infeasible", objective: Number.NaN, values, integral: false, backend: "javascript-lp-solver" };
  if (raw.bounded === false) return { status: "unbounded", objective: Number.NaN, values, integral: false, backend: "javascript-lp-solver" };
  const integral = isIntegralSolution(model, values);
  // Recompute the objective from values: the solver's own figure can be off on timeouts.
  const objective = model.objective.reduce((sum, t) => sum + t.coefficient * (values.get(t.variable) ?? 0), 0);
  return { status: integral ? "optimal" : "error", objective, values, integral, backend: "javascript-lp-solver", ...(integral ? {} : { message: "solution is not integral" }) };
}

type RawSolution = Record<string, unknown> & { feasible: boolean; result: number; bounded?: boolean };

function solveRaw(jsModel: Model): RawSolution {
  return lp.Solve(jsModel) as RawSolution;
}

/**
 * javascript-lp-solver stops its branch and bound only by the wall clock: it
 * reads Date.now() once when it starts and once before each node. Lending it,
 * for this synchronous call only, a clock that ticks once per read turns its
 * `timeout` into a count of nodes, so the answer is the same on every machine.
 * `stopped`: the count ran out before the search ended (nothing proved).
 */
function solveWithNodeLimit(jsModel: Model, nodeLimit: number): { raw: RawSolution; stopped: boolean } {
  const realNow = Date.now;
  let reads = 0;
  Date.now = () => reads++;
  try {
    const raw = solveRaw({ ...jsModel, options: { ...jsModel.options, timeout: nodeLimit + 1 } } as Model);
    // One read to start, one per node: a last read at the limit means the loop stopped on it.
    return { raw, stopped: reads > nodeLimit + 1 };
  } finally {
    Date.now = realNow;
  }
}

function toJsModel(model: LpModel, options: SolveOptions): Model {
  const constraints: Model["constraints"] = {};
  const variables: Model["variables"] = {};
  const ints: Record<string, 1> = {};
  const binaries: Record<string, 1> = {};
  for (const v of model.variables) {
    variables[v.name] = {};
    if (v.type === "binary") binaries[v.name] = 1;
    if (v.type === "integer") ints[v.name] = 1;
    // Bounds become one-variable constraints (the JSON format has no bounds).
    if (v.upper !== undefined && v.type !== "binary") addBound(constraints, variables, `${v.name}__ub`, v.name, { max: v.upper });
    if (v.lower !== undefined && v.lower !== 0) addBound(constraints, variables, `${v.name}__lb`, v.name, { min: v.lower });
  }
  for (const t of model.objective) {
    const coeffs = (variables[t.variable] ??= {});
    coeffs[OBJECTIVE] = (coeffs[OBJECTIVE] ?? 0) + t.coefficient;
  }
  for (const c of model.constraints) {
    constraints[c.name] = c.op === "<=" ? { max: c.rhs } : c.op === ">=" ? { min: c.rhs } : { equal: c.rhs };
    for (const t of c.terms) {
      const coeffs = (variables[t.variable] ??= {});
      coeffs[c.name] = (coeffs[c.name] ?? 0) + t.coefficient;
    }
  }
  return {
    optimize: OBJECTIVE,
    opType: model.sense,
    constraints,
    variables,
    ints,
    binaries,
    options: { tolerance: 0, ...(options.timeLimitMs !== undefined ? { timeout: options.timeLimitMs } : {}), ...(options.cuts === true ? { useMIRCuts: true } : {}) },
  };
}

function addBound(constraints: Model["constraints"], variables: Model["variables"], name: string, variable: string, bound: { min?: number; max?: number }) {
  constraints[name] = bound;
  (variables[variable] ??= {})[name] = 1;
}
