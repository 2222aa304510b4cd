import { z } from "zod";
import { snapshotCalendar, yearOf, type WorkCalendar } from "@yishi/calendar";
import { CalendarSnapshot, Plan, RuleProfile, Spec, type PlanVerdict } from "@yishi/domain";
import { resolveProfile } from "@yishi/rules";
import { buildViewPayload, type ViewPayload } from "./view-payload.js";

/**
 * What the workbench page loads once (GET /api/session): the plan, the spec
 * and effective profile it is judged by, and the calendar frozen over the
 * years around the period, so the page judges every edit itself with the
 * rules package, on exactly the server's days. `version` identifies the plan
 * file's bytes as loaded: a save is refused when the file has changed since.
 */
export const WorkbenchSession = z.strictObject({
  plan: Plan,
  spec: Spec.optional(),
  profile: RuleProfile.optional(),
  calendar: CalendarSnapshot,
  /** Names and day facts for display (the read-only view's payload). */
  view: z.custom<ViewPayload>((v) => typeof v === "object" && v !== null),
  /** The plan file's name (no folder) when the page can save to it. */
  planFile: z.string().optional(),
  version: z.string().optional(),
});
export type WorkbenchSession = z.infer<typeof WorkbenchSession>;

export interface SessionInput {
  plan: Plan;
  spec: Spec | undefined;
  profile: RuleProfile | undefined;
  calendar: WorkCalendar;
  verdict?: PlanVerdict;
  planFile?: string;
  version?: string;
}

/**
 * The session as served. The plan's stored `violations` are replaced by the
 * verdict judged now (or emptied when unchecked), so no script can show the
 * stored list by mistake. The calendar covers the year before the period to
 * the year after: every lead time and cadence look-back a rule makes.
 */
export function buildWorkbenchSession(input: SessionInput): WorkbenchSession {
  const { plan, spec } = input;
  const profile = input.profile ?? (spec === undefined ? undefined : resolveProfile(spec.profile));
  const view = buildViewPayload(plan, spec, { calendar: input.calendar, ...(profile ? { profile } : {}), ...(input.verdict ? { verdict: input.verdict } : {}) });
  const served: Plan = { ...plan, violations: view.verdict.checked ? view.verdict.violations : [] };
  return {
    plan: served,
    ...(spec ? { spec } : {}),
    ...(profile ? { profile } : {}),
    calendar: snapshotCalendar(input.calendar, yearOf(plan.period.from) - 1, yearOf(plan.period.to) + 1),
    view,
    ...(input.planFile !== undefined ? { planFile: input.planFile } : {}),
    ...(input.version !== undefined ? { version: input.version } : {}),
  };
}
