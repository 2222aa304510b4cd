import type { Issue } from "./errors.js";
import type { ParsedDocument } from "./parse-document.js";
import type { Spec } from "./spec.js";

type Path = (string | number)[];

/**
 * Cross-reference checks zod cannot express: ids are unique and every id a
 * spec mentions (a member, a room, a unit) is defined. All problems at once.
 */
export function checkSpecReferences(spec: Spec, doc?: ParsedDocument, file?: string): Issue[] {
  const issues: Issue[] = [];
  const add = (path: Path, message: string, expected?: string, found?: string) => {
    const pos = doc?.locate(path);
    issues.push({ file, line: pos?.line, column: pos?.column, path, message, expected, found });
  };

  const ids = (list: { id: string }[], ...field: string[]) => {
    const seen = new Map<string, number>();
    list.forEach((entry, i) => {
      // No id (only in a spec that failed the schema, read by viewSpecReferences): the schema has said so.
      if (entry.id === undefined) return;
      const first = seen.get(entry.id);
      if (first !== undefined) add([...field, i, "id"], `duplicate id (first used at ${field.join(".")}[${first}])`, "a unique id", JSON.stringify(entry.id));
      else seen.set(entry.id, i);
    });
    return new Set(seen.keys());
  };
  const people = ids(spec.people, "people");
  const units = ids(spec.units, "units");
  const rooms = ids(spec.rooms, "rooms");
  const bodies = ids(spec.bodies, "bodies");
  const series = ids(spec.series, "series");
  ids(spec.duty.posts, "duty", "posts");
  ids(spec.recurringDuties, "recurringDuties");
  ids(spec.agendaItems, "agendaItems");
  ids(spec.events, "events");

  const ref = (set: Set<string>, what: string) => (value: string | undefined, path: Path) => {
    if (value !== undefined && !set.has(value)) add(path, `unknown ${what}`, `the id of a ${what} defined in the spec`, JSON.stringify(value));
  };
  const person = ref(people, "person");
  const unit = ref(units, "unit");
  const room = ref(rooms, "room");
  const body = ref(bodies, "body");
  const seriesRef = ref(series, "series");

  spec.people.forEach((p, i) => unit(p.unit, ["people", i, "unit"]));
  spec.units.forEach((u, i) => person(u.head, ["units", i, "head"]));
  spec.bodies.forEach((b, i) => {
    b.members.forEach((m, j) => person(m, ["bodies", i, "members", j]));
    person(b.convener, ["bodies", i, "convener"]);
    b.designatedConveners.forEach((m, j) => person(m, ["bodies", i, "designatedConveners", j]));
    b.attendees.forEach((m, j) => person(m, ["bodies", i, "attendees", j]));
  });
  spec.series.forEach((s, i) => {
    body(s.body, ["series", i, "body"]);
    room(s.room, ["series", i, "room"]);
    s.rooms?.forEach((r, j) => room(r, ["series", i, "rooms", j]));
    s.pinned.forEach((p, j) => room(p.room, ["series", i, "pinned", j, "room"]));
    const b = spec.bodies.find((x) => x.id === s.body);
    if (b && b.type !== undefined && s.type !== undefined && b.type !== s.type) add(["series", i, "type"], `series type differs from its body's type`, JSON.stringify(b.type), JSON.stringify(s.type));
  });
  spec.absences.forEach((a, i) => {
    person(a.person, ["absences", i, "person"]);
    person(a.substitute, ["absences", i, "substitute"]);
  });
  const recurringDuty = ref(new Set(spec.recurringDuties.map((d) => d.id)), "recurring duty");
  spec.blackouts.forEach((b, i) => {
    b.series.forEach((s, j) => seriesRef(s, ["blackouts", i, "series", j]));
    if (Array.isArray(b.recurringDuties)) b.recurringDuties.forEach((d, j) => recurringDuty(d, ["blackouts", i, "recurringDuties", j]));
  });
  spec.duty.posts.forEach((p, i) => p.pool.forEach((m, j) => person(m, ["duty", "posts", i, "pool", j])));
  spec.duty.history.forEach((h, i) => person(h.person, ["duty", "history", i, "person"]));
  spec.duty.preferences.forEach((h, i) => person(h.person, ["duty", "preferences", i, "person"]));
  spec.duty.restrictions.forEach((h, i) => person(h.person, ["duty", "restrictions", i, "person"]));
  spec.recurringDuties.forEach((d, i) => d.pool.forEach((m, j) => person(m, ["recurringDuties", i, "pool", j])));
  spec.agendaItems.forEach((item, i) => {
    unit(item.unit, ["agendaItems", i, "unit"]);
    person(item.responsibleLeader, ["agendaItems", i, "responsibleLeader"]);
    person(item.countersignedBy, ["agendaItems", i, "countersignedBy"]);
  });
  spec.capApprovals.forEach((c, i) => {
    person(c.approvedBy, ["capApprovals", i, "approvedBy"]);
    seriesRef(c.series, ["capApprovals", i, "series"]);
    if (c.meeting === undefined && (c.series === undefined || c.date === undefined)) add(["capApprovals", i], "name the meeting: `meeting`, or `series` and `date`", "meeting or series+date", "neither");
  });
  spec.events.forEach((e, i) => e.leaders.forEach((m, j) => person(m, ["events", i, "leaders", j])));
  // A rule narrowed to a series that does not exist would silently cover nothing.
  // Optional chaining: viewSpecReferences hands over specs that failed the schema, profile and all.
  spec.profile?.overrides?.forEach((o, i) => o?.scope?.series?.forEach((s, j) => seriesRef(s, ["profile", "overrides", i, "scope", "series", j])));
  spec.profile?.rules?.forEach((r, i) => r?.scope?.series?.forEach((s, j) => seriesRef(s, ["profile", "rules", i, "scope", "series", j])));
  return issues;
}
