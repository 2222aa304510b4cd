import type { AgendaItem, Rule, Violation } from "@yishi/domain";
import type { CheckContext } from "./types.js";
import { makeViolation } from "./make-violation.js";
import { describeLead, latestBefore } from "../lead-time.js";
import type { LeadUnit } from "../rule-params.js";
import { agendaPlacements } from "./shared.js";

/**
 * An item's date (filing or materials) at least `lead` before each meeting it
 * is on. A missing date is not judged: a plan for a coming quarter is made
 * before the materials arrive.
 */
export function checkItemLead(
  ctx: CheckContext,
  rule: Rule,
  lead: number,
  unit: LeadUnit,
  dateOf: (item: AgendaItem) => string | undefined,
  what: { zh: string; en: string },
  inAdvanceOnly = false,
): Violation[] {
  const out: Violation[] = [];
  for (const { meeting, item } of agendaPlacements(ctx, rule)) {
    const on = dateOf(item);
    if (on === undefined) continue;
    const latest = latestBefore(ctx.calendar, meeting.date, lead, unit);
    if (on <= latest) continue;
    const need = describeLead(lead, unit, latest, inAdvanceOnly);
    out.push(
      makeViolation(
        rule,
        {
          zh: `${ctx.itemName(item.id)}于${on}${what.zh}，${ctx.meetingName(meeting).zh}要求${need.zh}`,
          en: `${ctx.itemName(item.id)}: ${what.en} on ${on}; ${ctx.meetingName(meeting).en} needs it ${need.en}`,
        },
        { meetings: [meeting.id], dates: [meeting.date], items: [item.id] },
      ),
    );
  }
  return out;
}
