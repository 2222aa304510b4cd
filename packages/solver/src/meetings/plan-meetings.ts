import type { LocalizedText, MeetingChange, PlannedMeeting, SolveReport } from "@yishi/domain";
import { assignIds } from "./assign-ids.js";
import { buildSeriesProblems } from "./build-problems.js";
import { BREAK_COST, MOVE_COST, type SeriesProblem } from "./build-sequence.js";
import { explainBreaks, type Conflict } from "./explain-infeasible.js";
import { describePinBreaks } from "./describe-pin-breaks.js";
import type { PlanMeetingsInput } from "./meeting-input.js";
import { resolveClashes, type ComponentResult } from "./resolve-clashes.js";
import { hasSoftClash, occurrenceAt, sharePeople, withoutStandIns } from "./series-clash.js";
import { timesOverlap } from "./clock.js";
import { shareRoom } from "./room-pool.js";
import { solveSequence } from "./sequence-dp.js";
import { buildComponentModel, enumerateArcs } from "./reference-model.js";
import { createJsLpSolverBackend } from "../backend/js-lp-solver-backend.js";
import type { LpBackend } from "../backend/lp-model.js";
import { createWorkMeter, withWorkMeter, type WorkMeter } from "./work-meter.js";

export interface MeetingsPlan {
  meetings: PlannedMeeting[];
  changes: MeetingChange[];
  solve: SolveReport[];
  /** Empty when every hard rule can be kept; else the planner's-words reasons, smallest first. */
  infeasible: LocalizedText[];
}

/**
 * Plans every meeting series of the spec over the period:
 * 1. each series' days are filtered by the hard rules (day off, weekday,
 *    no-meeting day, blackout, convener, quorum) and scored (preference);
 * 2. each series becomes an exact DP over its candidate days (spacing,
 *    counts per span, pins, moves in a re-plan);
 * 3. series sharing a room or a person form components, solved by branch
 *    and bound over their clashes with the DPs as lower bounds;
 * 4. a component with no plan keeping every hard rule is solved again with
 *    breaks allowed at a large cost each, and the breaks are explained.
 */
