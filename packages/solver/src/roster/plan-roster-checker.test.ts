import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { check, resolveProfile } from "@yishi/rules";
import { loadSpec, PLAN_SCHEMA, type Plan, type Rule, type RuleProfile } from "@yishi/domain";
import { createCalendar } from "@yishi/calendar";
import { planRoster } from "./plan-roster.js";
import { planRecurringDuties } from "../recurring/plan-recurring-duties.js";


const EXAMPLE = fileURLToPath(new URL("../../../../examples/zhongshan-2026q1.yaml", import.meta.url));
const { spec } = loadSpec(EXAMPLE);
const calendar = createCalendar();
const period = { from: "2026-01-01", to: "2026-03-31", label: "2026Q1" };

/** Every duty check switched on (the shipped profiles encode only some of them). */
function withDutyRules(profile: RuleProfile): RuleProfile {
  const rule = (check: string, duties: string[], params: Record<string, unknown>): Rule => ({
    id: `test.${check}`, kind: "duty", check, scope: { meetingTypes: [], duties }, severity: "hard", params, enabled: true,
    citation: { jurisdiction: "测试", article: "测试", text: "测试" }, summary: { zh: "测试", en: "test" },
  });
  // Fairness on the staff post only: the checker counts the office director in
  // the leaders-only pool, who may not hold that post (see the roster report).
  const extra = [rule("duty.fairness", ["staff"], { maxSpread: 1 }), rule("duty.rest", ["*"], { restDays: 1 }), rule("duty.leader-on-duty", ["leader"], {}), rule("duty.available", ["*"], {}), rule("duty.daily-coverage", ["*"], {})];
  return { ...profile, rules: [...profile.rules.filter((r) => !extra.some((e) => e.check === r.check)), ...extra] };
}

describe("the example roster by the rules package's check (the independent judge)", () => {
  for (const base of ["default", "房山区", "every duty check"]) {
    it(`has no hard violation under the ${base} profile`, () => {
      const profile = base === "every duty check" ? withDutyRules(resolveProfile(spec.profile)) : resolveProfile({ ...spec.profile, base });
      const roster = planRoster({ spec, profile, calendar, period }).roster;
      const plan: Plan = {
        schema: PLAN_SCHEMA, organization: spec.organization.id, profile: profile.id, period, meetings: [], roster,
        recurringDuties: planRecurringDuties({ spec, calendar, period }), unplacedItems: [], notices: [], changes: [], violations: [], solve: [],
      };
      const hard = check(spec, plan, profile, { calendar }).filter((v) => v.severity === "hard" && (v.code.startsWith("duty.") || v.code.startsWith("recurring.")));
      expect(hard).toEqual([]);
    });
  }
});
