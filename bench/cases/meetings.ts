import { fileURLToPath } from "node:url";
import { PLAN_SCHEMA, Spec, loadSpec, type Plan, type RuleProfile, type SpecInput } from "@yishi/domain";
import { createCalendar, parsePeriod, type WorkCalendar } from "@yishi/calendar";
import { check, resolveProfile } from "@yishi/rules";
import { buildMeetingsReferenceModel, planMeetings, type PlanMeetingsInput } from "@yishi/solver";
import type { BenchCase, CaseOutcome } from "../bench-case.js";
import { createSeededRandom } from "../seeded-random.js";

/**
 * Meetings planner cases. Inputs come from a seeded PRNG, so every run sees
 * the same governments: leaders with trips and leave, bodies drawn from them,
 * series with weekday preferences, rooms and start times that make series
 * share rooms and people. Judged by the default profile (钟山区 + no Monday)
 * and the independent checker.
 */

const calendar = createCalendar();
const profile = resolveProfile("default");
type SeriesInput = NonNullable<SpecInput["series"]>[number];

export interface GovernmentShape {
  leaders: number;
  series: number;
  rooms: number;
  /** Start times (each 90 minutes long) the series are spread over. */
  slots: string[];
  membersPerBody: [number, number];
  tripsPerLeader: number;
  /** Seats of each room, by index (absent: the room has no capacity). */
  capacities?: number[];
  /** Every series may take any room (a pool): its own first (series index mod rooms), then the others in turn. */
  pool?: boolean;
  /** Leaders who convene the topic series (p0…): 10 when absent, the count the 40-series instances were made with. */
  conveners?: number;
  /** Every odd-numbered series lets members other than its convener send a stand-in, at this weight (series standIn). */
  standInWeight?: number;
}

/** One government: leaders, bodies, series and a year of absences, all from `seed`. */
export function generateGovernment(seed: number, shape: GovernmentShape, year = 2026): Spec {
  const rand = createSeededRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]) => list[int(0, list.length - 1)]!;
  const people = Array.from({ length: shape.leaders }, (_, i) => ({ id: `p${i}`, name: `领导${i}`, roles: [i === 0 ? "mayor" : "deputy"] as ("mayor" | "deputy")[] }));
  const rooms = Array.from({ length: shape.rooms }, (_, i) => ({ id: `room${i}`, name: `${i + 1}号会议室`, ...(shape.capacities?.[i] !== undefined ? { capacity: shape.capacities[i] } : {}) }));
  const bodies = [];
  const series: SeriesInput[] = [];
  // Offices give each series two or three of Tuesday–Friday, and a room and start time of its own where they can.
  const weekdaySets = [[2, 3, 4], [3, 4, 5], [2, 4, 5], [2, 3, 5]];
  for (let s = 0; s < shape.series; s++) {
    const size = int(shape.membersPerBody[0], shape.membersPerBody[1]);
    const members = new Set<string>();
    const convener = `p${s === 0 ? 0 : int(0, Math.min(shape.leaders, shape.conveners ?? 10) - 1)}`;
    members.add(convener);
    while (members.size < size) members.add(`p${int(0, shape.leaders - 1)}`);
    const deputy = [...members].find((m) => m !== convener)!;
    const type = s === 0 ? "executive" : "topic";
    bodies.push({ id: `b${s}`, name: `会议${s}`, type, members: [...members], convener, designatedConveners: [deputy] });
    const kind = s === 0 ? undefined : pick(["weeks", "weeks", "weeks", "month", "start"] as const);
    const cadence =
      kind === "weeks" ? { kind: "every-n-weeks" as const, weeks: 2 } : kind === "month" ? { kind: "per-month" as const, min: 1, max: 2 } : kind === "start" ? { kind: "month-position" as const, position: "start" as const, withinWorkingDays: 8 } : undefined;
    series.push({
      id: `s${s}`,
      name: s === 0 ? "常务会议" : `专题会议${s}`,
      type,
      body: `b${s}`,
      ...(cadence ? { cadence } : {}),
      // The executive meeting may use any of Tuesday–Friday.
      weekdays: s === 0 ? [2, 3, 4, 5] : pick(weekdaySets),
      start: shape.slots[Math.floor(s / shape.rooms) % shape.slots.length]!,
      // Most meetings take 90 minutes; a longer one overlaps the next slot in its room.
      durationMinutes: rand() < 0.25 ? 120 : 90,
      ...(shape.pool ? { rooms: Array.from({ length: shape.rooms }, (_, k) => `room${(s + k) % shape.rooms}`) } : { room: `room${s % shape.rooms}` }),
      // These instances were generated when a make-up working weekend (调休上班日) was open to every
      // series; they keep that reading so the figures stay comparable across sessions.
      adjustedWorkdaysAnyWeekday: true,
      // No draw from the generator: the instances stay the same with or without stand-ins.
      ...(shape.standInWeight !== undefined && s % 2 === 1 ? { standIn: { weight: shape.standInWeight } } : {}),
    });
  }
  const absences = [];
  for (const p of people) {
    for (let t = 0; t < shape.tripsPerLeader; t++) {
      const start = int(1, 360);
      const from = dayOfYear(year, start);
      const to = dayOfYear(year, Math.min(365, start + int(0, 4)));
      absences.push({ person: p.id, from, to, kind: pick(["travel", "leave", "session"] as const) });
    }
  }
  return Spec.parse({
    organization: { id: `gov${seed}`, name: `第${seed}区人民政府`, jurisdiction: "钟山区" },
    people,
    rooms,
    bodies,
    series,
    absences,
    blackouts: [{ from: `${year}-01-06`, to: `${year}-01-09`, name: "区人民代表大会", meetingTypes: ["executive", "plenary"] }],
  });
}