export async function planMeetings(input: PlanMeetingsInput): Promise<MeetingsPlan> {
  const { period } = input;
  const { facts, contexts, previousBySeries, build, previousDateCount } = buildSeriesProblems(input);
  const names = new Map(input.spec.people.map((p) => [p.id, p.name] as const));
  const nameOf = (person: string | undefined) => (person === undefined ? "" : (names.get(person) ?? person));
  const strict = contexts.map((c) => build(c, false));
  const components = findComponents(strict);

  const meetings: PlannedMeeting[] = [];
  const changes: MeetingChange[] = [];
  const conflicts: Conflict[] = [];
  const notes = contexts.flatMap((c) => c.notes);
  // Each series' problem as solved (strict or relaxed) and the days chosen: ids are given once all are in.
  const chosen = new Map<SeriesProblem, number[]>();
  let objective = 0;
  let bound = 0;
  let optimal = true;
  // One component proved to need a break proves the whole period infeasible.
  let infeasibleProved = false;
  const nodeLimit = input.nodeLimit ?? 1_000;
  // The work limit is shared out among the components by size (see `share` below).
  const workLimit = input.workLimit ?? DEFAULT_WORK_LIMIT;
  let workLeft = workLimit;
  let sizeLeft = strict.reduce((t, p) => t + p.nodes.length, 0);
  let workSpentOut = false;
  // Components with stand-ins whose plan without them is found: their search with them runs after every component.
  const deferred: { index: number; component: number[]; problems: SeriesProblem[]; size: number; seed: number[][] }[] = [];

  for (const [index, component] of components.entries()) {
    input.onProgress?.({ component: index, components: components.length, spent: 0 });
    const problems = component.map((i) => strict[i]!);
    const size = problems.reduce((t, p) => t + p.nodes.length, 0);
    // Up to three times its size's share of what is left (most components need far less than their share and a
    // hard one far more), but never so much that the components after it keep under half their own share:
    // a first component that spent everything left the next with no plan at all (80 series, two halves).
    const rest = sizeLeft - size;
    const reserve = sizeLeft > 0 ? (0.5 * workLeft * rest) / sizeLeft : 0;
    const share = sizeLeft > 0 ? Math.min((3 * workLeft * size) / sizeLeft, workLeft - reserve) : workLeft;
    sizeLeft = rest;
    const meters: WorkMeter[] = [];
    // The first phase gets the component's share, a later one what is left of it but at least a sixth (a relaxed
    // re-run after a strict search that spent it all still has work to do) — never the reserve of the components
    // after it: 100 series whose first half spent its share and two sixths more left the rest nothing at all.
    const metered = <T>(run: () => T): T => {
      const used = meters.reduce((t, m) => t + m.spent, 0);
      const meter = createWorkMeter(meters.length === 0 ? share : Math.max(0, Math.min(Math.max(share - used, share / 6), workLeft - reserve - used)));
      if (input.onProgress) meter.onTick = (spent) => input.onProgress!({ component: index, components: components.length, spent });
      meters.push(meter);
      return withWorkMeter(meter, run);
    };
    // With stand-ins allowed, the component is planned first as if none were (the same search, on the same share, as
    // that spec would get), and its search with them waits until every component has had its share (below).
    const withStandIns = problems.length > 1 && problems.some((p) => p.context.series.standIn !== undefined) && hasSoftClash(problems);
    if (withStandIns) {
      const hardened = problems.map(withoutStandIns);
      let start = metered(() => resolveClashes(hardened, { nodeLimit, planFirst: true }));
      if (start && !start.optimal) start = await closeGapWithBackend(hardened, start, input.backend, notes);
      if (start) {
        deferred.push({ index, component, problems, size, seed: start.solutions.map((x) => x.path) });
        spendFrom(meters, component, share);
        continue;
      }
    }
    let result: ComponentResult | undefined = metered(() => resolveClashes(problems, { nodeLimit, hardFirst: false }));
    if (result && !result.optimal && problems.length > 1) result = await closeGapWithBackend(problems, result, input.backend, notes);
    let used = problems;
    if (!result) {
      // Relax first only the series that cannot keep their rules even alone; then, if the clashes still block, all.
      const alone = problems.map((p) => solveSequence(p) !== undefined);
      used = component.map((i, k) => (alone[k] ? problems[k]! : build(contexts[i]!, true)));
      result = alone.some((a) => !a) ? metered(() => resolveClashes(used, { nodeLimit, dualIterations: 40 })) : undefined;
      if (!result) {
        used = component.map((i) => build(contexts[i]!, true));
        result = metered(() => resolveClashes(used, { nodeLimit, dualIterations: 40 }));
        // The search missed a plan that the relaxed one found without a break: start the strict search from it.
        const seed = result && used.map((p, k) => (hasBreaks(p, result!.solutions[k]!.path) ? undefined : toStrictPath(p, problems[k]!, result!.solutions[k]!.path)));
        if (seed) {
          const strictResult = metered(() => resolveClashes(problems, { nodeLimit, seed }));
          if (strictResult) {
            result = strictResult;
            used = problems;
          }
        }
      }
      if (!result) throw new Error(`meetings: relaxed problem of ${component.map((i) => contexts[i]!.series.id).join(", ")} has no solution`);
      // Proven only when the bound itself needs a break; else the search ran out of budget first.
      const proven = result.bound >= BREAK_COST;
      infeasibleProved ||= proven;
      const before = conflicts.length;
      used.forEach((p, k) => {
        const path = result!.solutions[k]!.path;
        if (!alone[k]) for (const c of explainBreaks(p, path, period)) conflicts.push(c); // not push(...list): a long list overflows the stack
        else if (p.relaxed && hasBreaks(p, path)) conflicts.push(clashConflict(p, path, used));
      });
      if (!proven) {
        for (const c of conflicts.slice(before)) {
          c.text = { zh: `未能在搜索预算内找到满足全部硬性规则的安排（未证明无解）：${c.text.zh}`, en: `no plan keeping every hard rule was found within the search budget (not proved impossible): ${c.text.en}` };
        }
      }
    }
    spendFrom(meters, component, share);
    record(component, used, result);
  }

  // The searches with stand-ins, on the work the plans without them left, by size: they start from those plans, so
  // no component ends above its plan without stand-ins, and the components after one never got less work for it
  // (on the bench's seed 43 a first half searching with stand-ins on its own share left the second 3048 against 2919).
  let deferredSize = deferred.reduce((t, d) => t + d.size, 0);
  for (const d of deferred) {
    input.onProgress?.({ component: d.index, components: components.length, spent: 0, standIns: true });
    const share = (workLeft * d.size) / deferredSize;
    deferredSize -= d.size;
    const meter = createWorkMeter(share);
    if (input.onProgress) meter.onTick = (spent) => input.onProgress!({ component: d.index, components: components.length, spent, standIns: true });
    let result = withWorkMeter(meter, () => resolveClashes(d.problems, { nodeLimit, seed: d.seed }));
    // Not a user's mistake: the plan without stand-ins is a plan with them allowed, and the search starts from it.
    if (!result) throw new Error(`meetings: ${d.component.map((i) => contexts[i]!.series.id).join(", ")} lost the plan without stand-ins it started from`);
    if (!result.optimal) result = await closeGapWithBackend(d.problems, result, input.backend, notes);
    spendFrom([meter], d.component, share);
    record(d.component, d.problems, result);
  }

  /** Counts a component's work off what is left, and says when it stopped at its share. */
  function spendFrom(meters: WorkMeter[], component: number[], share: number): void {
    workLeft = Math.max(0, workLeft - meters.reduce((t, m) => t + m.spent, 0));
    if (meters.some((m) => m.spent >= m.limit)) {
      workSpentOut = true;
      notes.push(`component ${component.map((i) => contexts[i]!.series.id).join("+")}: search stopped at its share of the work limit (${Math.round(share)} of ${workLimit} DP steps)`);
    }
  }
  /** Adds a component's answer to the plan. */
  function record(component: number[], used: SeriesProblem[], result: ComponentResult): void {
    objective += result.objective;
    bound += result.bound;
    optimal &&= result.optimal;
    if (result.unavoidable > 0) notes.push(`${result.unavoidable} clash(es) between pinned occurrences kept as pinned`);
    if (component.length > 1) notes.push(`component ${component.map((i) => contexts[i]!.series.id).join("+")}: ${result.nodesExplored} branch-and-bound node(s)${result.optimal ? ", optimal" : `, gap ${result.objective - result.bound}`}`);
    used.forEach((p, k) => chosen.set(p, result.solutions[k]!.path));
  }

  // Ids per series, after every component: a series' extra sessions (its companion problem) are numbered with its regular ones.
  const companions = new Map([...chosen].filter(([q]) => q.context.extraPins === "only").map(([q, path]) => [q.context.series.id, { q, path }] as const));
  for (const [p, path] of chosen) {
    if (p.context.extraPins === "only") continue;
    const companion = companions.get(p.context.series.id);
    const merged = companion ? mergeCompanion(p, path, companion.q, companion.path) : { problem: p, path };
    const out = assignIds(merged.problem, merged.path, period, input.previous ? (previousBySeries.get(p.context.series.id) ?? []) : undefined, facts, nameOf);
    for (const m of out.meetings) meetings.push(m);
    for (const c of out.changes) changes.push(c);
  }

  // Objective counts moves from zero: each previous date starts at −MOVE_COST.
  const moveBase = MOVE_COST * previousDateCount;
  conflicts.sort((a, b) => a.facts - b.facts || (a.text.en < b.text.en ? -1 : a.text.en > b.text.en ? 1 : 0));
  const infeasible = conflicts.map((c) => c.text);
  const report: SolveReport = {
    problem: "meetings",
    objective: objective + moveBase,
    bound: bound + moveBase,
    optimal,
    notes: [
      `${contexts.filter((c) => c.extraPins !== "only").length} series in ${components.length} component(s); exact DP per series, branch and bound over room and person clashes`,
      `work: ${Math.round(workLimit - workLeft)} of ${workLimit} DP steps`,
      ...(workSpentOut ? [`work limit reached (${workLimit} DP steps, a count, not a time): the answer is the best found, with the bound proved so far`] : []),
      ...(infeasible.length > 0 ? [`infeasible: each broken hard rule costs ${BREAK_COST}`] : []),
      ...notes,
    ],
    ...(infeasible.length > 0 ? { infeasible, infeasibleProved } : {}),
  };
  meetings.sort((a, b) => cmp(a.date, b.date) || cmp(a.start, b.start) || cmp(a.id, b.id));
  changes.sort((a, b) => cmp(a.meeting, b.meeting) || cmp(a.kind, b.kind));
  return { meetings, changes, solve: [report], infeasible };
}

