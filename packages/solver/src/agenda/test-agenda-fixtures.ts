import { PLAN_SCHEMA, PlannedMeeting, RuleProfile, Spec, type AgendaItem, type Plan, type RuleInput, type SpecInput } from "@yishi/domain";
import { createCalendar } from "@yishi/calendar";
import { check } from "@yishi/rules";
import type { AgendaAllocation } from "./allocate-agenda.js";

/** Test fixtures for the agenda planner: a small government and hand-written rules (not shipped data). */
export const calendar = createCalendar();
export const PERIOD = { from: "2026-01-01", to: "2026-03-31", label: "2026Q1" };

export function rule(id: string, check: string, meetingTypes: string[], params: Record<string, unknown> = {}, severity: "hard" | "soft" = "hard"): RuleInput {
  const kind = check.split(".")[0] as RuleInput["kind"];
  return {
    id,
    kind,
    check,
    severity,
    scope: { meetingTypes: meetingTypes as never, duties: [] },
    params,
    citation: { jurisdiction: "测试区", article: id, text: `${id}（测试）` },
    summary: { zh: id, en: id },
  };
}

export const CAP_RULE = rule("cap", "agenda.max-items", ["executive"], { max: 15, approvalOverrides: true });
export const FITS_RULE = rule("fits", "duration.agenda-fits", ["executive", "mayor-office", "topic"]);

export function profileWith(...rules: RuleInput[]): RuleProfile {
  return RuleProfile.parse({ id: "test", name: { zh: "测试", en: "test" }, jurisdiction: "测试区", rules: [CAP_RULE, FITS_RULE, ...rules] });
}

const EXEC = ["zhang", "li", "wang", "chen", "huang"];

export function specWith(items: Partial<AgendaItem>[], overrides: Partial<SpecInput> = {}): Spec {
  return Spec.parse({
    organization: { id: "test", name: "测试区人民政府", jurisdiction: "测试区" },
    people: [
      { id: "zhang", name: "张区长", roles: ["mayor"] },
      { id: "li", name: "李常务", roles: ["executive-deputy"] },
      { id: "wang", name: "王副区长", roles: ["deputy"] },
      { id: "chen", name: "陈副区长", roles: ["deputy"] },
      { id: "huang", name: "黄主任", roles: ["office-director"] },
      { id: "h1", name: "一局局长", roles: ["department-head"], unit: "u1" },
      { id: "h2", name: "二局局长", roles: ["department-head"], unit: "u2" },
    ],
    units: [
      { id: "u1", name: "一局", head: "h1" },
      { id: "u2", name: "二局", head: "h2" },
    ],
    rooms: [
      { id: "r1", name: "常务会议室", capacity: 40 },
      { id: "r2", name: "小会议室", capacity: 12 },
    ],
    bodies: [
      { id: "exec", name: "常务会议", type: "executive", members: EXEC, convener: "zhang" },
      { id: "mo", name: "区长办公会议", type: "mayor-office", members: ["zhang", "li", "huang"], convener: "zhang" },
    ],
    series: [
      { id: "exec", name: "常务会议", type: "executive", body: "exec" },
      { id: "mo", name: "区长办公会议", type: "mayor-office", body: "mo" },
    ],
    agendaItems: items.map((i, k) => ({
      id: `I${String(k + 1).padStart(2, "0")}`,
      title: `议题${k + 1}`,
      unit: "u1",
      responsibleLeader: "wang",
      filedOn: "2026-02-02",
      estimatedMinutes: 5,
      ...i,
    })),
    ...overrides,
  });
}

/** An executive (or other) meeting of the test body, 09:00–12:00 unless told. */
export function meeting(n: number, date: string, options: Partial<PlannedMeeting> = {}): PlannedMeeting {
  const type = options.type ?? "executive";
  const series = type === "executive" ? "exec" : type === "mayor-office" ? "mo" : undefined;
  return PlannedMeeting.parse({
    id: `${series ?? type}#${n}`,
    ...(series ? { series } : {}),
    type,
    title: `${type} ${n}`,
    date,
    start: "09:00",
    end: "12:00",
    room: "r1",
    convener: "zhang",
    expected: type === "mayor-office" ? ["zhang", "li", "huang"] : EXEC,
    ...options,
  });
}

/** An allocation as a plan the independent checker can judge (no roster: agenda rules only). */
export function agendaPlan(spec: Spec, profile: RuleProfile, result: AgendaAllocation, period: Plan["period"] = PERIOD): Plan {
  return {
    schema: PLAN_SCHEMA,
    organization: spec.organization.id,
    profile: profile.id,
    period,
    meetings: result.meetings,
    roster: [],
    recurringDuties: [],
    unplacedItems: result.unplaced,
    notices: result.notices,
    changes: [],
    violations: [],
    solve: result.solve,
  };
}

/** The independent checker's hard violations of an allocation. */
export function hardViolations(spec: Spec, profile: RuleProfile, result: AgendaAllocation) {
  const plan = agendaPlan(spec, profile, result);
  return check(spec, plan, profile, { calendar }).filter((v) => v.severity === "hard");
}

/** Item ids on a meeting's agenda, in order. */
export const agendaOf = (result: AgendaAllocation, id: string) => result.meetings.find((m) => m.id === id)?.agenda.map((e) => e.item) ?? [];
export const reasonOf = (result: AgendaAllocation, item: string) => result.unplaced.find((u) => u.item === item)?.reason;
