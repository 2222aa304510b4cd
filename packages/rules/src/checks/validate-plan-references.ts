import { YishiError, type Issue, type Plan, type Spec } from "@yishi/domain";

/**
 * A plan that names a person, item, room, series, post or duty the spec does
 * not define was made for another spec: judging it would be meaningless, so
 * `check` stops with PLAN_INVALID naming every such path at once.
 */
export function validatePlanReferences(spec: Spec, plan: Plan): void {
  const issues: Issue[] = [];
  const known = (list: { id: string }[]) => new Set(list.map((x) => x.id));
  const people = known(spec.people);
  const items = known(spec.agendaItems);
  const rooms = known(spec.rooms);
  const series = known(spec.series);
  const posts = known(spec.duty.posts);
  const duties = known(spec.recurringDuties);
  const ref = (set: Set<string>, what: string, value: string | undefined, path: (string | number)[]) => {
    if (value !== undefined && !set.has(value)) {
      issues.push({ path, message: `plan refers to unknown ${what}`, expected: `the id of a ${what} defined in the spec`, found: JSON.stringify(value) });
    }
  };
  plan.meetings.forEach((m, i) => {
    const at = ["meetings", i];
    ref(series, "meeting series", m.series, [...at, "series"]);
    ref(rooms, "room", m.room, [...at, "room"]);
    ref(people, "person", m.convener, [...at, "convener"]);
    m.expected.forEach((p, j) => ref(people, "person", p, [...at, "expected", j]));
    m.absent.forEach((a, j) => {
      ref(people, "person", a.person, [...at, "absent", j, "person"]);
      ref(people, "person", a.substitute, [...at, "absent", j, "substitute"]);
    });
    m.agenda.forEach((e, j) => ref(items, "agenda item", e.item, [...at, "agenda", j, "item"]));
    m.speeches.forEach((s, j) => ref(people, "person", s.person, [...at, "speeches", j, "person"]));
  });
  plan.roster.forEach((a, i) => {
    ref(posts, "duty post", a.post, ["roster", i, "post"]);
    ref(people, "person", a.person, ["roster", i, "person"]);
  });
  plan.recurringDuties.forEach((a, i) => {
    ref(duties, "recurring duty", a.duty, ["recurringDuties", i, "duty"]);
    ref(people, "person", a.person, ["recurringDuties", i, "person"]);
  });
  if (issues.length > 0) {
    const first = issues[0]!;
    throw new YishiError("PLAN_INVALID", `the plan does not match the spec: ${issues.length} unknown reference${issues.length === 1 ? "" : "s"}`, {
      path: first.path,
      issues,
    });
  }
}
