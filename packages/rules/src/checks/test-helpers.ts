/**
 * Tiny builders for the checker's tests (not exported from the package): a
 * small 钟山区-like spec, one-rule profiles, meetings, plans and a roster.
 */
import { Plan, PLAN_SCHEMA, Rule, RuleProfile, Spec, type PlanInput, type PlannedMeeting, type SpecInput, type Violation } from "@yishi/domain";
import { eachDay } from "@yishi/calendar";
import type { RuleCheckId, RuleParams } from "../rule-params.js";
import { check } from "../check.js";

export const BASE_SPEC: SpecInput = {
  organization: { id: "zs", name: "六盘水市钟山区人民政府", jurisdiction: "钟山区" },
  people: [
    { id: "zhang", name: "张伟", roles: ["mayor"] },
    { id: "li", name: "李娜", roles: ["executive-deputy"] },
    { id: "wang", name: "王强", roles: ["deputy"] },
    { id: "liu", name: "刘洋", roles: ["deputy"] },
    { id: "chen", name: "陈静", roles: ["deputy"] },
    { id: "huang", name: "黄敏", roles: ["office-director"], unit: "office" },
    { id: "zhou", name: "周军", roles: ["department-head"], unit: "fgj" },
    { id: "s1", name: "胡燕", roles: ["duty-staff"] },
    { id: "s2", name: "郭鹏", roles: ["duty-staff"] },
    { id: "s3", name: "何欣", roles: ["duty-staff"] },
    { id: "s4", name: "林浩", roles: ["duty-staff"] },
  ],
  units: [
    { id: "office", name: "区政府办公室", head: "huang" },
    { id: "fgj", name: "区发展和改革局", head: "zhou" },
  ],
  rooms: [{ id: "r401", name: "4楼常务会议室" }, { id: "r201", name: "2楼大会议室" }],
  bodies: [
    { id: "executive", name: "区人民政府常务会议", type: "executive", members: ["zhang", "li", "wang", "liu", "chen", "huang"], convener: "zhang", designatedConveners: ["li"] },
    { id: "topic", name: "专题会议", type: "topic", members: ["li", "huang"], convener: "li" },
  ],
  series: [{ id: "exec", name: "区政府常务会议", type: "executive", body: "executive", room: "r401" }],
  duty: {
    posts: [
      { id: "leader", name: "带班领导", leadersOnly: true, pool: ["li", "wang", "liu", "chen"] },
      { id: "staff", name: "值班人员", pool: ["s1", "s2", "s3", "s4"] },
    ],
  },
};

export function makeSpec(extra: Partial<SpecInput> = {}): Spec {
  return Spec.parse({ ...BASE_SPEC, ...extra });
}

let ruleCounter = 0;

export function makeRule<C extends RuleCheckId>(
  check: C,
  params: Partial<RuleParams<C>> & Record<string, unknown>,
  options: { id?: string; meetingTypes?: string[]; duties?: string[]; severity?: "hard" | "soft"; cite?: [string, string, string] } = {},
): Rule {
  const [jurisdiction, article, text] = options.cite ?? ["钟山区", "第四十条", "原文"];
  return Rule.parse({
    id: options.id ?? `r${++ruleCounter}`,
    kind: kindOf(check),
    check,
    scope: { meetingTypes: options.meetingTypes ?? ["executive"], duties: options.duties ?? ["*"] },
    severity: options.severity ?? "hard",
    params,
    citation: { jurisdiction, article, text },
    summary: { zh: "摘要", en: "summary" },
  });
}

function kindOf(check: string): string {
  const head = check.split(".")[0]!;
  return head === "recurring" ? "recurring-duty" : head === "info" ? "agenda" : head;
}

export function makeProfile(rules: Rule[]): RuleProfile {
  return RuleProfile.parse({ id: "test", name: { zh: "测试", en: "test" }, jurisdiction: "钟山区", rules });
}

export function makeMeeting(date: string, extra: Partial<PlannedMeeting> & { n?: number } = {}): PlannedMeeting {
  const { n = 1, ...rest } = extra;
  return {
    id: `exec#${n}`,
    series: "exec",
    type: "executive",
    title: `第${n}次常务会议`,
    date,
    start: "09:00",
    end: "12:00",
    room: "r401",
    expected: [],
    absent: [],
    pinned: false,
    status: "scheduled",
    sequence: 0,
    agenda: [],
    speeches: [],
    ...rest,
  };
}

/** Meetings numbered in date order. */
export function makeMeetings(dates: string[]): PlannedMeeting[] {
  return dates.map((d, i) => makeMeeting(d, { n: i + 1 }));
}

export function makePlan(period: { from: string; to: string }, extra: Partial<PlanInput> = {}): Plan {
  return Plan.parse({ schema: PLAN_SCHEMA, organization: "zs", profile: "test", period: { ...period, label: `${period.from}..${period.to}` }, ...extra });
}

/** Agenda entries for items, 10 minutes each from 09:00. */
export function agendaOf(ids: string[], minutes = 10): PlannedMeeting["agenda"] {
  return ids.map((item, i) => {
    const t = 9 * 60 + i * minutes;
    return { item, order: i + 1, start: `${String(Math.floor(t / 60) % 24).padStart(2, "0")}:${String(t % 60).padStart(2, "0")}`, minutes };
  });
}

/** `n` plain executive items I01…, filed on `filedOn`, unit fgj, leader li. */
export function makeItems(n: number, filedOn = "2026-01-02", extra: Record<string, unknown> = {}): NonNullable<SpecInput["agendaItems"]> {
  return Array.from({ length: n }, (_, i) => ({
    id: `I${String(i + 1).padStart(2, "0")}`,
    title: `议题${i + 1}`,
    unit: "fgj",
    responsibleLeader: "li",
    filedOn,
    ...extra,
  }));
}

/** Every post filled every day in turn, skipping people away that day. */
export function fullRoster(spec: Spec, from: string, to: string): Plan["roster"] {
  const out: Plan["roster"] = [];
  const next = new Map<string, number>();
  for (const date of eachDay(from, to)) {
    for (const post of spec.duty.posts) {
      let i = next.get(post.id) ?? 0;
      for (let tries = 0; tries < post.pool.length; tries++, i++) {
        const person = post.pool[i % post.pool.length]!;
        if (spec.absences.some((a) => a.person === person && a.from <= date && date <= a.to)) continue;
        out.push({ date, post: post.id, person, shift: "full" });
        i++;
        break;
      }
      next.set(post.id, i);
    }
  }
  return out;
}

/** Runs `check` with a profile of these rules and keeps the violations of `ruleId` (or all). */
export function runCheck(spec: Spec, plan: Plan, rules: Rule[], ruleId?: string): Violation[] {
  const all = check(spec, plan, makeProfile(rules));
  return ruleId === undefined ? all : all.filter((v) => v.rule === ruleId);
}

/** Runs one rule and returns only its violations. */
export function runRule(spec: Spec, plan: Plan, rule: Rule): Violation[] {
  return runCheck(spec, plan, [rule], rule.id);
}
