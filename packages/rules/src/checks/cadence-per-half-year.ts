import type { RuleCheck } from "./types.js";
import { checkCountInSpans } from "./count-in-spans.js";
import { seriesGroups } from "./shared.js";
import { viewForCadence } from "./extra-sessions.js";
import { judgeSpanSpacing } from "./judge-gaps.js";

/**
 * Occurrences per whole half-year of the plan between min and max; extra sessions the
 * article allows are not counted. With `minGapDays`/`maxGapDays` (the profile's
 * reading of “about every …”, no article giving a number) consecutive regular
 * occurrences are also that far apart.
 */
export const cadencePerHalfYear: RuleCheck<"cadence.per-half-year"> = {
  id: "cadence.per-half-year",
  evaluate: (ctx, rule, params) => [
    ...checkCountInSpans(ctx, rule, "half-year", params.min, params.max, params.extraSessions),
    ...seriesGroups(ctx, rule).flatMap((group) =>
      judgeSpanSpacing(ctx, rule, viewForCadence(ctx, group.meetings, params.extraSessions), params, { zh: "每半年一次", en: "once every half year" }),
    ),
  ],
};
