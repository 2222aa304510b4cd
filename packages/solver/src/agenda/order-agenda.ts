import { compareText, minOf } from "@yishi/domain";
import type { AgendaEntry, AgendaItem, Person, Role } from "@yishi/domain";
import { addClockMinutes } from "./lead-time.js";
import { compareItemPriority } from "./item-weight.js";

/** Leaders report in order of rank: mayor, executive deputy, deputies, then others. */
const RANK: Partial<Record<Role, number>> = {
  mayor: 0,
  "executive-deputy": 1,
  deputy: 2,
  "party-group-member": 3,
  "secretary-general": 4,
  "office-director": 5,
};

export function leaderRank(person: Pick<Person, "roles"> | undefined): number {
  if (person === undefined) return 99;
  return minOf(person.roles.map((r) => RANK[r] ?? 50), 99);
}

/**
 * A meeting's agenda in order: each responsible leader's items together
 * (so a leader attends one block), leaders by rank and then by their most
 * pressing item, items within a block by priority; each item starts when the
 * previous one ends, from the meeting's start.
 */
export function orderAgenda(
  placed: readonly { item: AgendaItem; minutes: number }[],
  people: ReadonlyMap<string, Person>,
  meetingStart: string,
): AgendaEntry[] {
  const groups = new Map<string, { item: AgendaItem; minutes: number }[]>();
  for (const p of placed) groups.set(p.item.responsibleLeader, [...(groups.get(p.item.responsibleLeader) ?? []), p]);
  for (const list of groups.values()) list.sort((a, b) => compareItemPriority(a.item, b.item));
  const leaders = [...groups.keys()].sort(
    (a, b) => leaderRank(people.get(a)) - leaderRank(people.get(b)) || compareItemPriority(groups.get(a)![0]!.item, groups.get(b)![0]!.item) || compareText(a, b),
  );
  const entries: AgendaEntry[] = [];
  let offset = 0;
  for (const leader of leaders) {
    for (const { item, minutes } of groups.get(leader)!) {
      entries.push({ item: item.id, order: entries.length + 1, start: addClockMinutes(meetingStart, offset), minutes });
      offset += minutes;
    }
  }
  return entries;
}
