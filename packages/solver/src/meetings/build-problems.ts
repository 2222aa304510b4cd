import type { PlannedMeeting } from "@yishi/domain";
import { analyseSeries, type SeriesContext } from "./analyse-series.js";
import { buildSequence, type SeriesProblem } from "./build-sequence.js";
import { collectFacts, type Facts, type PlanMeetingsInput } from "./meeting-input.js";

export interface SeriesProblems {
  facts: Facts;
  contexts: SeriesContext[];
  previousBySeries: Map<string, PlannedMeeting[]>;
  /** Builds a series' DP problem, strict (hard rules kept) or relaxed (breaks allowed at a cost). */
  build(ctx: SeriesContext, relaxed: boolean): SeriesProblem;
  /** Previous scheduled dates per series in the period (re-planning). */
  previousDateCount: number;
}

/** Resolves every series and prepares its DP: shared by the planner and the reference model. */
export function buildSeriesProblems(input: PlanMeetingsInput): SeriesProblems {
  const { spec, profile, calendar, period } = input;
  const facts = collectFacts(spec, input.change);
  const contexts = spec.series.map((s, i) => analyseSeries(spec, profile, calendar, period, facts, s, i));
  const previousBySeries = new Map<string, PlannedMeeting[]>();
  for (const m of input.previous?.meetings ?? []) if (m.series) previousBySeries.set(m.series, [...(previousBySeries.get(m.series) ?? []), m]);
  const datesOf = (ctx: SeriesContext) => {
    const prev = (previousBySeries.get(ctx.series.id) ?? []).filter((m) => m.date >= period.from && m.date <= period.to);
    return {
      previousDates: new Set(prev.filter((m) => m.status === "scheduled" && !facts.cancelled.has(m.id)).map((m) => m.date)),
      cancelledDates: new Set(prev.filter((m) => facts.cancelled.has(m.id)).map((m) => m.date)),
    };
  };
  return {
    facts,
    contexts,
    previousBySeries,
    build: (ctx, relaxed) => buildSequence(ctx, calendar, period, { relaxed, ...datesOf(ctx) }),
    previousDateCount: contexts.reduce((t, c) => t + datesOf(c).previousDates.size, 0),
  };
}
