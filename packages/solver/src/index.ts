export { valueOf, isIntegralSolution } from "./backend/lp-model.js";
export type { VariableType, LpVariable, LpTerm, LpConstraint, LpModel, LpStatus, LpResult, SolveOptions, LpBackend } from "./backend/lp-model.js";
export { createJsLpSolverBackend, solveWithJsLpSolver } from "./backend/js-lp-solver-backend.js";
export { toCplexLp } from "./backend/to-cplex-lp.js";
