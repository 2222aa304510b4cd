import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { loadPlan, loadSpec, type Spec } from "@yishi/domain";
import { createCalendar, loadSpecCalendar } from "@yishi/calendar";
import { compareBasis, describePlanBasis, describeStoredVerdict, judgePlan } from "./judge-plan.js";
import { resolveProfile } from "./resolve-profile.js";
import { check } from "./check.js";

const example = (name: string) => fileURLToPath(new URL(`../../../examples/${name}`, import.meta.url));
const loaded = loadSpec(example("zhongshan-2026q1.yaml"));
const calendar = loadSpecCalendar(loaded);
const profile = resolveProfile(loaded.spec.profile);
const handEdited = loadPlan(example("zhongshan-2026q1.hand-edited-plan.json"));

describe("judgePlan: the verdict an output shows", () => {
  it("judges the hand-edited example afresh (9 hard) although the file stores no violation", () => {
    expect(handEdited.violations).toEqual([]);
    const verdict = judgePlan({ plan: handEdited, spec: loaded.spec, profile, calendar });
    expect(verdict.checked).toBe(true);
    if (!verdict.checked) return;
    expect(verdict.violations).toEqual(check(loaded.spec, handEdited, profile, { calendar }));
    expect(verdict.violations.filter((v) => v.severity === "hard")).toHaveLength(9);
    expect(verdict.storedDiffers).toEqual(["unrecorded"]);
    expect(describeStoredVerdict(verdict)?.zh).toContain("未记录其检查依据");
  });

  it("without a spec says plainly that the plan was not checked", () => {
    const verdict = judgePlan({ plan: handEdited, spec: undefined, calendar: createCalendar() });
    expect(verdict).toEqual({ checked: false, reason: expect.objectContaining({ zh: expect.stringContaining("未检查") }) });
  });

  it("names each part the stored verdict was judged against differently", () => {
    const basis = describePlanBasis(loaded.spec, profile, calendar, handEdited.period);
    const plan = { ...handEdited, judgedAgainst: basis };
    const fresh = judgePlan({ plan, spec: loaded.spec, profile, calendar });
    expect(fresh.checked && fresh.storedDiffers).toEqual([]);
    expect(describeStoredVerdict(fresh)).toBeUndefined();

    const renamed: Spec = { ...loaded.spec, people: loaded.spec.people.map((p, i) => (i === 0 ? { ...p, name: `${p.name}（改）` } : p)) };
    expect(compareBasis(basis, describePlanBasis(renamed, profile, calendar, plan.period))).toEqual(["spec"]);
    const otherProfile = resolveProfile("依安县");
    expect(compareBasis(basis, describePlanBasis(loaded.spec, otherProfile, calendar, plan.period))).toEqual(["profile"]);
    // A make-up working day turned into a day off by a unit file: only the calendar differs.
    const unitDay = createCalendar({ unit: [{ year: 2026, papers: [], days: [{ name: "单位调休", date: "2026-02-28", isOffDay: true }] }] });
    expect(compareBasis(basis, describePlanBasis(loaded.spec, profile, unitDay, plan.period))).toEqual(["calendar"]);
    const stale = judgePlan({ plan, spec: renamed, profile: otherProfile, calendar });
    expect(stale.checked && stale.storedDiffers).toEqual(["spec", "profile"]);
    expect(describeStoredVerdict(stale)?.en).toContain("another spec, rule profile");
  });

  it("a calendar that only adds another year leaves the basis unchanged", () => {
    const withMore = createCalendar({ national: [{ year: 2031, papers: [], days: [{ name: "元旦", date: "2031-01-01", isOffDay: true }] }] });
    expect(describePlanBasis(loaded.spec, profile, withMore, handEdited.period)).toEqual(describePlanBasis(loaded.spec, profile, createCalendar(), handEdited.period));
  });
});

describe("check counts the facts a re-plan added (plan.facts)", () => {
  it("a blackout carried by the plan is judged like one in the spec", () => {
    const meeting = handEdited.meetings.find((m) => m.status === "scheduled" && m.type === "executive")!;
    const blackout = { from: meeting.date, to: meeting.date, name: "安全生产大检查", meetingTypes: [], series: [] };
    const without = check(loaded.spec, handEdited, profile, { calendar });
    const withFacts = check(loaded.spec, { ...handEdited, facts: { absences: [], blackouts: [blackout] } }, profile, { calendar });
    expect(withFacts).toEqual(check({ ...loaded.spec, blackouts: [...loaded.spec.blackouts, blackout] }, handEdited, profile, { calendar }));
    expect(withFacts.length).toBe(without.length + 1);
  });
});
