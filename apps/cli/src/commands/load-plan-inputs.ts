import { createCalendar, loadSpecCalendar, type WorkCalendar } from "@yishi/calendar";
import { loadPlan, type Plan, type PlanVerdict, type Spec } from "@yishi/domain";
import { describeStoredVerdict, judgePlan, resolveProfile } from "@yishi/rules";
import { loadSpecWithImports } from "@yishi/tables";
import type { CommandContext } from "../context.js";
import { assertPlanOfSpec } from "./assert-plan-of-spec.js";

export interface PlanInputs {
  plan: Plan;
  spec: Spec | undefined;
  calendar: WorkCalendar;
  /** The plan judged now against the spec (or unchecked without one): what the output shows. */
  verdict: PlanVerdict;
}

/**
 * Reads a plan and, when given, the spec it was made from (names, rooms,
 * holiday files), and judges the plan against it; tells the user on stderr
 * when the plan was not checked, or when the file's own verdict was judged
 * against another spec, profile or calendar.
 */
export async function loadPlanInputs(ctx: CommandContext, planFile: string, specFile: string | undefined): Promise<PlanInputs> {
  const plan = loadPlan(planFile);
  if (specFile === undefined) {
    const calendar = createCalendar();
    const verdict = judgePlan({ plan, spec: undefined, calendar });
    if (!verdict.checked) ctx.io.err(`${planFile}: ${verdict.reason.zh} (${verdict.reason.en})`);
    return { plan, spec: undefined, calendar, verdict };
  }
  const loaded = await loadSpecWithImports(specFile);
  assertPlanOfSpec(specFile, loaded.spec, planFile, plan);
  const calendar = loadSpecCalendar(loaded);
  const verdict = judgePlan({ plan, spec: loaded.spec, profile: resolveProfile(loaded.spec.profile, { file: specFile }), calendar });
  const note = describeStoredVerdict(verdict);
  if (note !== undefined) ctx.io.err(`${planFile}: ${note.zh} (${note.en})`);
  return { plan, spec: loaded.spec, calendar, verdict };
}
