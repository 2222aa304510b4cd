import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadSpec, PLAN_SCHEMA, Spec, type Plan, type RuleProfile } from "@yishi/domain";
import { check, resolveProfile } from "@yishi/rules";
import { addDays, createCalendar } from "@yishi/calendar";
import { planRoster } from "./plan-roster.js";
import { checkSwap } from "./check-swap.js";
import { findReplacement } from "./find-replacement.js";
import { validateRoster } from "./validate-roster.js";

const EXAMPLE = fileURLToPath(new URL("../../../../examples/zhongshan-2026q1.yaml", import.meta.url));
const { spec } = loadSpec(EXAMPLE);
const calendar = createCalendar();
const period = { from: "2026-01-01", to: "2026-03-31", label: "2026Q1" };
const profile = { rules: [] };
const roster = planRoster({ spec, profile, calendar, period }).roster;
const plan: Plan = {
  schema: PLAN_SCHEMA, organization: spec.organization.id, profile: "default", period, meetings: [], roster, recurringDuties: [],
  unplacedItems: [], notices: [], changes: [], violations: [], solve: [],
};

describe("checkSwap", () => {
  const duty = roster.find((a) => a.post === "staff" && a.date === "2026-01-07")!;

  it("says yes to a swap that keeps every rule", () => {
    const free = spec.duty.posts[1]!.pool.find((p) => !roster.some((a) => a.person === p && a.date >= "2026-01-06" && a.date <= "2026-01-08"))!;
    const verdict = checkSwap({ spec, profile, calendar, plan, swap: { date: duty.date, post: "staff", from: duty.person, to: free } });
    expect(verdict.ok).toBe(true);
    expect(verdict.violations).toEqual([]);
    expect(verdict.roster.find((a) => a.date === duty.date && a.post === "staff")!.person).toBe(free);
  });

  it("says no, citing the rule, when the new person was on duty the day before", () => {
    const yesterday = roster.find((a) => a.post === "staff" && a.date === addDays(duty.date, -1))!;
    const verdict = checkSwap({ spec, profile, calendar, plan, swap: { date: duty.date, post: "staff", from: duty.person, to: yesterday.person } });
    expect(verdict.ok).toBe(false);
    // The profile here has no duty.rest article: the rest is the spec's own duty.restDays, cited as such.
    expect(verdict.violations.map((v) => v.code)).toContain("spec.duty-rest");
    expect(verdict.violations[0]!.citation.article).toBe("duty.restDays");
  });

  it("says no to a non-leader on the leader post and to someone on leave, with the article", () => {
    const lead = roster.find((a) => a.post === "leader" && a.date === "2026-01-27")!;
    const notLeader = checkSwap({ spec, profile, calendar, plan, swap: { date: lead.date, post: "leader", from: lead.person, to: "huang-min" } });
    expect(notLeader.ok).toBe(false);
    // 钟山区 has no leader-on-duty article: the spec's own staffing is cited, never 房山区 第七十四条.
    expect(notLeader.violations[0]!.citation).toMatchObject({ jurisdiction: "六盘水市钟山区人民政府", article: "duty.posts[0]" });
    const away = checkSwap({ spec, profile, calendar, plan, swap: { date: lead.date, post: "leader", from: lead.person, to: "wang-qiang" } });
    expect(away.ok).toBe(false);
    // No duty.available article either: the spec's absence is cited, under the code `check` reports it by.
    expect(away.violations.map((v) => v.code)).toContain("spec.person-conflict");
  });
});

describe("checkSwap and findReplacement cite the spec's own profile, never another jurisdiction's", () => {
  const own = resolveProfile(spec.profile);
  const lead = roster.find((a) => a.post === "leader" && a.date === "2026-01-27")!;
  const foreign = (vs: { citation: { jurisdiction: string } }[]) => vs.map((v) => v.citation.jurisdiction).filter((j) => j !== "钟山区" && j !== spec.organization.name);

  it("a refused swap under the default (钟山区) profile cites 钟山区 or the spec", () => {
    for (const to of ["huang-min", "wang-qiang"]) {
      const verdict = checkSwap({ spec, profile: own, calendar, plan, swap: { date: lead.date, post: "leader", from: lead.person, to } });
      expect(verdict.ok).toBe(false);
      expect(foreign(verdict.violations)).toEqual([]);
    }
  });

  it("an empty seat cites 钟山区 第五十七条 (24小时政务总值班) under 钟山区, the spec's staffing under a profile without it", () => {
    const holed = plan.roster.filter((a) => a !== lead);
    const under = (rules: RuleProfile["rules"]) => validateRoster({ spec, profile: { rules }, calendar, period, roster: holed }).filter((v) => v.subjects.dates[0] === lead.date && v.subjects.duties[0] === "leader");
    expect(under(own.rules).map((v) => `${v.severity} ${v.citation.jurisdiction} ${v.citation.article}`)).toEqual(["hard 钟山区 第五十七条"]);
    expect(under([]).map((v) => `${v.severity} ${v.code} ${v.citation.jurisdiction} ${v.citation.article}`)).toEqual(["hard spec.duty-staffing 六盘水市钟山区人民政府 duty.posts[0]"]);
    expect(under([]).map((v) => v.message.en)).toEqual([`${lead.date}: post leader is short of 1 (the spec's duty staffing asks for 1)`]);
  });

  it("replacements under 钟山区 are judged by 钟山区's articles (and the spec), and keep every seat filled", () => {
    const changed = Spec.parse({ ...spec, absences: [...spec.absences, { person: lead.person, from: lead.date, to: lead.date, kind: "session" }] });
    const found = findReplacement({ spec: changed, profile: own, calendar, plan, date: lead.date, post: "leader", person: lead.person });
    expect(found.length).toBeGreaterThan(0);
    for (const r of found) {
      // (The plan holds no meetings or reception turns; only the roster is judged here.)
      const hard = check(changed, { ...plan, roster: r.roster }, own, { calendar }).filter((v) => v.severity === "hard" && v.subjects.duties.some((d) => d === "leader" || d === "staff"));
      expect(hard).toEqual([]);
    }
  });
});

