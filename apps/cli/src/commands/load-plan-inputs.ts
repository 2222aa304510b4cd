import { createCalendar, loadSpecCalendar, type WorkCalendar } from "@yishi/calendar";
import { loadPlan, loadSpec, type Plan, type Spec } from "@yishi/domain";
import { assertPlanOfSpec } from "./assert-plan-of-spec.js";

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
  assertPlanOfSpec(specFile, loaded.spec, planFile, plan);
  return { plan, spec: loaded.spec, calendar: loadSpecCalendar(loaded) };
}
