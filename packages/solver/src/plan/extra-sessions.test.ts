import { beforeAll, describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { loadSpec, type Plan, type RuleProfile, type Spec } from "@yishi/domain";
import { addDays, loadSpecCalendar } from "@yishi/calendar";
import { check, resolveProfile } from "@yishi/rules";
import { createPlan } from "./create-plan.js";

/**
 * Extra sessions (临时召开) in the planner. 钟山区 第四十条: 区政府常务会议原则上每两周
 * 召开一次，也可根据工作需要适时召开 — an extra executive session stands outside
 * the two-week cadence, so the planner keeps it where it is, marked, and spaces
 * the regular sessions as if it were not there; under an article with no such
 * words the planner counts it as a regular session, as the checker does.
 */
const loaded = loadSpec(fileURLToPath(new URL("../../../../examples/zhongshan-2026q1.yaml", import.meta.url)));
const calendar = loadSpecCalendar(loaded);
const profile = resolveProfile(loaded.spec.profile);
const period = { from: "2026-01-01", to: "2026-03-31", label: "2026Q1" };
const reason = { reason: "研究春节前安全生产应急事项" };
let base: Plan;
let extraDate: string;

const execDates = (plan: Plan, extra = false) => plan.meetings.filter((m) => m.series === "exec" && m.status === "scheduled" && (m.extra !== undefined) === extra).map((m) => m.date);
const hard = (plan: Plan) => plan.violations.filter((v) => v.severity === "hard").map((v) => `${v.rule} ${v.message.en}`);
const withExtraPin = (spec: Spec): Spec => ({ ...spec, series: spec.series.map((s) => (s.id === "exec" ? { ...s, pinned: [...s.pinned, { date: extraDate, extra: reason }] } : s)) });

beforeAll(async () => {
  base = await createPlan({ spec: loaded.spec, profile, calendar, period });
  // A working day (not a Monday) soon after the first regular session with no meeting at all: nothing blocks it or clashes.
  const first = execDates(base)[0]!;
  extraDate = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => addDays(first, n)).find((d) => calendar.isWorkingDay(d) && ![1].includes(new Date(`${d}T00:00:00Z`).getUTCDay()) && !execDates(base).includes(d) && !base.meetings.some((m) => m.date === d))!;
}, 60_000);

describe("extra sessions: the planner keeps them apart from the cadence where the article allows them", () => {
  it("钟山区 第四十条: the extra session is held on its day, marked, and the regular sessions stay where they were", async () => {
    const plan = await createPlan({ spec: withExtraPin(loaded.spec), profile, calendar, period });
    const extra = plan.meetings.find((m) => m.series === "exec" && m.date === extraDate)!;
    expect(extra).toMatchObject({ pinned: true, extra: reason, status: "scheduled" });
    expect(execDates(plan)).toEqual(execDates(base));
    // Ids are numbered by date across regular and extra sessions: no two alike.
    const ids = plan.meetings.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    // The independent checker agrees: the extra adds no hard finding.
    expect(hard(plan)).toEqual(hard(base));
  });

  it("under an article that allows no extra session, the planner counts it as regular, as the checker does: no cadence break either way", async () => {
    const strict: RuleProfile = { ...profile, rules: profile.rules.map((r) => (r.check === "cadence.every-n-weeks" ? { ...r, params: Object.fromEntries(Object.entries(r.params).filter(([k]) => k !== "extraSessions")) } : r)) };
    const spec = withExtraPin(loaded.spec);
    const plan = await createPlan({ spec, profile: strict, calendar, period });
    expect(plan.meetings.find((m) => m.date === extraDate && m.series === "exec")).toMatchObject({ extra: reason });
    // In the chain: the sessions after it are spaced from it, so the regular dates differ from the plan without it.
    expect(execDates(plan)).not.toEqual(execDates(base));
    const cadence = check(spec, plan, strict, { calendar }).filter((v) => v.severity === "hard" && (v.code.startsWith("cadence.") || v.code.startsWith("spec.series")));
    expect(cadence).toEqual([]);
  });

  it("a re-plan keeps a hand-marked extra session of the previous plan where it is, marked: neither moved nor cancelled", async () => {
    const regular = base.meetings.find((m) => m.series === "exec" && m.status === "scheduled")!;
    const handMade = { ...regular, id: "exec#99", date: extraDate, extra: reason, agenda: [], title: "区政府常务会议（临时）" };
    const previous: Plan = { ...base, meetings: [...base.meetings, handMade] };
    const next = await createPlan({ spec: loaded.spec, profile, calendar, period, previous, from: period.from });
    expect(next.meetings.find((m) => m.id === "exec#99")).toMatchObject({ date: extraDate, extra: reason, status: "scheduled" });
    // Not moved, not dropped (its convener may change, with the reason listed, if the hand-made copy named one who is away).
    expect(next.changes.filter((c) => "meeting" in c && c.meeting === "exec#99" && (c.kind === "moved" || c.kind === "cancelled"))).toEqual([]);
    expect(execDates(next)).toEqual(execDates(base));
    expect(hard(next)).toEqual(hard(base));
  });
});
