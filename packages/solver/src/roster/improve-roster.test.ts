import { describe, expect, it } from "vitest";
import { Spec } from "@yishi/domain";
import { createCalendar } from "@yishi/calendar";
import { resolvePostPools } from "@yishi/rules";
import { buildAvailabilityGrid } from "./availability-grid.js";
import { describeDutyDays } from "./duty-days.js";
import { balanceRoster, fairnessOf, honourPreferences } from "./improve-roster.js";
import { RosterState } from "./roster-state.js";
import { boundPreferencePenalty } from "./preference-bound.js";

const calendar = createCalendar();

function stateFor(preferences: unknown[] = []) {
  const spec = Spec.parse({
    organization: { id: "o", name: "O", jurisdiction: "钟山区" },
    people: ["a", "b", "c"].map((id) => ({ id, name: id, roles: ["duty-staff"] })),
    duty: { posts: [{ id: "staff", name: "值班人员", pool: ["a", "b", "c"] }], preferences },
  });
  // Monday 9 to Saturday 14 March 2026: five ordinary days and one heavy day.
  const days = describeDutyDays(calendar, "2026-03-09", "2026-03-14", []);
  const pools = resolvePostPools(spec);
  const state = new RosterState(days, pools, 1, buildAvailabilityGrid(spec, [], days, pools), spec.duty.preferences);
  return state;
}

describe("balanceRoster", () => {
  it("moves duties from the busiest to the idlest until the bound is met, keeping the rest rule", () => {
    const state = stateFor();
    // a on days 0, 2, 4; b on 1, 3, 5; c idle: spread 3.
    state.seats.forEach((s) => state.assign(s, s.day % 2));
    const base = { heavy: [0, 0, 0], total: [0, 0, 0] };
    expect(fairnessOf(state, 0, base).slice(0, 3)).toEqual([0, 1, 3]);
    expect(balanceRoster(state, 0, base, [0, 0, 0])).toBeGreaterThan(0);
    const counts = state.counts(0);
    expect(counts.total).toEqual([2, 2, 2]);
    for (const m of [0, 1, 2]) {
      const days = state.seats.filter((s) => state.holder[s.id] === m).map((s) => s.day).sort();
      for (let i = 1; i < days.length; i++) expect(days[i]! - days[i - 1]!).toBeGreaterThanOrEqual(2);
    }
  });
});

describe("honourPreferences", () => {
  it("swaps same-class duties to honour an avoided date without changing any count", () => {
    const state = stateFor([{ person: "a", kind: "avoid", date: "2026-03-09", weight: 2 }]);
    // a on days 0 and 3, b on 1 and 4, c on 2 (and the Saturday, 5).
    const plan = [0, 1, 2, 0, 1, 2];
    state.seats.forEach((s) => state.assign(s, plan[s.day]!));
    const before = state.counts(0);
    expect(honourPreferences(state)).toBeGreaterThan(0);
    expect(state.personOf(state.seats[0]!)).not.toBe("a");
    expect(state.counts(0)).toEqual(before);
  });
});

describe("boundPreferencePenalty", () => {
  const penaltyOf = (state: RosterState) => state.seats.reduce((t, s) => t + (state.personOf(s) === undefined ? 0 : state.penalty(s.post, state.holder[s.id]!, s.day)), 0);

  it("is met once the avoided date is swapped away, and never above the penalty", () => {
    const state = stateFor([{ person: "a", kind: "avoid", date: "2026-03-09", weight: 2 }]);
    const plan = [0, 1, 2, 0, 1, 2];
    state.seats.forEach((s) => state.assign(s, plan[s.day]!));
    // a holds two ordinary days and may take any of five, four of them free of penalty.
    expect(boundPreferencePenalty(state)).toBe(0);
    expect(penaltyOf(state)).toBe(2);
    honourPreferences(state);
    expect(penaltyOf(state)).toBe(boundPreferencePenalty(state));
  });

  it("counts what the person's own duties cannot avoid", () => {
    // a avoids every ordinary day but must keep two of them: at least 1 + 1, or 3 if both fall on Monday and Tuesday.
    const avoid = ["2026-03-09", "2026-03-10", "2026-03-11", "2026-03-12", "2026-03-13"].map((date, i) => ({ person: "a", kind: "avoid", date, weight: i < 2 ? 2 : 1 }));
    const state = stateFor(avoid);
    const plan = [0, 1, 2, 0, 1, 2];
    state.seats.forEach((s) => state.assign(s, plan[s.day]!));
    expect(boundPreferencePenalty(state)).toBe(2);
    expect(penaltyOf(state)).toBe(3);
  });
});
