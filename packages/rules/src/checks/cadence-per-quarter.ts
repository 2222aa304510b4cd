import type { RuleCheck } from "./types.js";
import { checkCountInSpans } from "./count-in-spans.js";
import { seriesGroups } from "./shared.js";
import { viewForCadence } from "./extra-sessions.js";
import { judgeSpanSpacing } from "./judge-gaps.js";

/**
 * Occurrences per whole quarter of the plan between min and max; extra sessions the
 * article allows are not counted. With `minGapDays`/`maxGapDays` (the profile's
 * reading of “about every …”, no article giving a number) consecutive regular
 * occurrences are also that far apart.
 */
export const cadencePerQuarter: RuleCheck<"cadence.per-quarter"> = {
  id: "cadence.per-quarter",
  evaluate: (ctx, rule, params) => [
    ...checkCountInSpans(ctx, rule, "quarter", params.min, params.max, params.extraSessions),
    ...seriesGroups(ctx, rule).flatMap((group) =>
      judgeSpanSpacing(ctx, rule, viewForCadence(ctx, group.meetings, params.extraSessions), params, { zh: "每季度一次（大约每三个月）", en: "once a quarter (about every three months)" }),
    ),
  ],
};