/**
 * DP steps (arcs examined) a whole meetings plan may spend. The DP runs
 * about 50–70 million steps a second on the 2-core machine the benchmarks
 * run on, so this is 15–20 s of search (at most 1.5 times that when a
 * component needs the relaxed re-runs), and any spec is answered within a
 * minute with the roster and agendas beside it. The 40-series year
 * instances of the bench spend 0.25–0.75 × 10⁹.
 */
export const DEFAULT_WORK_LIMIT = 1e9;

/** Variables the default back end (a dense tableau) is given at most; a back end passed in gets any size. */
const JS_LP_LIMIT = 1_500;

/**
 * When branch and bound leaves a gap, the component's whole 0/1 program goes
 * to the LP back end (javascript-lp-solver by default, only for small models;
 * any size for one passed in, e.g. HiGHS). Its answer is taken only when the
 * back end proves it optimal, it is integral and clash-free, and it is better.
 */
async function closeGapWithBackend(problems: SeriesProblem[], result: ComponentResult, backend: LpBackend | undefined, notes: string[]): Promise<ComponentResult> {
  // Counted before the model is built: building a large one only to drop it costs more than the count.
  if (!backend && countArcs(problems) > JS_LP_LIMIT) return result;
  const { model, arcNode } = buildComponentModel(problems);
  if (!backend && model.variables.length > JS_LP_LIMIT) return result;
  const solver = backend ?? createJsLpSolverBackend();
  const lp = await solver.solve(model, { timeLimitMs: 30_000 });
  notes.push(`gap handed to ${solver.name} (${model.variables.length} variables): ${lp.status}`);
  if (lp.status !== "optimal" || !lp.integral) return result;
  const chosen = problems.map(() => new Set<number>());
  for (const [name, value] of lp.values) {
    const at = arcNode.get(name);
    if (at && value > 0.5) chosen[at.series]!.add(at.node);
  }
  const solutions = problems.map((p, i) => solveSequence(p, (n) => !chosen[i]!.has(n)));
  if (solutions.some((x) => x === undefined)) return result;
  const objective = solutions.reduce((t, x) => t + x!.cost, 0);
  if (objective > result.objective || Math.abs(objective - lp.objective) > 1e-6) return result;
  return { ...result, solutions: solutions as NonNullable<(typeof solutions)[number]>[], objective, bound: objective, optimal: true };
}

