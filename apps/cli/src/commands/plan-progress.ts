import type { PlanProgress } from "@yishi/solver";
import { createProgress } from "../progress.js";
import type { CommandContext } from "../context.js";
import type { Lang } from "./plan-summary.js";

/**
 * What `plan` and `replan` show on a terminal while they work (a 40-series
 * year searches for a minute): the step, and for meetings the component and
 * how much of its search budget is spent. Silent when piped.
 */
export function createPlanProgress(ctx: CommandContext, lang: Lang): { onProgress(progress: PlanProgress): void; done(): void } {
  const progress = createProgress(ctx.io);
  const zh = lang === "zh";
  return {
    onProgress(p) {
      if (p.step === "meetings") {
        const share = `${Math.round(100 * p.spent)}%`;
        // The second pass (stand-ins) starts again from the first group: said, so the display does not seem to go back.
        const pass = p.standIns ? (zh ? "（允许代会）" : " (with stand-ins)") : "";
        progress.update(zh ? `规划会议：第 ${p.component + 1}/${p.components} 组${pass}，本组搜索预算已用 ${share}` : `planning meetings: group ${p.component + 1} of ${p.components}${pass}, ${share} of its search budget spent`);
      } else {
        const label = { agendas: zh ? "安排议题" : "placing agenda items", roster: zh ? "编排值班" : "building the duty roster", check: zh ? "按规则检查" : "checking against the rules" }[p.step];
        progress.update(`${label}…`);
      }
    },
    done: () => progress.done(),
  };
}
