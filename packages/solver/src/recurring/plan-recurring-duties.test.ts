import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadSpec, Spec } from "@yishi/domain";
import { createCalendar, eachDay, weekdayOf } from "@yishi/calendar";
import { planRecurringDuties, planRecurringDutiesDetailed } from "./plan-recurring-duties.js";

const EXAMPLE = fileURLToPath(new URL("../../../../examples/zhongshan-2026q1.yaml", import.meta.url));
const { spec } = loadSpec(EXAMPLE);
const calendar = createCalendar();
const period = { from: "2026-01-01", to: "2026-03-31" };

describe("the Wednesday petition rota (西城区 六十)", () => {
  const rota = planRecurringDuties({ spec, calendar, period });
  const pool = spec.recurringDuties[0]!.pool;

  it("falls on every working Wednesday and on nothing else", () => {
    const expected = eachDay(period.from, period.to).filter((d) => weekdayOf(d) === 3 && calendar.isWorkingDay(d));
    expect(rota.map((a) => a.date)).toEqual(expected);
    // 18 February 2026 is in the Spring Festival break.
    expect(rota.some((a) => a.date === "2026-02-18")).toBe(false);
    expect(rota.every((a) => a.start === "09:00" && a.end === "12:00" && a.duty === "petition")).toBe(true);
  });

  it("never picks someone who is away", () => {
    for (const a of rota) {
      expect(spec.absences.some((x) => x.person === a.person && x.from <= a.date && a.date <= x.to)).toBe(false);
    }
  });

  it("goes round in turn with counts within one", () => {
    const counts = pool.map((p) => rota.filter((a) => a.person === p).length);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    // The first turn follows pool order.
    expect(rota.slice(0, pool.length).map((a) => a.person)).toEqual(pool);
    for (let i = 1; i < rota.length; i++) expect(rota[i]!.person).not.toBe(rota[i - 1]!.person);
  });

  it("keeps a published rota and only moves the turn someone can no longer take", () => {
    const victim = rota[8]!;
    const changed = Spec.parse({ ...spec, absences: [...spec.absences, { person: victim.person, from: victim.date, to: victim.date }] });
    const again = planRecurringDuties({ spec: changed, calendar, period, previous: rota });
    const moved = again.filter((a, i) => a.person !== rota[i]!.person);
    expect(moved.map((a) => a.date)).toEqual([victim.date]);
  });

  it("is deterministic and reports occurrences nobody can take", () => {
    expect(planRecurringDuties({ spec, calendar, period })).toEqual(rota);
    const everyoneAway = Spec.parse({ ...spec, absences: pool.map((person) => ({ person, from: "2026-01-07", to: "2026-01-07" })) });
    const plan = planRecurringDutiesDetailed({ spec: everyoneAway, calendar, period });
    expect(plan.uncovered).toEqual([{ duty: "petition", date: "2026-01-07", missing: 1 }]);
  });
});
