import { addDays } from "@yishi/calendar";
import type { Plan } from "@yishi/domain";
import { buildSamplePlan } from "./sample-plan.js";

/**
 * The sample 2026Q1 plan moved to 2026Q2: every date 91 days (13 weeks) on,
 * so weekdays stay and 2026-01-01…03-31 lands in 2026-04-02…06-30, with the
 * same meeting ids (`exec#1`…) the planner would give Q2. A hand-built second
 * quarter, since @yishi/export sits below nothing that plans.
 */
export function buildSampleQ2Plan(): Plan {
  const q1 = buildSamplePlan();
  const shift = (date: string) => addDays(date, 91);
  const optional = (date: string | undefined) => (date === undefined ? undefined : shift(date));
  return {
    ...q1,
    period: { from: "2026-04-01", to: "2026-06-30", label: "2026Q2" },
    meetings: q1.meetings.map((m) => ({
      ...m,
      date: shift(m.date),
      endDate: optional(m.endDate),
      planSubmittedOn: optional(m.planSubmittedOn),
      minutesIssuedOn: optional(m.minutesIssuedOn),
    })),
    roster: q1.roster.map((d) => ({ ...d, date: shift(d.date) })),
    recurringDuties: q1.recurringDuties.map((r) => ({ ...r, date: shift(r.date) })),
    notices: q1.notices.map((n) => ({ ...n, date: shift(n.date), materialsDue: shift(n.materialsDue) })),
    changes: [],
  };
}
