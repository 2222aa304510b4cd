import { PLAN_SCHEMA, RuleProfile, Spec, type Plan, type PlannedMeeting, type RuleInput, type SpecInput, type Violation } from "@yishi/domain";
import type { WorkCalendar } from "@yishi/calendar";
import { check } from "@yishi/rules";

/** Test fixtures: a small government and a hand-written profile (not shipped data). */
const cite = (article: string) => ({ jurisdiction: "测试区", article, text: `${article}（测试）` });

function rule(id: string, check: string, meetingTypes: string[], params: Record<string, unknown>, severity: "hard" | "soft" = "hard"): RuleInput {
  const kind = check.split(".")[0] === "attendance" ? "attendance" : (check.split(".")[0] as RuleInput["kind"]);
  return { id, kind, check, severity, scope: { meetingTypes: meetingTypes as never, duties: [] }, params, citation: cite(id), summary: { zh: id, en: id } };
}

export const MEMBERS = ["zhang", "li", "wang", "liu", "chen", "yang", "zhao", "huang"];

export function testProfile(extra: RuleInput[] = [], omit: string[] = []): RuleProfile {
  return RuleProfile.parse({
    id: "test",
    name: { zh: "测试", en: "test" },
    jurisdiction: "测试区",
    rules: [
      rule("exec.cadence", "cadence.every-n-weeks", ["executive"], { weeks: 2 }),
      rule("mo.cadence", "cadence.per-month", ["mayor-office"], { min: 2, max: 3 }),
      rule("no-monday", "calendar.no-weekday", ["executive", "mayor-office", "plenary", "topic"], { weekdays: [1] }),
      rule("working-day", "calendar.working-day", ["executive", "mayor-office", "plenary", "topic"], {}),
      rule("exec.quorum", "quorum.majority", ["executive"], { fraction: 0.5, strict: true }),
      rule("exec.convener", "attendance.convener", ["executive", "mayor-office", "plenary"], {}),
      ...extra,
    ].filter((r) => !omit.includes(r.id)),
  });
}

export function testSpec(overrides: Partial<SpecInput> = {}): Spec {
  return Spec.parse({
    organization: { id: "test", name: "测试区人民政府", jurisdiction: "测试区" },
    people: [...MEMBERS, "sun", "zhou"].map((id) => ({ id, name: id, roles: [id === "zhang" ? "mayor" : "deputy"] })),
    rooms: [
      { id: "r1", name: "一号会议室" },
      { id: "r2", name: "二号会议室" },
    ],
    bodies: [
      { id: "exec", name: "常务会议", type: "executive", members: MEMBERS, convener: "zhang", designatedConveners: ["li"] },
      { id: "mo", name: "区长办公会议", type: "mayor-office", members: ["zhang", "li", "huang"], convener: "zhang" },
      { id: "pl", name: "全体会议", type: "plenary", members: [...MEMBERS, "sun", "zhou"], convener: "zhang" },
    ],
    series: [{ id: "exec", name: "常务会议", type: "executive", body: "exec", weekdays: [4, 3, 2, 5], start: "09:00", durationMinutes: 120, room: "r1" }],
    ...overrides,
  });
}

/** A small 房山区 government under the shipped 房山区 profile: the mayor, the executive deputy and three deputies. */
export function fangshanSpec(overrides: Partial<SpecInput>): Spec {
  return Spec.parse({
    organization: { id: "fs", name: "北京市房山区人民政府", jurisdiction: "房山区" },
    profile: { base: "房山区" },
    people: [
      { id: "zhang", name: "张区长", roles: ["mayor"] },
      { id: "li", name: "李常务", roles: ["executive-deputy"] },
      { id: "wang", name: "王副区长", roles: ["deputy"] },
      { id: "chen", name: "陈副区长", roles: ["deputy"] },
      { id: "zhao", name: "赵副区长", roles: ["deputy"] },
    ],
    ...overrides,
  });
}

/** Judges planned meetings with the independent rule checker (not the planner's own bookkeeping). */
export function judge(spec: Spec, profile: RuleProfile, calendar: WorkCalendar, period: { from: string; to: string; label: string }, meetings: PlannedMeeting[]): Violation[] {
  return check(spec, meetingsPlan(spec, profile, period, meetings), profile, { calendar });
}

/** A plan holding only these meetings (what the meetings planner gives, as a plan to judge or re-plan from). */
export function meetingsPlan(spec: Spec, profile: Pick<RuleProfile, "id">, period: { from: string; to: string; label: string }, meetings: PlannedMeeting[]): Plan {
  return {
    schema: PLAN_SCHEMA,
    organization: spec.organization.id,
    profile: profile.id,
    period,
    meetings,
    roster: [],
    recurringDuties: [],
    unplacedItems: [],
    notices: [],
    changes: [],
    violations: [],
    solve: [],
  };
}

export function hardViolations(violations: Violation[]): string[] {
  return violations.filter((v) => v.severity === "hard").map((v) => `${v.code}: ${v.message.en}`);
}
