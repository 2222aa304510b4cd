import type { Body, MeetingSeries } from "./organization.js";

/** A series with the body it meets as: what decides who may send a stand-in. */
export interface SeriesWithBody {
  series: Pick<MeetingSeries, "standIn">;
  body: Pick<Body, "convener">;
}

/** Whether `person` may send a stand-in to a meeting of `s`: the series allows stand-ins and the person does not convene it. */
export function mayStandIn(s: SeriesWithBody, person: string): boolean {
  return s.series.standIn !== undefined && person !== s.body.convener;
}

/**
 * Cost of holding an occurrence of `a` and one of `b` at overlapping times,
 * given the people both expect: the sum, per shared person, of the smaller
 * weight of the series that person may send a stand-in to; undefined when
 * some shared person may send one to neither (the clash is hard). The planner
 * and the checker (spec.person-conflict) read soft clashes through this one
 * function, so they agree on which clashes are soft and what they cost.
 */
export function softClashWeight(a: SeriesWithBody, b: SeriesWithBody, shared: readonly string[]): number | undefined {
  let total = 0;
  for (const person of shared) {
    const weights = [a, b].filter((s) => mayStandIn(s, person)).map((s) => s.series.standIn!.weight);
    if (weights.length === 0) return undefined;
    total += Math.min(...weights);
  }
  return total;
}
