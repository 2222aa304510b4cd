import type { AgendaItem, PlannedMeeting, Rule } from "@yishi/domain";
import { addDays, periodContaining, type Period } from "@yishi/calendar";
import type { CheckContext } from "./types.js";
import { appendTo } from "./append-to.js";
import { shortenName } from "./shorten-name.js";
import { scopeAdmits, seriesFacts } from "../rule-scope.js";

/**
 * The meetings of a rule grouped into series: by `series` id when the plan
 * gives one, else by type. Series of the spec with no meeting in the plan are
 * included (empty), so "no meeting at all" is judged too.
 */
export function seriesGroups(ctx: CheckContext, rule: Rule): { key: string; name: { zh: string; en: string }; meetings: PlannedMeeting[] }[] {
  const groups = new Map<string, PlannedMeeting[]>();
  for (const s of ctx.spec.series) if (rule.scope.meetingTypes.includes(s.type) && scopeAdmits(rule.scope, seriesFacts(s, ctx.spec))) groups.set(s.id, []);
  for (const m of ctx.meetingsInScope(rule)) {
    const key = m.series ?? `type:${m.type}`;
    appendTo(groups, key, m);
  }
  return [...groups.keys()].sort().map((key) => {
    const series = ctx.series.get(key);
    const meetings = groups.get(key)!;
    const label = series !== undefined ? { zh: shortenName(series.name), en: shortenName(series.name) } : ctx.typeLabel(meetings[0]!);
    return { key, name: label, meetings };
  });
}

/** The whole months, quarters, half-years or years inside the plan's period: counts are judged only on these. */
export function wholeSpans(ctx: CheckContext, kind: "month" | "quarter" | "half-year" | "year"): Period[] {
  const { from, to } = ctx.plan.period;
  const out: Period[] = [];
  for (let day = from; day <= to; ) {
    const span = periodContaining(kind, day);
    if (span.from >= from && span.to <= to) out.push(span);
    day = addDays(span.to, 1);
  }
  return out;
}

/** People's names joined for a message. */
export function joinNames(ctx: CheckContext, ids: string[]): { zh: string; en: string } {
  const names = ids.map((id) => ctx.personName(id));
  return { zh: names.join("、"), en: names.join(", ") };
}

/** Each item on the agenda of each meeting the rule covers, in meeting and agenda order. */
export function agendaPlacements(ctx: CheckContext, rule: Rule) {
  const out: { meeting: PlannedMeeting; entry: PlannedMeeting["agenda"][number]; item: AgendaItem }[] = [];
  for (const meeting of ctx.meetingsInScope(rule)) {
    for (const entry of [...meeting.agenda].sort((a, b) => a.order - b.order)) {
      const item = ctx.items.get(entry.item);
      if (item !== undefined) out.push({ meeting, entry, item });
    }
  }
  return out;
}
