import type { RuleCheck } from "./types.js";
import { checkCountInSpans } from "./count-in-spans.js";

/** Occurrences per whole year of the plan between min and max; extra sessions the article allows are not counted. */
export const cadencePerYear: RuleCheck<"cadence.per-year"> = {
  id: "cadence.per-year",
  evaluate: (ctx, rule, params) => checkCountInSpans(ctx, rule, "year", params.min, params.max, params.extraSessions),
};
