import type { AgendaItem, Role } from "@yishi/domain";

/** What keeps an item's countersign from letting it go to a meeting; undefined when nothing does. */
export type CountersignProblem = { kind: "missing" } | { kind: "wrong-person"; by: string } | { kind: "late"; by: string; on: string };

/**
 * 由区政府办公室主任会签后方可上会 (西城区 附件1 三.1, 附件2 三.1): countersigned by a
 * person of one of `roles`, on or before the meeting day (the article gives no
 * number of days). The checker and the agenda planner both judge by this.
 */
export function judgeCountersign(item: Pick<AgendaItem, "countersignedBy" | "countersignedOn">, meetingDate: string, roles: readonly Role[], rolesOf: (person: string) => readonly Role[]): CountersignProblem | undefined {
  const { countersignedBy: by, countersignedOn: on } = item;
  if (by === undefined || on === undefined) return { kind: "missing" };
  if (!rolesOf(by).some((r) => roles.includes(r))) return { kind: "wrong-person", by };
  if (on > meetingDate) return { kind: "late", by, on };
  return undefined;
}
