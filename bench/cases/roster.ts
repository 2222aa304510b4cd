import type { BenchCase } from "../bench-case.js";
import { Absence, DutyPost, Person, Spec, type Rule, type RuleProfile, type SpecInput } from "@yishi/domain";
import { check, resolveProfile } from "@yishi/rules";
import { createCalendar, eachDay, parsePeriod, type WorkCalendar } from "@yishi/calendar";
import { planRoster, describeDutyDays, FAIRNESS_WEIGHTS, type LpModel } from "@yishi/solver";
import { createSeededRandom } from "../seeded-random.js";

/**
 * Roster cases from the issue: S duty staff and L leaders over a quarter or a
 * year, about 10 % of person-days unavailable (seeded), nobody on duty two
 * days running, one leader and one staff member per day, heavy days balanced
 * on their own. The reference model is the same roster as one 0/1 program
 * with the floor/ceiling-of-the-mean bounds on the fairness counters
 * (solver-notes: the "tight formulation").
 */
interface RosterInput {
  spec: Spec;
  calendar: WorkCalendar;
  period: { from: string; to: string; label: string };
  profile: RuleProfile;
}

/** The default profile with every duty check switched on, so the independent checker judges all of them. */
function dutyProfile(): RuleProfile {
  const base = resolveProfile("default");
  const rule = (check: string, params: Record<string, unknown>): Rule => ({
    id: `bench.${check}`, kind: "duty", check, scope: { meetingTypes: [], duties: ["*"] }, severity: "hard", params, enabled: true,
    citation: { jurisdiction: "bench", article: "bench", text: "bench" }, summary: { zh: "bench", en: "bench" },
  });
  const extra = [rule("duty.daily-coverage", {}), rule("duty.leader-on-duty", {}), rule("duty.available", {}), rule("duty.rest", { restDays: 1 })];
  return { ...base, rules: [...base.rules.filter((r) => !r.check.startsWith("duty.")), ...extra] };
}


function build(staff: number, leaders: number, periodText: string, seed: number, absenceStart = 0.028, beyondLimits = false): RosterInput {
  const random = createSeededRandom(seed);
  const period = parsePeriod(periodText);
  const s = Array.from({ length: staff }, (_, i) => `s${i + 1}`);
  const l = Array.from({ length: leaders }, (_, i) => `l${i + 1}`);
  const absences = [];
  // About 10 % of person-days away, in blocks of 1–7 days (leave, trips) as offices record them: single-day
  // entries for every absent day would pass the spec's limit of 5,000 absences on the larger cases.
  const dates = [...eachDay(period.from, period.to)];
  for (const person of [...l, ...s]) {
    for (let d = 0; d < dates.length; d++) {
      if (random() >= absenceStart) continue;
      const length = 1 + Math.floor(random() * 7);
      const to = Math.min(dates.length - 1, d + length - 1);
      absences.push({ person, from: dates[d]!, to: dates[to]! });
      d = to + 1;
    }
  }
  const input = {
    organization: { id: "bench", name: "Bench", jurisdiction: "钟山区" },
    people: [...l.map((id) => ({ id, name: id, roles: ["deputy" as const] })), ...s.map((id) => ({ id, name: id, roles: ["duty-staff" as const] }))],
    absences,
    duty: {
      restDays: 1,
      festivalHolidays: [],
      posts: [
        { id: "leader", name: "带班领导", leadersOnly: true, pool: l },
        { id: "staff", name: "值班人员", pool: s },
      ],
    },
  } satisfies SpecInput;
  const spec = beyondLimits ? buildSpecBeyondLimits(input) : Spec.parse(input);
  return { spec, calendar: createCalendar(), period: { from: period.from, to: period.to, label: period.label }, profile: dutyProfile() };
}

