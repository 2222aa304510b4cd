import { compareText, isLeader, type DutyPost, type PlannedMeeting, type Spec } from "@yishi/domain";
import { eachDay, weekdayOf } from "@yishi/calendar";

/** Why a person cannot take a given duty on a given day. */
export type Unavailability =
  | { kind: "absent"; absence: Spec["absences"][number] }
  | { kind: "meeting"; meeting: Pick<PlannedMeeting, "id" | "title" | "date"> }
  | { kind: "no-weekday"; weekday: number; reason?: string }
  | { kind: "no-shift"; shift: string; reason?: string }
  | { kind: "not-leader" }
  | { kind: "not-in-pool" };

/** Who may fill a post: its pool, leaders only where the post says so. */
export interface PostPool {
  post: DutyPost;
  members: string[];
  /** Pool members left out, with why (e.g. an office director on a leaders-only post). */
  excluded: { person: string; reason: "not-leader" | "unknown-person" }[];
}

export function resolvePostPools(spec: Pick<Spec, "people" | "duty">): PostPool[] {
  const people = new Map(spec.people.map((p) => [p.id, p]));
  return spec.duty.posts.map((post) => {
    const members: string[] = [];
    // A set beside the list: a pool of thousands was scanned once per member.
    const seen = new Set<string>();
    const excluded: PostPool["excluded"] = [];
    for (const id of post.pool) {
      const person = people.get(id);
      if (!person) excluded.push({ person: id, reason: "unknown-person" });
      else if (post.leadersOnly && !isLeader(person)) excluded.push({ person: id, reason: "not-leader" });
      else if (!seen.has(id)) {
        seen.add(id);
        members.push(id);
      }
    }
    return { post, members, excluded };
  });
}

/**
 * Answers "may X take post P on day D, and if not why": absences, meetings the
 * calendar puts X in (expected minus absent; 房山区 第七十四条 — a leader who
 * cannot serve swaps), and the person's restrictions. Rest between duties is
 * not a property of one day and is checked by the caller.
 */
export interface DutyAvailability {
  why(person: string, date: string, post: DutyPost): Unavailability | undefined;
  isAvailable(person: string, date: string, post: DutyPost): boolean;
}

export function createDutyAvailability(
  spec: Pick<Spec, "people" | "absences" | "duty">,
  meetings: readonly PlannedMeeting[] = [],
): DutyAvailability {
  const people = new Map(spec.people.map((p) => [p.id, p]));
  // Per person, per date: asked once per post, member and day, so no key string is built per question.
  const busy = new Map<string, Map<string, Unavailability>>();
  const busyOn = (person: string, date: string) => busy.get(person)?.get(date);
  // Absences stay ranges, looked up per query: a long absence costs nothing per day it spans.
  const absences = new Map<string, Spec["absences"]>();
  for (const a of spec.absences) absences.set(a.person, [...(absences.get(a.person) ?? []), a]);
  const absenceOn = (person: string, date: string) => absences.get(person)?.find((a) => a.from <= date && date <= a.to);
  const sortedMeetings = [...meetings].sort((a, b) => (a.date === b.date ? compareText(a.id, b.id) : a.date < b.date ? -1 : 1));
  for (const m of sortedMeetings) {
    if (m.status === "cancelled") continue;
    const away = new Set(m.absent.map((a) => a.person));
    for (const date of eachDay(m.date, m.endDate ?? m.date)) {
      for (const person of m.expected) {
        if (away.has(person) || absenceOn(person, date) !== undefined || busyOn(person, date)) continue;
        let days = busy.get(person);
        if (!days) busy.set(person, (days = new Map()));
        days.set(date, { kind: "meeting", meeting: { id: m.id, title: m.title, date: m.date } });
      }
    }
  }
  const restrictions = new Map<string, Spec["duty"]["restrictions"]>();
  for (const r of spec.duty.restrictions) restrictions.set(r.person, [...(restrictions.get(r.person) ?? []), r]);

  const pools = new Map<DutyPost, Set<string>>();
  function why(person: string, date: string, post: DutyPost): Unavailability | undefined {
    const p = people.get(person);
    let pool = pools.get(post);
    if (!pool) pools.set(post, (pool = new Set(post.pool)));
    if (!p || !pool.has(person)) return { kind: "not-in-pool" };
    if (post.leadersOnly && !isLeader(p)) return { kind: "not-leader" };
    const absence = absenceOn(person, date);
    if (absence) return { kind: "absent", absence };
    // A restriction is a hard bar and a meeting only gives way in the last resort: the restriction is the answer when both hold,
    // or a fallback that lets meetings give way would seat a restricted person.
    for (const r of restrictions.get(person) ?? []) {
      const wd = weekdayOf(date);
      if (r.noWeekdays.includes(wd)) return r.reason === undefined ? { kind: "no-weekday", weekday: wd } : { kind: "no-weekday", weekday: wd, reason: r.reason };
      if (r.noShift.includes(post.shift)) return r.reason === undefined ? { kind: "no-shift", shift: post.shift } : { kind: "no-shift", shift: post.shift, reason: r.reason };
    }
    return busyOn(person, date);
  }
  return { why, isAvailable: (person, date, post) => why(person, date, post) === undefined };
}
