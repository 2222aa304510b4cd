import type { LpStatus } from "@yishi/solver";

export interface CbcSolution {
  status: LpStatus;
  /** The objective of the solution written (NaN when CBC found no integer solution). */
  objective: number;
  /** Values by the LP file's column name (x0, x1…); CBC writes only the nonzero ones. */
  values: Map<string, number>;
  /** CBC's own words, for the report. */
  header: string;
}

/**
 * Reads the file CBC's `solu` command writes: a header line (CbcSolver.cpp,
 * 2.10: "Optimal", "Infeasible", "Integer infeasible", "Unbounded",
 * "Stopped on time|iterations|difficulties|ctrl-c", the last ones followed by
 * " (no integer solution - continuous used)" when it has none, then
 * " - objective value V"), then one line per nonzero column:
 * index, name, value, reduced cost ("**" in front of an infeasible one).
 */
export function parseCbcSolution(text: string): CbcSolution {
  const lines = text.split("\n");
  const header = (lines[0] ?? "").trim();
  const objectiveMatch = / - objective value (\S+)$/.exec(header);
  const written = objectiveMatch ? Number(objectiveMatch[1]) : Number.NaN;
  const noIntegerSolution = header.includes("no integer solution");
  const status = readStatus(header);
  const values = new Map<string, number>();
  if (!noIntegerSolution) {
    for (const line of lines.slice(1)) {
      const m = /^\s*(?:\*\*)?\s*\d+\s+(\S+)\s+(\S+)/.exec(line);
      if (m) values.set(m[1]!, Number(m[2]));
    }
  }
  const hasSolution = status === "optimal" || (status === "timeout" && !noIntegerSolution);
  return { status, objective: hasSolution ? written : Number.NaN, values, header };
}

function readStatus(header: string): LpStatus {
  if (header.startsWith("Optimal")) return "optimal";
  if (header.startsWith("Infeasible") || header.startsWith("Integer infeasible")) return "infeasible";
  if (header.startsWith("Unbounded")) return "unbounded";
  // A time limit without an integer solution is still a time limit: status timeout, no objective.
  if (header.startsWith("Stopped on time") || header.startsWith("Stopped on iterations")) return "timeout";
  return "error";
}