function dayOfYear(year: number, n: number): string {
  return new Date(Date.UTC(year, 0, n)).toISOString().slice(0, 10);
}

interface MeetingsBenchInput {
  governments: PlanMeetingsInput[];
}

function inputFor(spec: Spec, period: string, calendarIn: WorkCalendar = calendar, profileIn: RuleProfile = profile): PlanMeetingsInput {
  return { spec, profile: profileIn, calendar: calendarIn, period: parsePeriod(period) };
}

/**
 * Plans every government; the objective (and bound) reported is the first
 * government's when `representative`, so it compares with a reference model
 * of that one government; the totals go to the figures.
 */
async function runGovernments(input: MeetingsBenchInput, representative = false): Promise<CaseOutcome> {
  let first: { objective: number; bound: number } | undefined;
  let objective = 0;
  let bound = 0;
  let proved = true;
  let hard = 0;
  let meetings = 0;
  let checkMs = 0;
  let declared = 0;
  for (const gov of input.governments) {
    const result = await planMeetings(gov);
    const report = result.solve[0]!;
    objective += report.objective;
    bound += report.bound ?? report.objective;
    first ??= { objective: report.objective, bound: report.bound ?? report.objective };
    proved &&= report.optimal && result.infeasible.length === 0;
    declared += result.infeasible.length;
    meetings += result.meetings.length;
    const t0 = performance.now();
    const plan: Plan = { schema: PLAN_SCHEMA, organization: gov.spec.organization.id, profile: gov.profile.id, period: gov.period, meetings: result.meetings, roster: [], recurringDuties: [], unplacedItems: [], notices: [], changes: [], violations: [], solve: [] };
    hard += check(gov.spec, plan, gov.profile as RuleProfile, { calendar: gov.calendar }).filter((v) => v.severity === "hard").length;
    checkMs += performance.now() - t0;
  }
  const shown = representative && first ? first : { objective, bound };
  return { ...shown, provedOptimal: proved, hardViolations: hard, figures: { governments: input.governments.length, meetings, declaredInfeasible: declared, totalObjective: objective, totalBound: bound, checkMs: Math.round(checkMs) } };
}

/**
 * The bundled example with its three series copied to `count` (names and ids
 * numbered): far more executive meetings than one room and one leadership can
 * hold. What issue 13 measured: any spec of at most 1 MB is answered within
 * 60 s; this one is 78 kB and needs the relaxed re-runs.
 */
export function crowdExample(count: number): Spec {
  const example = loadSpec(fileURLToPath(new URL("../../examples/zhongshan-2026q1.yaml", import.meta.url))).spec;
  const series = Array.from({ length: count }, (_, i) => {
    const s = example.series[i % example.series.length]!;
    return { ...s, id: `${s.id}-${i}`, name: `${s.name}${i}` };
  });
  return Spec.parse({ ...example, series });
}

const small: GovernmentShape = { leaders: 9, series: 5, rooms: 2, slots: ["09:00", "14:30", "09:00", "16:00", "10:30"], membersPerBody: [4, 8], tripsPerLeader: 6 };
export const shared: GovernmentShape = { leaders: 40, series: 40, rooms: 10, slots: ["08:30", "10:00", "14:30", "16:00"], membersPerBody: [3, 5], tripsPerLeader: 6 };
/**
 * `shared` with 7 rooms every series may take, as offices with several rooms
 * book them: 14 series start in each morning slot, so the rooms are scarce;
 * the two smallest seat fewer than the biggest bodies (5 people).
 */
export const pooled: GovernmentShape = { ...shared, rooms: 7, capacities: [20, 12, 8, 6, 5, 4, 3], pool: true };
/** `shared` where every odd series lets its members (not its convener) send a stand-in, at 30 a day each. */
export const withStandIns: GovernmentShape = { ...shared, standInWeight: 30 };

