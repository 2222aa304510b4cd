import type { RuleCheck } from "./types.js";
import { checkCountInSpans } from "./count-in-spans.js";

/** Occurrences per whole month of the plan between min and max; extra sessions the article allows are not counted. */
export const cadencePerMonth: RuleCheck<"cadence.per-month"> = {
  id: "cadence.per-month",
  evaluate: (ctx, rule, params) => checkCountInSpans(ctx, rule, "month", params.min, params.max, params.extraSessions),
};
