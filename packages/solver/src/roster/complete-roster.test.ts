import { describe, expect, it } from "vitest";
import { Plan, PLAN_SCHEMA, Rule, RuleProfile, Spec, type DutyAssignment } from "@yishi/domain";
import { addDays, createCalendar, diffDays, eachDay } from "@yishi/calendar";
import { check } from "@yishi/rules";
import { planRoster } from "./plan-roster.js";

const calendar = createCalendar();

/** A profile with the rest rule and daily coverage as hard rules: the rules package's checker is the independent judge. */
const judge = RuleProfile.parse({
  id: "test",
  name: { zh: "测试", en: "test" },
  jurisdiction: "测试县",
  rules: [
    Rule.parse({ id: "duty.rest", kind: "duty", check: "duty.rest", scope: { duties: ["*"] }, severity: "hard", params: { restDays: 1 }, citation: { jurisdiction: "测试县", article: "第一条", text: "两次值班之间至少休息1天" }, summary: { zh: "休息", en: "rest" } }),
  ],
});

function judgeRoster(spec: Spec, period: { from: string; to: string }, roster: DutyAssignment[], restDays: number) {
  const profile = { ...judge, rules: judge.rules.map((r) => ({ ...r, params: { restDays } })) };
  const plan = Plan.parse({ schema: PLAN_SCHEMA, organization: spec.organization.id, profile: "test", period: { ...period, label: "p" }, roster });
  return check(spec, plan, profile, { calendar }).filter((v) => v.severity === "hard");
}

describe("the roster planner fills every seat whenever a filling exists", () => {
  it("5 staff, 2 a day, one rest day: every seat of the quarter filled (the greedy alone left 3 empty), judged by the checker", () => {
    const people = ["a", "b", "c", "d", "e"];
    const spec = Spec.parse({
      organization: { id: "t", name: "测试县人民政府", jurisdiction: "测试县" },
      people: people.map((id) => ({ id, name: id, roles: ["duty-staff"] })),
      duty: { restDays: 1, posts: [{ id: "staff", name: "值班人员", perDay: 2, pool: people }] },
    });
    const period = { from: "2026-01-01", to: "2026-03-31" };
    const result = planRoster({ spec, profile: { rules: [] }, calendar, period });
    expect(result.stats.unfilled).toBe(0);
    expect(result.roster).toHaveLength(180);
    expect(judgeRoster(spec, period, result.roster, 1)).toEqual([]);
  });

  it("a day nobody can hold leaves only that day's seats empty, and the checker reports each as a hard violation", () => {
    const people = ["a", "b", "c", "d", "e"];
    const spec = Spec.parse({
      organization: { id: "t", name: "测试县人民政府", jurisdiction: "测试县" },
      people: people.map((id) => ({ id, name: id, roles: ["duty-staff"] })),
      absences: people.map((person) => ({ person, from: "2026-02-10", to: "2026-02-10", kind: "training" })),
      duty: { restDays: 1, posts: [{ id: "staff", name: "值班人员", perDay: 2, pool: people }] },
    });
    const period = { from: "2026-01-01", to: "2026-03-31" };
    const result = planRoster({ spec, profile: { rules: [] }, calendar, period });
    expect(result.stats.unfilled).toBe(2);
    const hard = judgeRoster(spec, period, result.roster, 1);
    expect(hard.map((v) => [v.rule, v.subjects.dates[0], v.citation.article])).toEqual([["spec.duty-staffing", "2026-02-10", "duty.posts[0]"]]);
    expect(hard[0]!.message.en).toContain("so 2 seats are empty");
  });

  // Small random instances against an exhaustive search written apart from the planner.
  it("leaves a seat empty exactly when brute force finds no filling (300 random small instances)", () => {
    let seed = 12;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = (n: number) => Math.floor(rand() * n);
    let feasible = 0;
    for (let t = 0; t < 300; t++) {
      const n = 2 + pick(4);
      const people = Array.from({ length: n }, (_, i) => `p${i}`);
      const restDays = pick(3);
      const days = 3 + pick(5);
      const from = addDays("2026-03-02", pick(20));
      const to = addDays(from, days - 1);
      const posts = Array.from({ length: 1 + pick(2) }, (_, k) => {
        const pool = people.filter(() => rand() < 0.7);
        const perDay = 1 + pick(2);
        return { id: `post${k}`, name: `岗位${k}`, pool: pool.length > 0 ? pool : [people[0]!], perDay, ...(rand() < 0.3 ? { perHeavyDay: 1 + pick(2) } : {}) };
      });
      const absences = people.filter(() => rand() < 0.3).map((person) => {
        const a = addDays(from, pick(days));
        return { person, from: a, to: addDays(a, pick(2)), kind: "leave" as const };
      });
      const spec = Spec.parse({
        organization: { id: "t", name: "测试县人民政府", jurisdiction: "测试县" },
        people: people.map((id) => ({ id, name: id, roles: ["duty-staff"] })),
        absences,
        duty: { restDays, posts },
      });
      const exists = bruteForceFilling(spec, from, to, restDays);
      const result = planRoster({ spec, profile: { rules: [] }, calendar, period: { from, to } });
      expect({ t, filled: result.stats.unfilled === 0 }).toEqual({ t, filled: exists });
      if (exists) {
        feasible++;
        expect(judgeRoster(spec, { from, to }, result.roster, restDays)).toEqual([]);
      }
    }
    // Both answers occur, so the comparison means something.
    expect(feasible).toBeGreaterThan(30);
    expect(feasible).toBeLessThan(270);
  });
});

/** Is there any roster filling every seat, keeping absences and `restDays` free days between one person's duties (any posts)? Plain backtracking. */
function bruteForceFilling(spec: Spec, from: string, to: string, restDays: number): boolean {
  const seats: { date: string; post: Spec["duty"]["posts"][number] }[] = [];
  for (const date of eachDay(from, to)) {
    const kind = calendar.describeDay(date).kind;
    const heavy = kind === "weekend" || kind === "holiday";
    for (const post of spec.duty.posts) for (let k = 0; k < (heavy ? (post.perHeavyDay ?? post.perDay) : post.perDay); k++) seats.push({ date, post });
  }
  const duties = new Map<string, string[]>(spec.people.map((p) => [p.id, []]));
  const away = (person: string, date: string) => spec.absences.some((a) => a.person === person && a.from <= date && date <= a.to);
  const go = (i: number): boolean => {
    if (i === seats.length) return true;
    const { date, post } = seats[i]!;
    for (const person of post.pool) {
      if (away(person, date)) continue;
      const mine = duties.get(person)!;
      if (mine.some((d) => Math.abs(diffDays(d, date)) <= restDays)) continue;
      mine.push(date);
      if (go(i + 1)) return true;
      mine.pop();
    }
    return false;
  };
  return go(0);
}
