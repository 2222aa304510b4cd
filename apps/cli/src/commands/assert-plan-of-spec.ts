import { YishiError, type Plan, type Spec } from "@yishi/domain";

/** A plan judged or edited against a spec must be that organization's plan (else every id lookup misleads). */
export function assertPlanOfSpec(specFile: string, spec: Pick<Spec, "organization">, planFile: string, plan: Pick<Plan, "organization">): void {
  if (spec.organization.id === plan.organization) return;
  throw new YishiError("USAGE", `${planFile}: the plan is for organization "${plan.organization}" but ${specFile} is the spec of "${spec.organization.id}"`, {
    file: planFile,
    path: ["organization"],
  });
}

/** Ids given on the command line must name people and posts of the spec: the error names the option. */
export function assertKnownIds(spec: Pick<Spec, "people" | "duty">, ids: { option: string; id: string; kind: "person" | "post" }[]): void {
  for (const { option, id, kind } of ids) {
    const known = kind === "person" ? spec.people.map((p) => p.id) : spec.duty.posts.map((p) => p.id);
    if (known.includes(id)) continue;
    const what = kind === "person" ? "a person id of the spec" : "a duty post id of the spec";
    throw new YishiError("USAGE", `${option}: unknown ${kind} "${id}" (expected ${what}: ${known.join(", ")})`, { path: [option] });
  }
}
