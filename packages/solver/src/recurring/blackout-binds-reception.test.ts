import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadSpec, Spec } from "@yishi/domain";
import { loadSpecCalendar, parsePeriod } from "@yishi/calendar";
import { check, resolveProfile } from "@yishi/rules";
import { createPlan } from "../plan/create-plan.js";

/**
 * The bundled example's district people's congress session (区第十届人民代表大会
 * 第五次会议, 6–9 January 2026) takes in Wednesday 7 January, a day of the
 * petition reception (区领导接待群众来访日). With the blackout marked as binding
 * the reception (`recurringDuties`), the planner holds no reception that day,
 * and the independent checker finds nothing to flag.
 */
const loaded = loadSpec(fileURLToPath(new URL("../../../../examples/zhongshan-2026q1.yaml", import.meta.url)));
const calendar = loadSpecCalendar(loaded);
const profile = resolveProfile(loaded.spec.profile);
const period = parsePeriod("2026Q1");
const SESSION = "区第十届人民代表大会第五次会议";

function withSession(bound: "all" | string[] | undefined): Spec {
  const blackouts = loaded.spec.blackouts.map((b) => (b.name === SESSION && bound !== undefined ? { ...b, recurringDuties: bound } : b));
  return Spec.parse({ ...loaded.spec, blackouts });
}

describe("a blackout binding the petition reception", () => {
  it("the session's Wednesday gets no reception; the rest of the rota goes on; the checker agrees", async () => {
    const spec = withSession(["petition"]);
    const plan = await createPlan({ spec, profile, calendar, period });
    const dates = plan.recurringDuties.map((a) => a.date);
    expect(dates).not.toContain("2026-01-07");
    expect(dates).toContain("2026-01-14");
    const hard = check(spec, plan, profile, { calendar }).filter((v) => v.severity === "hard");
    expect(hard.map((v) => `${v.code}: ${v.message.en}`)).toEqual([]);
  });

  it("without the opt-in the reception is held that day, as before (the blackout binds meetings only)", async () => {
    const spec = withSession(undefined);
    const plan = await createPlan({ spec, profile, calendar, period });
    expect(plan.recurringDuties.map((a) => a.date)).toContain("2026-01-07");
    expect(check(spec, plan, profile, { calendar }).filter((v) => v.code === "spec.blackout")).toEqual([]);
  });

  it("a re-plan whose change adds such a blackout drops the turn and says why", async () => {
    const spec = withSession(undefined);
    const first = await createPlan({ spec, profile, calendar, period });
    const change = { absences: [], blackouts: [{ from: "2026-03-18", to: "2026-03-18", name: "市委巡视反馈会", meetingTypes: [], series: [], recurringDuties: "all" as const }], cancel: [] };
    const next = await createPlan({ spec, profile, calendar, period, previous: first, change, from: "2026-02-01" });
    expect(next.recurringDuties.map((a) => a.date)).not.toContain("2026-03-18");
    const dropped = next.changes.find((c) => c.kind === "reception-reassigned" && c.date === "2026-03-18");
    expect(dropped?.reason.en).toBe("2026-03-18 falls in 市委巡视反馈会 (2026-03-18..2026-03-18), when the spec holds no 区领导接待群众来访日; this turn is not held");
    expect(check(spec, next, profile, { calendar }).filter((v) => v.severity === "hard")).toEqual([]);
  });
});
