import { createCbcReference } from "./cbc-reference.js";
import { findOrInstallCbc } from "./find-cbc.js";
import { createHighsReference } from "./highs-reference.js";
import type { ReferenceSolver } from "./reference-solver.js";

export const REFERENCE_NAMES = ["highs", "cbc"] as const;

/** The reference solvers asked for, in that order; CBC is installed when absent, and left out (said on stderr) when it cannot be. */
export async function createReferenceSolvers(names: readonly string[]): Promise<ReferenceSolver[]> {
  const unknown = names.filter((n) => !(REFERENCE_NAMES as readonly string[]).includes(n));
  if (unknown.length > 0) throw new Error(`unknown reference ${unknown.join(", ")}: expected ${REFERENCE_NAMES.join(", ")}`);
  const solvers: ReferenceSolver[] = [];
  for (const name of names) {
    if (name === "highs") solvers.push(await createHighsReference());
    if (name === "cbc") {
      const cbc = findOrInstallCbc();
      if (cbc) solvers.push(createCbcReference(cbc));
    }
  }
  return solvers;
}