/**
 * `shared` grown to `series` standing series, as a larger government has
 * them: a leader and a quarter-room per series and a convener per four (the
 * 40-series shape's proportions, whose 10 conveners stay fixed: 80 series on
 * those 10 leave a half-day with no plan keeping every rule, as HiGHS proves).
 */
export function scaledShape(series: number): GovernmentShape {
  return { ...shared, series, leaders: series, rooms: series / 4, conveners: series / 4 };
}

/** A case where no plan keeps every hard rule: the breaks the planner declares are the expected answer, not a miss. */
async function runDeclaringBreaks(input: MeetingsBenchInput): Promise<CaseOutcome> {
  const outcome = await runGovernments(input);
  return outcome.figures!.declaredInfeasible ? { ...outcome, hardViolations: 0, figures: { ...outcome.figures, hardDeclared: outcome.hardViolations ?? 0 } } : outcome;
}

/** Options of a one-government case (see governmentCase). */
interface GovernmentCaseOptions {
  period?: string;
  /** No reference model (default: the government's own). */
  noReference?: boolean;
  /** No plan keeps every hard rule: the breaks declared are the answer (runDeclaringBreaks). */
  declaresBreaks?: boolean;
}

/** A case planning one generated government (`seed`, `shape`), over 2026 unless `period` says otherwise. */
function governmentCase(name: string, targetMs: number, seed: number, shape: GovernmentShape, options: GovernmentCaseOptions = {}): BenchCase {
  return {
    name,
    problem: "meetings",
    targetMs,
    setup: (): MeetingsBenchInput => ({ governments: [inputFor(generateGovernment(seed, shape), options.period ?? "2026")] }),
    run: (input) => (options.declaresBreaks ? runDeclaringBreaks : runGovernments)(input as MeetingsBenchInput),
    ...(options.noReference ? {} : { referenceModel: (input: unknown) => buildMeetingsReferenceModel((input as MeetingsBenchInput).governments[0]!) }),
  };
}

export const cases: BenchCase[] = [
  governmentCase("meetings: one government, 5 series, one quarter", 1_000, 1, small, { period: "2026Q1" }),
  governmentCase("meetings: 40 series sharing rooms and people, one year", 5_000, 40, shared),
  governmentCase("meetings: 40 series sharing a pool of 7 rooms, one year", 5_000, 40, pooled),
  // Issue 18's soft clashes: the 40-series year where every odd series lets members send stand-ins (30 a day each).
  // Every plan of the hard case keeps its rules here too, so its objective is no worse than that case's (2902).
  governmentCase("meetings: 40 series with stand-ins (odd series, 30 each), one year", 5_000, 40, withStandIns),
  {
    // Not an issue size: the same shape on four more seeds, so the figures show how far the 40-series result carries.
    name: "meetings: 40 series, four more seeds (robustness), one year each",
    problem: "meetings",
    targetMs: 4 * 5_000,
    setup: (): MeetingsBenchInput => ({ governments: [41, 42, 43, 44].map((seed) => inputFor(generateGovernment(seed, shared), "2026")) }),
    run: (input) => runGovernments(input as MeetingsBenchInput),
  },
  governmentCase("meetings: 80 series sharing rooms and people (scaled shape), one year", 20_000, 40, scaledShape(80)),
  // HiGHS proves the morning half has no plan keeping every hard rule (its LP with the clash cliques is
  // infeasible, 11.6 s): the planner must say so plainly, with the breaks it keeps, and not crash.
  governmentCase("meetings: 100 series sharing rooms and people (scaled shape, no plan keeps every rule), one year", 60_000, 40, scaledShape(100), { noReference: true, declaresBreaks: true }),
  governmentCase("meetings: 200 series sharing rooms and people (scaled shape), one year", 60_000, 40, scaledShape(200), { noReference: true }),
  {
    // Not a size users meet: the reliability target (any spec ≤ 1 MB answered within a minute), met by the work limit.
    name: "meetings: the example's series copied to 200, one quarter (work limit)",
    problem: "meetings",
    targetMs: 60_000,
    setup: (): MeetingsBenchInput => {
      const spec = crowdExample(200);
      return { governments: [inputFor(spec, "2026Q1", calendar, resolveProfile(spec.organization.jurisdiction))] };
    },
    run: (input) => runDeclaringBreaks(input as MeetingsBenchInput),
  },
  {
    name: "meetings: 100 governments, one year each",
    problem: "meetings",
    targetMs: 60_000,
    setup: (): MeetingsBenchInput => ({ governments: Array.from({ length: 100 }, (_, i) => inputFor(generateGovernment(1000 + i, small), "2026")) }),
    run: (input) => runGovernments(input as MeetingsBenchInput, true),
    // One representative government: the whole program of all 100 is 100 independent copies.
    referenceModel: (input) => buildMeetingsReferenceModel((input as MeetingsBenchInput).governments[0]!),
  },
];