describe("findReplacement", () => {
  it("replaces a leader who cannot serve by an exchange with another leader that touches one other duty", () => {
    const lead = roster.find((a) => a.post === "leader" && a.date === "2026-02-04")!;
    const changed = Spec.parse({ ...spec, absences: [...spec.absences, { person: lead.person, from: lead.date, to: lead.date, kind: "session" }] });
    const [best] = findReplacement({ spec: changed, profile, calendar, plan, date: lead.date, post: "leader", person: lead.person });
    expect(best).toBeDefined();
    expect(best!.kind).toBe("exchange");
    const key = (a: { date: string; post: string; person: string }) => `${a.date}|${a.post}|${a.person}`;
    const before = new Set(roster.map(key));
    const diff = best!.roster.filter((a) => !before.has(key(a)));
    expect(diff).toHaveLength(2);
    expect(diff.find((a) => a.date === lead.date)!.person).toBe(best!.replacement);
    // Everybody keeps their count.
    const count = (r: typeof roster, p: string) => r.filter((a) => a.person === p).length;
    for (const p of spec.duty.posts[0]!.pool) expect(count(best!.roster, p)).toBe(count(roster, p));
    expect(validateRoster({ spec: changed, profile, calendar, period, roster: best!.roster }).filter((v) => v.severity === "hard")).toEqual([]);
  });

  it("falls back to a three-way rotation when neither an exchange nor a substitute keeps the rules", () => {
    // Nine January days, four leaders. A (li-na) cannot serve day 4; only B
    // (wang-qiang) is free that day, but B is on duty on day 5 (rest), and A
    // is away on day 5 too, so no exchange or substitute works: B takes day
    // 4, a third leader takes B's day 5, A takes one of the third's days.
    const [A, B, C, D] = ["li-na", "wang-qiang", "liu-yang", "chen-jing"];
    const day = (n: number) => `2026-01-${String(n + 4).padStart(2, "0")}`;
    const small = Spec.parse({
      ...spec,
      absences: [{ person: A, from: day(4), to: day(5), kind: "travel" }, { person: C, from: day(4), to: day(4), kind: "leave" }, { person: D, from: day(4), to: day(4), kind: "leave" }],
      duty: { ...spec.duty, posts: [{ ...spec.duty.posts[0]!, pool: [A, B, C, D] }], history: [], preferences: [], restrictions: [] },
      recurringDuties: [],
    });
    const order = [A, C, D, A, B, D, C, B, C];
    const tiny: Plan = { ...plan, period: { from: day(1), to: day(9), label: "tiny" }, roster: order.map((person, i) => ({ date: day(i + 1), post: "leader", person, shift: spec.duty.posts[0]!.shift })) };
    const found = findReplacement({ spec: small, profile, calendar, plan: tiny, date: day(4), post: "leader", person: A });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((r) => r.kind === "rotation" && r.otherDutiesChanged === 2)).toBe(true);
    const [best] = found;
    expect(best!.replacement).toBe(B);
    // The nearest: D takes B's day 5 and gives A day 6 (C could, with day 7).
    expect(best!.changes).toEqual([
      { date: day(4), post: "leader", from: A, to: B },
      { date: day(5), post: "leader", from: B, to: D },
      { date: day(6), post: "leader", from: D, to: A },
    ]);
    expect(found.some((r) => r.third === C)).toBe(true);
    // Judged independently: no hard finding of the roster rules, and nobody's count moved.
    expect(validateRoster({ spec: small, profile, calendar, period: tiny.period, roster: best!.roster }).filter((v) => v.severity === "hard")).toEqual([]);
    for (const p of [A, B, C, D]) expect(best!.roster.filter((a) => a.person === p)).toHaveLength(order.filter((x) => x === p).length);
  });
});
