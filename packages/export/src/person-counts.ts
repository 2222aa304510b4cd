import { compareText } from "@yishi/domain";
import type { PlanContext } from "./plan-context.js";
import type { PlanTable } from "./tables.js";

/**
 * 人员统计: per person, the meetings they are expected at (scheduled, not
 * absent), their duties, those on weekends and holidays (the heavy ones),
 * and their recurring duties such as petition reception. People in the
 * spec's order, then anyone else the plan names.
 */
export function buildPersonCountsTable(ctx: PlanContext): PlanTable {
  const counts = new Map<string, [number, number, number, number]>();
  const add = (person: string, column: 0 | 1 | 2 | 3) => {
    const row = counts.get(person) ?? [0, 0, 0, 0];
    row[column]++;
    counts.set(person, row);
  };
  for (const m of ctx.plan.meetings) {
    if (m.status === "cancelled") continue;
    const absent = new Set(m.absent.map((a) => a.person));
    for (const person of new Set([...(m.convener === undefined ? [] : [m.convener]), ...m.expected])) if (!absent.has(person)) add(person, 0);
  }
  for (const duty of ctx.plan.roster) {
    add(duty.person, 1);
    const kind = ctx.describeDay(duty.date).kind;
    if (kind === "weekend" || kind === "holiday") add(duty.person, 2);
  }
  for (const r of ctx.plan.recurringDuties) add(r.person, 3);
  const order = ctx.spec?.people.map((p) => p.id) ?? [];
  const known = new Set(order);
  const others = [...counts.keys()].filter((p) => !known.has(p)).sort(compareText);
  const rows = [...order, ...others]
    .filter((p) => counts.has(p))
    .map((p) => [ctx.personName(p), p, ...counts.get(p)!.map(String)]);
  return {
    name: "person-counts",
    title: "人员统计",
    headers: ["姓名", "编号", "出席会议", "值班", "其中周末及节假日值班", "接访等轮值"],
    widths: [10, 14, 10, 8, 12, 10],
    rows,
    types: ["text", "text", "number", "number", "number", "number"],
  };
}
