import type { LpModel, LpTerm } from "./lp-model.js";

/**
 * Writes a model as CPLEX LP text, the input of HiGHS and CBC, so reference
 * solvers in the benchmark solve exactly the model the planner built.
 * Names are mapped to x0, x1… because LP format restricts characters.
 */
export function toCplexLp(model: LpModel): { text: string; names: string[] } {
  const index = new Map<string, number>();
  model.variables.forEach((v, i) => index.set(v.name, i));
  const name = (v: string) => {
    const i = index.get(v);
    if (i === undefined) throw new Error(`unknown variable ${v}`);
    return `x${i}`;
  };
  const expr = (terms: LpTerm[]) => {
    if (terms.length === 0) return "0 x0";
    return terms.map((t, i) => `${t.coefficient < 0 ? "-" : i === 0 ? "" : "+"} ${Math.abs(t.coefficient)} ${name(t.variable)}`).join(" ");
  };
  const lines: string[] = [model.sense === "min" ? "Minimize" : "Maximize", ` obj: ${expr(model.objective)}`, "Subject To"];
  model.constraints.forEach((c, i) => lines.push(` c${i}: ${expr(c.terms)} ${c.op} ${c.rhs}`));
  lines.push("Bounds");
  for (const v of model.variables) {
    const lower = v.lower ?? 0;
    const upper = v.type === "binary" ? Math.min(1, v.upper ?? 1) : v.upper;
    lines.push(upper === undefined ? ` ${name(v.name)} >= ${lower}` : ` ${lower} <= ${name(v.name)} <= ${upper}`);
  }
  const general = model.variables.filter((v) => v.type !== "continuous").map((v) => name(v.name));
  if (general.length > 0) lines.push("General", ` ${general.join(" ")}`);
  lines.push("End");
  return { text: lines.join("\n"), names: model.variables.map((v) => v.name) };
}
