import type { Plan } from "@yishi/domain";

/**
 * The part of a plan one person is in: meetings they are expected at or
 * convene, their duties and their reception turns. For "my calendar" files
 * and the page's person filter; the rest of the plan is left out, not judged.
 */
export function selectPersonPlan(plan: Plan, person: string): Plan {
  return {
    ...plan,
    meetings: plan.meetings.filter((m) => m.convener === person || m.expected.includes(person)),
    roster: plan.roster.filter((d) => d.person === person),
    recurringDuties: plan.recurringDuties.filter((r) => r.person === person),
    notices: [],
    unplacedItems: [],
    changes: [],
  };
}