/**
 * A Spec larger than a spec file may be (LIMITS: 2,000 people, 5,000 absences,
 * 300,000 seat candidates a day — what a 1 MB file answered within a minute
 * may hold, issue 13), built in code as a library user may. Spec.parse refuses
 * it by those limits, which stay as they are, so it is put together here:
 * the spec's other fields, each person, each absence and each post (with a
 * one-member pool) still go through their schemas, which fill the defaults
 * and check every value; only the list lengths and the candidates-a-day
 * bound are not applied.
 */
function buildSpecBeyondLimits(input: SpecInput): Spec {
  const shell = Spec.parse({ ...input, people: input.people.slice(0, 1), absences: [], duty: { ...input.duty, posts: [] } });
  const posts = (input.duty?.posts ?? []).map((post) => ({ ...DutyPost.parse({ ...post, pool: post.pool.slice(0, 1) }), pool: [...post.pool] }));
  return { ...shell, people: input.people.map((p) => Person.parse(p)), absences: (input.absences ?? []).map((a) => Absence.parse(a)), duty: { ...shell.duty, posts } };
}

function referenceModel(raw: unknown): LpModel {
  const { spec, calendar, period } = raw as RosterInput;
  const days = describeDutyDays(calendar, period.from, period.to, spec.duty.festivalHolidays);
  const away = new Set(spec.absences.flatMap((a) => [...eachDay(a.from, a.to)].map((date) => `${a.person}|${date}`)));
  const model: LpModel = { sense: "min", objective: [], variables: [], constraints: [] };
  spec.duty.posts.forEach((post, p) => {
    const total = new Map<string, { variable: string; coefficient: number }[]>();
    const heavy = new Map<string, { variable: string; coefficient: number }[]>();
    days.forEach((day, d) => {
      const cover: { variable: string; coefficient: number }[] = [];
      for (const person of post.pool) {
        if (away.has(`${person}|${day.date}`)) continue;
        const v = `x_${p}_${person}_${d}`;
        model.variables.push({ name: v, type: "binary" });
        cover.push({ variable: v, coefficient: 1 });
        total.set(person, [...(total.get(person) ?? []), { variable: v, coefficient: 1 }]);
        if (day.heavy) heavy.set(person, [...(heavy.get(person) ?? []), { variable: v, coefficient: 1 }]);
        if (d > 0 && !away.has(`${person}|${days[d - 1]!.date}`)) {
          model.constraints.push({ name: `rest_${p}_${person}_${d}`, terms: [{ variable: v, coefficient: 1 }, { variable: `x_${p}_${person}_${d - 1}`, coefficient: 1 }], op: "<=", rhs: 1 });
        }
      }
      model.constraints.push({ name: `cover_${p}_${d}`, terms: cover, op: "=", rhs: 1 });
    });
    const heavyDays = days.filter((d) => d.heavy).length;
    for (const [name, sums, slots, weight] of [["T", total, days.length, FAIRNESS_WEIGHTS.total], ["H", heavy, heavyDays, FAIRNESS_WEIGHTS.heavy]] as const) {
      const mean = slots / post.pool.length;
      const hi = `${name}max_${p}`;
      const lo = `${name}min_${p}`;
      // The tight formulation: max ≥ ⌈mean⌉, min ≤ ⌊mean⌋.
      model.variables.push({ name: hi, type: "integer", lower: Math.ceil(mean) }, { name: lo, type: "integer", lower: 0, upper: Math.floor(mean) });
      model.objective.push({ variable: hi, coefficient: weight }, { variable: lo, coefficient: -weight });
      for (const person of post.pool) {
        const terms = sums.get(person) ?? [];
        model.constraints.push({ name: `${name}hi_${p}_${person}`, terms: [...terms.map((t) => ({ ...t, coefficient: -1 })), { variable: hi, coefficient: 1 }], op: ">=", rhs: 0 });
        model.constraints.push({ name: `${name}lo_${p}_${person}`, terms: [...terms.map((t) => ({ ...t, coefficient: -1 })), { variable: lo, coefficient: 1 }], op: "<=", rhs: 0 });
      }
    }
  });
  return model;
}

