import { beforeAll, describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { addFacts, loadSpec, type Plan, type SpecChange } from "@yishi/domain";
import { addDays, loadSpecCalendar } from "@yishi/calendar";
import { check, resolveProfile } from "@yishi/rules";
import { createPlan } from "./create-plan.js";
import { diffPlans, findUnlistedDifferences } from "./diff-plans.js";

/**
 * Re-plans of the bundled example, judged from the outside: the two plans are
 * diffed (diffPlans reads only the plans) and every difference must be listed
 * in `changes`, every listed change must be a real difference, the days
 * before `from` must be untouched, and nothing may move that the change
 * does not force.
 */
const loaded = loadSpec(fileURLToPath(new URL("../../../../examples/zhongshan-2026q1.yaml", import.meta.url)));
const spec = loaded.spec;
const calendar = loadSpecCalendar(loaded);
const profile = resolveProfile(spec.profile);
const period = { from: "2026-01-01", to: "2026-03-31", label: "2026Q1" };
let first: Plan;

beforeAll(async () => {
  first = await createPlan({ spec, profile, calendar, period });
}, 60_000);

const replan = (change: Partial<SpecChange>, from = period.from) =>
  createPlan({ spec, profile, calendar, period, previous: first, change: { absences: [], blackouts: [], cancel: [], ...change }, from });

/** The parts of a plan dated before `from`: what a re-plan must leave exactly as it was. */
function before(plan: Plan, from: string) {
  return {
    meetings: plan.meetings.filter((m) => m.date < from),
    roster: plan.roster.filter((a) => a.date < from),
    recurring: plan.recurringDuties.filter((a) => a.date < from),
  };
}

/** Every change names a real difference (no phantom entries). */
function phantomChanges(previous: Plan, next: Plan) {
  const diffs = diffPlans(previous, next);
  return next.changes.filter((c) => {
    if ("meeting" in c) return !diffs.some((d) => d.kind === "meeting" && d.meeting === c.meeting);
    if (c.kind === "duty-reassigned") return !diffs.some((d) => d.kind === "duty" && d.date === c.date && d.post === c.post);
    if (c.kind === "reception-reassigned") return !diffs.some((d) => d.kind === "reception" && d.date === c.date && d.duty === c.duty);
    return !diffs.some((d) => d.kind === "item" && d.item === c.item);
  });
}

describe("re-plan: only what the change forces moves, and everything that moves is listed", () => {
  it("a change that breaks no duty moves no duty, no reception and no item (the example's inspection week and trip)", async () => {
    const next = await replan(
      {
        absences: [{ person: "zhang-wei", from: "2026-03-10", to: "2026-03-13", kind: "session", reason: "参加省政府专题会议", approved: true }],
        blackouts: [{ from: "2026-02-24", to: "2026-02-27", name: "节后安全生产大检查", meetingTypes: ["executive"], series: [] }],
      },
      period.from,
    );
    // Today's code rebuilt the roster (five leader duties moved, January included) and moved A09 without a word.
    expect(diffPlans(first, next).filter((d) => d.kind !== "meeting")).toEqual([]);
    expect(next.changes.filter((c) => !("meeting" in c))).toEqual([]);
    expect(findUnlistedDifferences(first, next)).toEqual([]);
    expect(next.changes.map((c) => ("meeting" in c ? `${c.meeting} ${c.kind}` : c.kind))).toContain("exec#4 moved");
  });

  it("a trip that empties a duty seat hands that seat on, lists it with the reason, and moves nothing else", async () => {
    const duty = first.roster.find((a) => a.post === "leader" && a.date >= "2026-03-02")!;
    const next = await replan({ absences: [{ person: duty.person, from: duty.date, to: duty.date, kind: "travel", reason: "赴省城汇报", approved: true }] }, "2026-02-15");
    const duties = next.changes.filter((c) => c.kind === "duty-reassigned");
    expect(duties.find((c) => c.date === duty.date && c.post === duty.post)).toMatchObject({ from: duty.person, reason: { zh: expect.stringContaining("赴省城汇报") } });
    expect(next.roster.some((a) => a.date === duty.date && a.post === duty.post && a.person === duty.person)).toBe(false);
    // The fewest things move: at most the seat itself and the duties the rest rule chains to it.
    expect(duties.length).toBeLessThanOrEqual(3);
    expect(findUnlistedDifferences(first, next)).toEqual([]);
    // The new holder's event is an update of the seat's event.
    expect(next.roster.find((a) => a.date === duty.date && a.post === duty.post)!.sequence).toBe(1);
    expect(check(spec, next, profile, { calendar }).filter((v) => v.severity === "hard")).toEqual([]);
  });

  it("keeps every day before --from exactly as it was, even when the change reaches back into it", async () => {
    const from = "2026-02-16";
    const exec1 = first.meetings.find((m) => m.id === "exec#1")!;
    const next = await replan({ blackouts: [{ from: "2026-01-01", to: "2026-03-31", name: "全季度整顿", meetingTypes: ["mayor-office"], series: [] }], absences: [{ person: exec1.convener!, from: exec1.date, to: exec1.date, kind: "leave", approved: true }] }, from);
    expect(before(next, from)).toEqual(before(first, from));
    expect(findUnlistedDifferences(first, next)).toEqual([]);
    // The plan carries the change's facts, so the checker judges the kept past by them too (and says so).
    expect(next.facts?.absences).toHaveLength(1);
    expect(check(spec, next, profile, { calendar })).toEqual(next.violations);
    expect(next.violations).toEqual(check(addFacts(spec, next.facts), { ...next, facts: undefined }, profile, { calendar }));
  });

  it("a cancelled meeting's items are offered to the meetings still held, each move listed, and the cancelled occurrence keeps no agenda", async () => {
    const exec4 = first.meetings.find((m) => m.id === "exec#4")!;
    expect(exec4.agenda.length).toBeGreaterThan(0);
    const next = await replan({ cancel: ["exec#4"] }, "2026-02-16");
    const cancelled = next.meetings.find((m) => m.id === "exec#4")!;
    expect(cancelled).toMatchObject({ status: "cancelled", agenda: [], sequence: exec4.sequence + 1 });
    for (const { item } of exec4.agenda) {
      expect(next.changes.find((c) => (c.kind === "item-moved" || c.kind === "item-unplaced") && c.item === item)).toMatchObject({ from: "exec#4", reason: { zh: expect.stringContaining("原会议exec#4已取消") } });
    }
    expect(findUnlistedDifferences(first, next)).toEqual([]);
  });

  it("refuses to cancel a meeting already held before --from", async () => {
    await expect(replan({ cancel: ["exec#1"] }, "2026-02-16")).rejects.toThrow(/before the re-plan takes effect/);
  });

  it("lists every difference, and only real ones, over random changes (property)", async () => {
    const people = spec.people.map((p) => p.id);
    const days = 90;
    const dayOf = (n: number) => addDays(period.from, n);
    const meetingIds = first.meetings.filter((m) => m.status === "scheduled").map((m) => m.id);
    const change = fc.record({
      absences: fc.array(
        fc.record({ person: fc.constantFrom(...people), start: fc.nat(days - 1), length: fc.integer({ min: 0, max: 6 }), kind: fc.constantFrom("leave" as const, "travel" as const, "session" as const) }),
        { maxLength: 4 },
      ),
      blackouts: fc.array(fc.record({ start: fc.nat(days - 1), length: fc.integer({ min: 0, max: 5 }), types: fc.constantFrom([] as const, ["executive"] as const, ["topic"] as const) }), { maxLength: 2 }),
      cancel: fc.subarray(meetingIds, { maxLength: 1 }),
      from: fc.nat(days - 1),
    });
    await fc.assert(
      fc.asyncProperty(change, async (c) => {
        const from = dayOf(c.from);
        const cancel = c.cancel.filter((id) => first.meetings.find((m) => m.id === id)!.date >= from);
        const next = await replan(
          {
            absences: c.absences.map((a) => ({ person: a.person, from: dayOf(a.start), to: dayOf(Math.min(days - 1, a.start + a.length)), kind: a.kind, approved: true })),
            blackouts: c.blackouts.map((b, i) => ({ from: dayOf(b.start), to: dayOf(Math.min(days - 1, b.start + b.length)), name: `停会${i + 1}`, meetingTypes: [...b.types], series: [] })),
            cancel,
          },
          from,
        );
        expect(findUnlistedDifferences(first, next)).toEqual([]);
        expect(phantomChanges(first, next)).toEqual([]);
        expect(before(next, from)).toEqual(before(first, from));
        for (const ch of next.changes) expect(ch.reason.zh.length * ch.reason.en.length).toBeGreaterThan(0);
      }),
      { numRuns: 12, seed: 20261204 },
    );
  }, 240_000);
});
