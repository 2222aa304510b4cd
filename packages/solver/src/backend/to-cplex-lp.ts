import type { LpModel, LpTerm } from "./lp-model.js";

/**
 * Longest line written. Rows are wrapped at term boundaries: CBC 2.10.8 was
 * seen to misread a row written on one 65.8 kB line, and CPLEX itself reads
 * at most 510 characters a line; both formats allow a row over many lines.
 */
export const CPLEX_LP_MAX_LINE = 200;

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
  const terms = (list: LpTerm[]) => {
    if (list.length === 0) return ["0 x0"];
    return list.map((t, i) => `${t.coefficient < 0 ? "- " : i === 0 ? "" : "+ "}${Math.abs(t.coefficient)} ${name(t.variable)}`);
  };
  const lines: string[] = [model.sense === "min" ? "Minimize" : "Maximize"];
  pushWrapped(lines, " obj:", terms(model.objective));
  lines.push("Subject To");
  model.constraints.forEach((c, i) => pushWrapped(lines, ` c${i}:`, [...terms(c.terms), `${c.op} ${c.rhs}`]));
  lines.push("Bounds");
  for (const v of model.variables) {
    const lower = v.lower ?? 0;
    const upper = v.type === "binary" ? Math.min(1, v.upper ?? 1) : v.upper;
    lines.push(upper === undefined ? ` ${name(v.name)} >= ${lower}` : ` ${lower} <= ${name(v.name)} <= ${upper}`);
  }
  const general = model.variables.filter((v) => v.type !== "continuous").map((v) => name(v.name));
  if (general.length > 0) {
    lines.push("General");
    pushWrapped(lines, "", general);
  }
  lines.push("End");
  return { text: lines.join("\n"), names: model.variables.map((v) => v.name) };
}

/** Appends `head` and the tokens, space-separated, starting a new (indented) line before one would pass the limit. */
function pushWrapped(lines: string[], head: string, tokens: readonly string[]): void {
  let line = head;
  for (const token of tokens) {
    if (line.trim() !== "" && line.length + 1 + token.length > CPLEX_LP_MAX_LINE) {
      lines.push(line);
      line = "";
    }
    line += ` ${token}`;
  }
  lines.push(line);
}