/** The arc variables the component's whole program would have (the same arcs the model builds). */
function countArcs(problems: SeriesProblem[]): number {
  let count = 0;
  for (const p of problems) enumerateArcs(p, (_from, _to, cost) => {
    if (Number.isFinite(cost)) count++;
  });
  return count;
}

/** Spans left short of their minimum, gaps longer than the cadence allows, and pins breaking it themselves, on a relaxed path. */
function shortfalls(p: SeriesProblem, path: number[]): { zh: string[]; en: string[] } {
  const zh: string[] = [];
  const en: string[] = [];
  p.spanDays.forEach((span, s) => {
    const count = path.filter((n) => p.nodes[n]!.span === s).length;
    if (count < p.spans[s]!.min) {
      zh.push(`${span.label}只能安排${count}次（至少${p.spans[s]!.min}次）`);
      en.push(`${span.label} gets ${count} (at least ${p.spans[s]!.min})`);
    }
  });
  // The meeting before the period was at the latest the day before it; the next at the earliest the day after.
  const days = p.context.days.length;
  const first = path.length > 0 ? p.nodes[path[0]!]! : undefined;
  const last = path.length > 0 ? p.nodes[path.at(-1)!]! : undefined;
  // Only a cadence of gaps (no spans) binds the edges; a span cadence's spacing binds consecutive occurrences only.
  const edges = p.spans.length === 0 && Number.isFinite(p.maxGap);
  if (edges && first && first.day + 1 > p.maxGap) {
    zh.push(`本期第一次${first.date}距期初超过${p.maxGap}天`);
    en.push(`the first, ${first.date}, comes more than ${p.maxGap} days after the period starts`);
  }
  if (edges && last && days - last.day > p.maxGap) {
    zh.push(`本期最后一次${last.date}距期末超过${p.maxGap}天`);
    en.push(`the last, ${last.date}, is more than ${p.maxGap} days before the period ends`);
  }
  if (edges && !first && days + 1 > p.maxGap) {
    zh.push("本期没有安排");
    en.push("none in the period");
  }
  for (let i = 1; i < path.length; i++) {
    const a = p.nodes[path[i - 1]!]!;
    const b = p.nodes[path[i]!]!;
    if (b.day - a.day > p.maxGap) {
      zh.push(`${a.date}至${b.date}相隔${b.day - a.day}天（最多${p.maxGap}天）`);
      en.push(`${a.date} to ${b.date} is ${b.day - a.day} days (at most ${p.maxGap})`);
    }
  }
  for (const b of describePinBreaks(p, path)) {
    zh.push(b.text.zh);
    en.push(b.text.en);
  }
  return { zh, en };
}

