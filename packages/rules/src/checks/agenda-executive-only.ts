import { compareText } from "@yishi/domain";
import type { Violation } from "@yishi/domain";
import type { RuleCheck } from "./types.js";
import { makeViolation } from "./make-violation.js";
import type { RuleParams } from "../rule-params.js";

/** Whether an item's amount reaches the rule's threshold (above `amountYuanOver`, or at least `amountYuanAtLeast`). */
export function reachesAmountThreshold(params: Pick<RuleParams<"agenda.executive-only">, "amountYuanOver" | "amountYuanAtLeast">, amountYuan: number | undefined): boolean {
  if (amountYuan === undefined) return false;
  if (params.amountYuanOver !== undefined && amountYuan > params.amountYuanOver) return true;
  return params.amountYuanAtLeast !== undefined && amountYuan >= params.amountYuanAtLeast;
}

/**
 * 新增政府投资项目…动用存量财政资金200万元以上…由区政府常务会议研究 (钟山区 第四十条(五)(六)):
 * such items are decided only at the meeting types the rule covers. A topic
 * meeting may still study them first (钟山区 第四十二条(五) asks for exactly
 * that), so only deciding meetings of other types break the rule.
 */
export const agendaExecutiveOnly: RuleCheck<"agenda.executive-only"> = {
  id: "agenda.executive-only",
  evaluate(ctx, rule, params) {
    const out: Violation[] = [];
    const allowed = rule.scope.meetingTypes;
    const where = { zh: allowed.map((t) => ctx.typeLabel({ type: t }).zh).join("或"), en: allowed.map((t) => ctx.typeLabel({ type: t }).en).join(" or ") };
    for (const [type, meetings] of [...ctx.meetingsByType].sort(([a], [b]) => compareText(a, b))) {
      if (type === "topic" || allowed.includes(type as never)) continue;
      for (const m of meetings) {
        for (const e of m.agenda) {
          const item = ctx.items.get(e.item);
          if (item === undefined) continue;
          const byCategory = params.categories.includes(item.category);
          const byAmount = reachesAmountThreshold(params, item.amountYuan);
          if (!byCategory && !byAmount) continue;
          out.push(
            makeViolation(
              rule,
              {
                zh: `${ctx.itemName(item.id)}${byAmount ? `涉及资金${item.amountYuan}元` : ""}须由${where.zh}研究，不能放在${ctx.meetingName(m).zh}`,
                en: `${ctx.itemName(item.id)}${byAmount ? ` (${item.amountYuan} yuan)` : ""} must go to the ${where.en}, not ${ctx.meetingName(m).en}`,
              },
              { meetings: [m.id], dates: [m.date], items: [item.id] },
            ),
          );
        }
      }
    }
    return out;
  },
};
