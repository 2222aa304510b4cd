// Plans a period for a spec with the published Yishi packages, then has the
// independent checker judge the plan: what another team's nightly job does.
// Usage: node dist/main.js SPEC PERIOD   (e.g. ../zhongshan-2026q1.yaml 2026Q1)
import { loadSpec, type Plan, type Violation } from "@yishi/domain";
import { loadSpecCalendar, parsePeriod } from "@yishi/calendar";
import { check, resolveProfile } from "@yishi/rules";
import { createPlan } from "@yishi/solver";

const [specFile, periodText] = process.argv.slice(2);
if (specFile === undefined || periodText === undefined) {
  console.error("usage: node dist/main.js SPEC PERIOD");
  process.exit(2);
}

const loaded = loadSpec(specFile);
const profile = resolveProfile(loaded.spec.profile, { file: specFile });
const calendar = loadSpecCalendar(loaded);
const plan: Plan = await createPlan({ spec: loaded.spec, profile, calendar, period: parsePeriod(periodText) });
const violations: Violation[] = check(loaded.spec, plan, profile, { calendar });
const hard = violations.filter((v) => v.severity === "hard").length;

console.log(`${plan.period.label}: ${plan.meetings.length} meetings, ${plan.roster.length} duty assignments; ${hard} hard and ${violations.length - hard} soft violations`);
process.exitCode = hard > 0 ? 1 : 0;
