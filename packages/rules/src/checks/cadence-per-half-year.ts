import type { RuleCheck } from "./types.js";
import { checkCountInSpans } from "./count-in-spans.js";

/** Occurrences per whole half-year of the plan between min and max; extra sessions the article allows are not counted. */
export const cadencePerHalfYear: RuleCheck<"cadence.per-half-year"> = {
  id: "cadence.per-half-year",
  evaluate: (ctx, rule, params) => checkCountInSpans(ctx, rule, "half-year", params.min, params.max, params.extraSessions),
};
