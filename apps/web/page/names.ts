import type { Plan, Violation } from "@yishi/domain";
import type { WorkbenchSession } from "../src/workbench-session.js";
import type { Lang } from "./i18n.js";

/** Display names from the session, falling back to ids. */
export interface Names {
  person(id: string): string;
  room(id: string | undefined): string;
  item(id: string): string;
  post(id: string): string;
  duty(id: string): string;
}

export function createNames(view: WorkbenchSession["view"]): Names {
  return {
    person: (id) => view.people[id] ?? id,
    room: (id) => (id === undefined ? "" : (view.rooms[id] ?? id)),
    item: (id) => view.items[id]?.title ?? id,
    post: (id) => view.posts[id] ?? id,
    duty: (id) => view.duties[id] ?? id,
  };
}

/** Where each violation shows: on the dates it concerns (a meeting's on its date), its meetings, and its duty seats. */
export interface ViolationIndex {
  byDate: Map<string, number[]>;
  byMeeting: Map<string, number[]>;
  /** `date|person`: a person's duty or reception on a date. */
  byPersonDay: Map<string, number[]>;
}

function add(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [i]);
  else if (list.at(-1) !== i) list.push(i);
}

export function indexViolations(plan: Plan, violations: readonly Violation[]): ViolationIndex {
  const meetings = new Map(plan.meetings.map((m) => [m.id, m]));
  const index: ViolationIndex = { byDate: new Map(), byMeeting: new Map(), byPersonDay: new Map() };
  violations.forEach((v, i) => {
    const dates = new Set(v.subjects.dates);
    for (const id of v.subjects.meetings) {
      add(index.byMeeting, id, i);
      const m = meetings.get(id);
      if (m) dates.add(m.date);
    }
    for (const d of [...dates].sort()) {
      add(index.byDate, d, i);
      for (const p of v.subjects.people) add(index.byPersonDay, `${d}|${p}`, i);
    }
  });
  return index;
}

export const pick = (text: { zh: string; en: string }, lang: Lang) => text[lang];
