import type { Absence, Blackout } from "./absence.js";
import type { Spec } from "./spec.js";

/**
 * The spec with extra facts on top: a change file's new absences and
 * blackouts, or those a re-planned plan carries (`plan.facts`). What a plan
 * made after a change is planned and judged by.
 */
export function addFacts(spec: Spec, facts: { absences?: readonly Absence[]; blackouts?: readonly Blackout[] } | undefined): Spec {
  if (facts === undefined || ((facts.absences?.length ?? 0) === 0 && (facts.blackouts?.length ?? 0) === 0)) return spec;
  return { ...spec, absences: [...spec.absences, ...(facts.absences ?? [])], blackouts: [...spec.blackouts, ...(facts.blackouts ?? [])] };
}
