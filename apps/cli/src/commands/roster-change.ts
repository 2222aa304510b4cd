import { addFacts, loadSpecChange, type Plan, type Spec, type SpecChange } from "@yishi/domain";

/** What a swap or a replacement is judged against once a change file is taken in. */
export interface ChangedInputs {
  spec: Spec;
  plan: Plan;
  change?: SpecChange;
}

/**
 * A change file, read as `yishi replan --change` reads it (loadSpecChange: the
 * same fields, references checked against the spec and the plan's meetings),
 * taken in for `roster swap` and `roster replace`: its absences and blackouts
 * join the spec's facts, its cancellations cancel the plan's meetings. Without
 * a file, the spec and plan as they are.
 */
export function takeInChange(file: string | undefined, spec: Spec, plan: Plan, planFile: string): ChangedInputs {
  if (file === undefined) return { spec, plan };
  const change = loadSpecChange(file, { spec, meetingIds: plan.meetings.map((m) => m.id), planFile });
  const cancelled = new Set(change.cancel);
  return {
    spec: addFacts(spec, change),
    plan: cancelled.size === 0 ? plan : { ...plan, meetings: plan.meetings.map((m) => (cancelled.has(m.id) ? { ...m, status: "cancelled" as const } : m)) },
    change,
  };
}