/** The same dates as node indices of the strict problem (undefined when one is not a strict node). */
function toStrictPath(relaxed: SeriesProblem, strict: SeriesProblem, path: number[]): number[] | undefined {
  const byDate = new Map(strict.nodes.map((n, i) => [`${n.date} ${n.room}`, i] as const));
  const out = path.map((n) => byDate.get(`${relaxed.nodes[n]!.date} ${relaxed.nodes[n]!.room}`));
  return out.every((x) => x !== undefined) ? (out as number[]) : undefined;
}

function hasBreaks(p: SeriesProblem, path: number[]): boolean {
  return path.some((n) => p.nodes[n]!.blocks.length > 0 && !p.nodes[n]!.forced) || shortfalls(p, path).zh.length > 0;
}

/** A series' problem with its companion's nodes (its extra sessions) after its own, and both paths as one, by day. */
function mergeCompanion(p: SeriesProblem, path: number[], companion: SeriesProblem, extra: number[]): { problem: SeriesProblem; path: number[] } {
  const problem = { ...p, nodes: [...p.nodes, ...companion.nodes] };
  const merged = [...path, ...extra.map((n) => n + p.nodes.length)].sort((a, b) => problem.nodes[a]!.day - problem.nodes[b]!.day || a - b);
  return { problem, path: merged };
}

/** Series a clash explanation names before it says how many more. */
const NAMED_OTHERS = 5;

/** A series that keeps its rules alone but not beside the series it shares rooms or people with. */
function clashConflict(p: SeriesProblem, path: number[], all: SeriesProblem[]): Conflict {
  const short = shortfalls(p, path);
  const broken = path.map((n) => p.nodes[n]!).filter((n) => n.blocks.length > 0 && !n.forced);
  // A room is shared through a pool too: series with no one in common clash in the rooms their pools share.
  const others = all.filter((q) => q !== p && (sharePeople(p, q) || shareRoom(p.context, q.context))).map((q) => q.context.series.name);
  // A long list names a few: in a large component every series would otherwise repeat all the others.
  const shown = others.slice(0, NAMED_OTHERS);
  const more = others.length - shown.length;
  const zhOthers = shown.join("、") + (more > 0 ? `等${others.length}个会议` : "");
  const enOthers = shown.join(", ") + (more > 0 ? ` and ${more} more` : "");
  return {
    facts: broken.length + short.zh.length + others.length,
    text: {
      zh: `${p.context.series.name}单独可以按规则安排，但与共用会议室或人员的${zhOthers}无法同时安排；计划违反：${[...short.zh, ...broken.map((n) => n.blocks.map((b) => b.message.zh).join("，"))].join("；")}`,
      en: `the ${p.context.series.name} (${p.context.series.id}) keeps its rules alone but not beside ${enOthers}, which share its room or people; the plan breaks: ${[...short.en, ...broken.map((n) => n.blocks.map((b) => b.message.en).join(", "))].join("; ")}`,
    },
  };
}

/**
 * Connected components of series that can clash: they share a person or a
 * room at overlapping times of day (series order inside). Two series whose
 * occurrences never overlap in time (usual times and pinned ones) can never
 * clash, whatever days they take, so they are solved apart.
 */
export function findComponents(problems: SeriesProblem[]): number[][] {
  const parent = problems.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  // Every (start, end, room) a series' occurrences can have: its usual one and its pinned ones.
  const shapes = problems.map((p) => {
    const seen = new Map<string, { start: string; end: string; room?: string }>();
    const add = (o: { start: string; end: string; room?: string }) => seen.set(`${o.start}|${o.end}|${o.room ?? ""}`, o);
    for (const room of [p.context.room, ...(p.context.rooms ?? [])]) add({ start: p.context.start, end: p.context.end, ...(room !== undefined ? { room } : {}) });
    p.nodes.forEach((node, n) => {
      if (node.pinned) add(occurrenceAt(p, n));
    });
    return [...seen.values()];
  });
  for (let a = 0; a < problems.length; a++) {
    for (let b = a + 1; b < problems.length; b++) {
      const people = sharePeople(problems[a]!, problems[b]!);
      const meet = shapes[a]!.some((x) => shapes[b]!.some((y) => timesOverlap(x.start, x.end, y.start, y.end) && (people || (x.room !== undefined && x.room === y.room))));
      if (meet) parent[find(b)] = find(a);
    }
  }
  const groups = new Map<number, number[]>();
  problems.forEach((_, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]));
  return [...groups.values()].sort((x, y) => x[0]! - y[0]!);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
