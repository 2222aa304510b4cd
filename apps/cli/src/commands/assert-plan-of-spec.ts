import { YishiError, type Plan, type Spec } from "@yishi/domain";

/** A plan judged or edited against a spec must be that organization's plan (else every id lookup misleads). */
export function assertPlanOfSpec(specFile: string, spec: Pick<Spec, "organization">, planFile: string, plan: Pick<Plan, "organization">): void {
  if (spec.organization.id === plan.organization) return;
  throw new YishiError("USAGE", `${planFile}: the plan is for organization "${plan.organization}" but ${specFile} is the spec of "${spec.organization.id}"`, {
    file: planFile,
    path: ["organization"],
  });
}
