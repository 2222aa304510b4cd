import type { RuleCheck } from "./types.js";
import { checkItemLead } from "./item-lead.js";

/** 会议材料提前报送 (依安县 第四十九条; 西城区 三十三): materials `lead` before; not judged before they arrive. */
export const deadlineMaterials: RuleCheck<"deadline.materials"> = {
  id: "deadline.materials",
  evaluate: (ctx, rule, params) => checkItemLead(ctx, rule, params.lead, params.unit, (i) => i.materialsOn, { zh: "报送材料", en: "materials arrived" }, params.inAdvanceOnly),
};
