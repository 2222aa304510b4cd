import highsModule from "highs";

// Same CommonJS-types wrinkle as javascript-lp-solver: at run time the ESM build's default is the loader.
const highsLoader = ((highsModule as unknown as { default?: () => Promise<unknown> }).default ?? highsModule) as unknown as () => Promise<unknown>;
import { isIntegralSolution, toCplexLp, type LpBackend, type LpModel, type LpResult, type SolveOptions } from "@yishi/solver";

interface LegacySolution {
  Status: string;
  ObjectiveValue: number;
  Columns: Record<string, { Primal: number }>;
}
interface LegacyHighs {
  solve(problem: string, options?: Record<string, unknown>): LegacySolution;
}

/**
 * HiGHS compiled to WebAssembly, behind the same LpBackend interface as the
 * default. An exact MIP solver: the benchmark's reference, and a back end for
 * models too large for javascript-lp-solver. Its heap is 2 GiB; running out
 * surfaces as `RuntimeError: Aborted()`, reported here as status "error".
 */
export async function createHighsBackend(): Promise<LpBackend> {
  const highs = (await highsLoader()) as unknown as LegacyHighs;
  return {
    name: "highs",
    async solve(model: LpModel, options: SolveOptions = {}): Promise<LpResult> {
      const { text, names } = toCplexLp(model);
      let solution: LegacySolution;
      try {
        solution = highs.solve(text, {
          mip_rel_gap: 0,
          ...(options.timeLimitMs !== undefined ? { time_limit: options.timeLimitMs / 1000 } : {}),
        });
      } catch (error) {
        return { status: "error", objective: Number.NaN, values: new Map(), integral: false, backend: "highs", message: String(error) };
      }
      const values = new Map<string, number>();
      names.forEach((name, i) => {
        const x = solution.Columns[`x${i}`]?.Primal ?? 0;
        if (x !== 0) values.set(name, x);
      });
      const status = solution.Status === "Optimal" ? "optimal" : solution.Status === "Infeasible" ? "infeasible" : solution.Status.startsWith("Time limit") ? "timeout" : solution.Status === "Unbounded" ? "unbounded" : "error";
      return {
        status,
        objective: status === "optimal" || status === "timeout" ? solution.ObjectiveValue : Number.NaN,
        values,
        integral: isIntegralSolution(model, values),
        backend: "highs",
        ...(status === "error" ? { message: solution.Status } : {}),
      };
    },
  };
}
