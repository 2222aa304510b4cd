import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { check, resolveProfile } from "@yishi/rules";
import { loadPlan, loadSpec, type Plan, type Violation } from "@yishi/domain";
import { createCalendar } from "@yishi/calendar";
import { validateRoster } from "./validate-roster.js";

const example = (name: string) => fileURLToPath(new URL(`../../../../examples/${name}`, import.meta.url));
const { spec } = loadSpec(example("zhongshan-2026q1.yaml"));
const base = loadPlan(example("zhongshan-2026q1.hand-edited-plan.json"));
const calendar = createCalendar();
const posts = new Set(spec.duty.posts.map((p) => p.id));
const people = spec.people.map((p) => p.id);

/** A seeded stream (mulberry32), so a failure names the mutation that made it. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The example's roster with three duties handed to anyone at all or moved to another duty's day. */
function mutate(next: () => number): Plan["roster"] {
  const roster = base.roster.map((a) => ({ ...a }));
  for (let k = 0; k < 3; k++) {
    const a = roster[Math.floor(next() * roster.length)]!;
    if (next() < 0.5) a.person = people[Math.floor(next() * people.length)]!;
    else a.date = roster[Math.floor(next() * roster.length)]!.date;
  }
  return roster;
}

const key = (v: Violation) => `${v.code} ${v.subjects.dates.join(",")} ${[...v.subjects.people].sort().join(",")}`;
const hardKeys = (vs: Violation[]) => new Set(vs.filter((v) => v.severity === "hard").map(key));

describe("validateRoster and the rules package's check judge a roster alike", () => {
  // The swap checker refuses by validateRoster, `check` and the page show check's verdict:
  // a break one of them finds and the other does not is a verdict the checker would not give.
  for (const id of ["default", "房山区", "西城区"]) {
    it(`under ${id}: every hard roster finding of one is a hard finding of the other (40 seeded edits)`, () => {
      const profile = resolveProfile({ ...spec.profile, base: id });
      const next = random(18);
      for (let t = 0; t < 40; t++) {
        const plan: Plan = { ...base, roster: mutate(next) };
        const byValidator = hardKeys(validateRoster({ spec, profile, calendar, period: plan.period, roster: plan.roster, meetings: plan.meetings }));
        const byCheck = hardKeys(check(spec, plan, profile, { calendar }).filter((v) => v.subjects.duties.some((d) => posts.has(d)) || v.code.startsWith("duty.")));
        expect([...byValidator].filter((k) => !byCheck.has(k)), `edit ${t}: refused by the validator, not by check`).toEqual([]);
        expect([...byCheck].filter((k) => !byValidator.has(k)), `edit ${t}: found by check, missed by the validator`).toEqual([]);
      }
    });
  }
});