/**
 * A spec at the limit the domain sets on rosters (LIMITS.maxDutyCandidatesPerDay):
 * 49 staff posts of 3 a day, each from all 1,970 staff, and the leaders' post
 * (289,620 seat candidates a day). Not a size users meet: the reliability
 * target, any spec answered within a minute.
 */
function buildAtLimit(seed: number): RosterInput {
  // Fewer absences (about 2 % of person-days): 2,000 people at 10 % would pass the spec's limit of 5,000 entries.
  const small = build(1970, 30, "2026", seed, 0.005);
  const [leader, staff] = small.spec.duty.posts;
  const posts = [leader!, ...Array.from({ length: 49 }, (_, i) => ({ ...staff!, id: `staff${i}`, name: `值班人员${i}`, perDay: 3 }))];
  return { ...small, spec: Spec.parse({ ...small.spec, duty: { ...small.spec.duty, posts } }) };
}

type Shape = "plain" | "at-limit" | "beyond-limits";

function makeCase(name: string, staff: number, leaders: number, period: string, targetMs: number, seed: number, shape: Shape = "plain"): BenchCase {
  return {
    name,
    problem: "roster",
    targetMs,
    setup: () => (shape === "at-limit" ? buildAtLimit(seed) : build(staff, leaders, period, seed, undefined, shape === "beyond-limits")),
    run(raw) {
      const { spec, calendar, period: p, profile } = raw as RosterInput;
      const t0 = performance.now();
      const result = planRoster({ spec, profile, calendar, period: p });
      const planMs = performance.now() - t0;
      const report = result.solve[0]!;
      // The independent checker (rules package), not the planner's own bookkeeping.
      const plan = { schema: "yishi.plan/v1" as const, organization: spec.organization.id, profile: profile.id, period: p, meetings: [], roster: result.roster, recurringDuties: [], unplacedItems: [], notices: [], changes: [], violations: [], solve: [] };
      const hard = check(spec, plan, profile, { calendar }).filter((v) => v.severity === "hard").length;
      const max = (f: (x: (typeof result.stats.posts)[number]) => number) => Math.max(...result.stats.posts.map(f));
      return {
        objective: report.objective,
        bound: report.bound,
        provedOptimal: report.optimal,
        hardViolations: hard,
        figures: {
          spreadTotal: max((x) => x.spread.total),
          spreadHeavy: max((x) => x.spread.heavy),
          seats: result.stats.seats,
          unfilled: result.stats.unfilled,
          // `ms` times the planner and the checker; these split it.
          planMs: Math.round(planMs),
          checkMs: Math.round(performance.now() - t0 - planMs),
          // The process's peak resident set so far (getrusage's maxrss): setup and any case run before this one included.
          maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
        },
      };
    },
    ...(shape === "plain" ? { referenceModel } : {}),
  };
}

/** Cases for the roster planner (see its issue for sizes and targets). */
export const cases: BenchCase[] = [
  makeCase("roster: 20 staff + 8 leaders, one quarter", 20, 8, "2026Q1", 1000, 1),
  makeCase("roster: 60 staff + 12 leaders, one year", 60, 12, "2026", 2000, 2),
  makeCase("roster: 200 staff + 30 leaders, one year", 200, 30, "2026", 2000, 3),
  // Issue 18: the roster stays far ahead as it grows. The smaller cases' shape with 10,000 people, 50 of them leaders
  // (a government has tens of leaders however large its staff). Beyond what a spec file may hold, so built in code.
  // Before the at-limit case, so its maxRssMb is not that case's peak.
  makeCase("roster: 9,950 staff + 50 leaders (10,000 people, beyond a spec file's limits), one year", 9950, 50, "2026", 10_000, 5, "beyond-limits"),
  makeCase("roster: at the spec's limit, 50 posts (148 a day from 1,970 staff), one year", 1970, 30, "2026", 60_000, 4, "at-limit"),
];
