import type { RuleCheck } from "./types.js";
import { checkItemLead } from "./item-lead.js";

/** 议题须提前一周报送…未报送的不列入 (西城区 附件1 二.4; 房山区 第五十九条): filed `lead` before the meeting. */
export const deadlineItemFiling: RuleCheck<"deadline.item-filing"> = {
  id: "deadline.item-filing",
  evaluate: (ctx, rule, params) => checkItemLead(ctx, rule, params.lead, params.unit, (i) => i.filedOn, { zh: "报送议题", en: "filed" }, params.inAdvanceOnly),
};
