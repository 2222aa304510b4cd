import type { Plan, PlanChange, PlannedMeeting } from "@yishi/domain";

/**
 * One difference between two plans of the same period, in terms a planner
 * cares about: a meeting's day, time, room, convener or status; who holds a
 * duty seat or a recurring duty's turn; which meeting an item is on.
 */
export type PlanDifference =
  | { kind: "meeting"; meeting: string; before?: MeetingFacts; after?: MeetingFacts }
  | { kind: "duty"; date: string; post: string; before: string[]; after: string[] }
  | { kind: "reception"; duty: string; date: string; before: string[]; after: string[] }
  | { kind: "item"; item: string; before?: string; after?: string };

export interface MeetingFacts {
  date: string;
  start: string;
  end: string;
  room?: string;
  convener?: string;
  status: PlannedMeeting["status"];
}

function factsOf(m: PlannedMeeting): MeetingFacts {
  return { date: m.date, start: m.start, end: m.end, status: m.status, ...(m.room !== undefined ? { room: m.room } : {}), ...(m.convener !== undefined ? { convener: m.convener } : {}) };
}

const sameFacts = (a: MeetingFacts, b: MeetingFacts) => a.date === b.date && a.start === b.start && a.end === b.end && a.room === b.room && a.convener === b.convener && a.status === b.status;

/** Seats (or turns) whose holders differ, by key, in key order; holders sorted. */
function changedHolders<T extends { person: string }>(before: readonly T[], after: readonly T[], keyOf: (x: T) => string): { key: string; was: string[]; now: string[] }[] {
  const group = (list: readonly T[]) => {
    const out = new Map<string, string[]>();
    for (const x of list) out.set(keyOf(x), [...(out.get(keyOf(x)) ?? []), x.person]);
    for (const v of out.values()) v.sort();
    return out;
  };
  const a = group(before);
  const b = group(after);
  return [...new Set([...a.keys(), ...b.keys()])]
    .sort()
    .map((key) => ({ key, was: a.get(key) ?? [], now: b.get(key) ?? [] }))
    .filter(({ was, now }) => !sameList(was, now));
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Every difference between `before` and `after`, in a fixed order (meetings,
 * duties, receptions, items). A re-plan must list each in `changes`
 * (see findUnlistedDifferences); the property test relies on this.
 */
export function diffPlans(before: Plan, after: Plan): PlanDifference[] {
  const out: PlanDifference[] = [];
  const a = new Map(before.meetings.map((m) => [m.id, m]));
  const b = new Map(after.meetings.map((m) => [m.id, m]));
  for (const id of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const x = a.get(id);
    const y = b.get(id);
    if (x && y && sameFacts(factsOf(x), factsOf(y))) continue;
    out.push({ kind: "meeting", meeting: id, ...(x ? { before: factsOf(x) } : {}), ...(y ? { after: factsOf(y) } : {}) });
  }
  for (const { key, was, now } of changedHolders(before.roster, after.roster, (d) => `${d.date}\u0000${d.post}`)) {
    const [date, post] = key.split("\u0000") as [string, string];
    out.push({ kind: "duty", date, post, before: was, after: now });
  }
  for (const { key, was, now } of changedHolders(before.recurringDuties, after.recurringDuties, (d) => `${d.duty}\u0000${d.date}`)) {
    const [duty, date] = key.split("\u0000") as [string, string];
    out.push({ kind: "reception", duty, date, before: was, after: now });
  }
  const placed = (p: Plan) => new Map(p.meetings.filter((m) => m.status === "scheduled").flatMap((m) => m.agenda.map((e) => [e.item, m.id] as const)));
  const ia = placed(before);
  const ib = placed(after);
  for (const item of [...new Set([...ia.keys(), ...ib.keys()])].sort()) {
    const x = ia.get(item);
    const y = ib.get(item);
    if (x === y) continue;
    out.push({ kind: "item", item, ...(x !== undefined ? { before: x } : {}), ...(y !== undefined ? { after: y } : {}) });
  }
  return out;
}

/** Who left and who joined a seat: the pairs a change lists (`from`/`to`, one side absent when the counts differ). */
export function pairHolders(before: readonly string[], after: readonly string[]): { from?: string; to?: string }[] {
  const left = before.filter((p) => !after.includes(p));
  const joined = after.filter((p) => !before.includes(p));
  const pairs: { from?: string; to?: string }[] = [];
  for (let i = 0; i < Math.max(left.length, joined.length); i++) {
    pairs.push({ ...(left[i] !== undefined ? { from: left[i] } : {}), ...(joined[i] !== undefined ? { to: joined[i] } : {}) });
  }
  return pairs;
}

/** The kind of meeting change a difference calls for. */
function meetingKinds(d: Extract<PlanDifference, { kind: "meeting" }>): PlanChange["kind"][] {
  const { before, after } = d;
  if (!before) return ["added"];
  if (!after) return ["cancelled"];
  const kinds: PlanChange["kind"][] = [];
  if (before.status !== after.status) kinds.push(after.status === "cancelled" ? "cancelled" : "added");
  if (after.status === "scheduled" && (before.date !== after.date || before.start !== after.start || before.end !== after.end || before.room !== after.room)) kinds.push("moved");
  if (after.status === "scheduled" && before.convener !== after.convener) kinds.push("reassigned");
  return kinds;
}

/**
 * The differences between two plans that `changes` does not list: empty when
 * the re-plan said everything it did. Each difference must be matched by a
 * change of the right kind naming the same meeting, seat, turn or item (and,
 * for seats and turns, the same people leaving and joining).
 */
export function findUnlistedDifferences(before: Plan, after: Plan, changes: readonly PlanChange[] = after.changes): PlanDifference[] {
  return diffPlans(before, after).filter((d) => {
    switch (d.kind) {
      case "meeting":
        return !meetingKinds(d).every((kind) => changes.some((c) => c.kind === kind && "meeting" in c && c.meeting === d.meeting));
      case "duty":
        return !pairHolders(d.before, d.after).every((p) => changes.some((c) => c.kind === "duty-reassigned" && c.date === d.date && c.post === d.post && c.from === p.from && c.to === p.to));
      case "reception":
        return !pairHolders(d.before, d.after).every((p) => changes.some((c) => c.kind === "reception-reassigned" && c.date === d.date && c.duty === d.duty && c.from === p.from && c.to === p.to));
      case "item": {
        const kind = d.after === undefined ? "item-unplaced" : d.before === undefined ? "item-placed" : "item-moved";
        return !changes.some((c) => c.kind === kind && c.item === d.item && c.from === d.before && c.to === d.after);
      }
    }
  });
}
