import type { RuleCheck } from "./types.js";

/** 根据需要召开 (钟山区 第四十一条): any number of meetings keeps it; listed so the article shows. */
export const cadenceAsNeeded: RuleCheck<"cadence.as-needed"> = {
  id: "cadence.as-needed",
  evaluate: () => [],
};
