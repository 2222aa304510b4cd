import { MeetingType } from "./meeting-type.js";
import type { Spec } from "./spec.js";

type Entry = Record<string, unknown>;

/**
 * The fields checkSpecReferences reads, taken defensively from a document
 * that failed the schema, so a spec's unknown people and duplicate ids are
 * listed with its schema problems instead of after they are fixed. Lists keep
 * their length (paths stay right); a value of the wrong kind becomes
 * `undefined`, which the check skips: the schema has already said so.
 */
export function viewSpecReferences(value: unknown): Spec {
  const root = entry(value);
  const duty = entry(root.duty);
  const view = {
    people: list(root.people).map((p) => ({ id: str(p.id), unit: str(p.unit) })),
    units: list(root.units).map((u) => ({ id: str(u.id), head: str(u.head) })),
    rooms: list(root.rooms).map((r) => ({ id: str(r.id) })),
    bodies: list(root.bodies).map((b) => ({
      id: str(b.id),
      type: meetingType(b.type),
      members: strs(b.members),
      convener: str(b.convener),
      designatedConveners: strs(b.designatedConveners),
      attendees: strs(b.attendees),
    })),
    series: list(root.series).map((s) => ({ id: str(s.id), type: meetingType(s.type), body: str(s.body), room: str(s.room), rooms: Array.isArray(s.rooms) ? strs(s.rooms) : undefined, pinned: list(s.pinned).map((p) => ({ room: str(p.room) })) })),
    absences: list(root.absences).map((a) => ({ person: str(a.person), substitute: str(a.substitute) })),
    blackouts: list(root.blackouts).map((b) => ({ series: strs(b.series), recurringDuties: Array.isArray(b.recurringDuties) ? strs(b.recurringDuties) : undefined })),
    duty: {
      posts: list(duty.posts).map((p) => ({ id: str(p.id), pool: strs(p.pool) })),
      history: list(duty.history).map((h) => ({ person: str(h.person) })),
      preferences: list(duty.preferences).map((h) => ({ person: str(h.person) })),
      restrictions: list(duty.restrictions).map((h) => ({ person: str(h.person) })),
    },
    recurringDuties: list(root.recurringDuties).map((d) => ({ id: str(d.id), pool: strs(d.pool) })),
    agendaItems: list(root.agendaItems).map((i) => ({ id: str(i.id), unit: str(i.unit), responsibleLeader: str(i.responsibleLeader), countersignedBy: str(i.countersignedBy) })),
    capApprovals: list(root.capApprovals).map((c) => ({ approvedBy: str(c.approvedBy), series: str(c.series), meeting: str(c.meeting), date: str(c.date) })),
    events: list(root.events).map((e) => ({ id: str(e.id), leaders: strs(e.leaders) })),
  };
  // Only the fields above are read; the rest of Spec is never touched on this path.
  return view as unknown as Spec;
}

function entry(value: unknown): Entry {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Entry) : {};
}

function list(value: unknown): Entry[] {
  return Array.isArray(value) ? value.map(entry) : [];
}

function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function strs(value: unknown): (string | undefined)[] {
  return Array.isArray(value) ? value.map(str) : [];
}

function meetingType(value: unknown): MeetingType | undefined {
  const parsed = MeetingType.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
