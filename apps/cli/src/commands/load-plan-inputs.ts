import { createCalendar, loadSpecCalendar, type WorkCalendar } from "@yishi/calendar";
import { YishiError, loadPlan, loadSpec, type Plan, type Spec } from "@yishi/domain";

export interface PlanInputs {
  plan: Plan;
  spec: Spec | undefined;
  calendar: WorkCalendar;
}

/** Reads a plan and, when given, the spec it was made from (names, rooms, holiday files). */
export function loadPlanInputs(planFile: string, specFile: string | undefined): PlanInputs {
  const plan = loadPlan(planFile);
  if (specFile === undefined) return { plan, spec: undefined, calendar: createCalendar() };
  const loaded = loadSpec(specFile);
  if (loaded.spec.organization.id !== plan.organization) {
    throw new YishiError("USAGE", `${specFile}: the spec is for organization "${loaded.spec.organization.id}" but ${planFile} is a plan for "${plan.organization}"`, {
      file: specFile,
      path: ["organization", "id"],
    });
  }
  return { plan, spec: loaded.spec, calendar: loadSpecCalendar(loaded) };
}
