import type { PlannedMeeting } from "@yishi/domain";
import { analyseSeries, type SeriesContext } from "./analyse-series.js";
import { buildSequence, type SeriesProblem } from "./build-sequence.js";
import { collectFacts, type Facts, type PlanMeetingsInput } from "./meeting-input.js";
import { choosePinRooms } from "./room-pool.js";

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
  const analysed = spec.series.map((s, i) => analyseSeries(spec, profile, calendar, period, facts, s, i));
  choosePinRooms(analysed);
  // A series whose extra sessions stand apart gets a companion: the same series, only those pins (see SeriesContext.extraPins).
  const contexts = [...analysed, ...analysed.filter((c) => c.extraPins === "apart").map((c) => ({ ...c, extraPins: "only" as const, notes: [] }))];
  const previousBySeries = new Map<string, PlannedMeeting[]>();
  for (const m of input.previous?.meetings ?? []) if (m.series) previousBySeries.set(m.series, [...(previousBySeries.get(m.series) ?? []), m]);
  const datesOf = (ctx: SeriesContext) => {
    // The companion holds only pins; extra sessions standing apart are its pins, not the chain's dates to keep.
    const prev = ctx.extraPins === "only" ? [] : (previousBySeries.get(ctx.series.id) ?? []).filter((m) => m.date >= period.from && m.date <= period.to && !(ctx.extraPins === "apart" && m.extra !== undefined));
    const kept = prev.filter((m) => m.status === "scheduled" && !facts.cancelled.has(m.id));
    return {
      previousDates: new Set(kept.map((m) => m.date)),
      previousRooms: new Map(kept.flatMap((m) => (m.room !== undefined ? [[m.date, m.room] as const] : []))),
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
