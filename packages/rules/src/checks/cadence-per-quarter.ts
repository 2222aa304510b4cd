import type { RuleCheck } from "./types.js";
import { checkCountInSpans } from "./count-in-spans.js";

/** Occurrences per whole quarter of the plan between min and max; extra sessions the article allows are not counted. */
export const cadencePerQuarter: RuleCheck<"cadence.per-quarter"> = {
  id: "cadence.per-quarter",
  evaluate: (ctx, rule, params) => checkCountInSpans(ctx, rule, "quarter", params.min, params.max, params.extraSessions),
};
