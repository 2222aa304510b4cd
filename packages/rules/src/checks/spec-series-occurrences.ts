import type { Cadence, Citation, MeetingSeries, PlannedMeeting, Rule, Violation } from "@yishi/domain";
import { appendTo } from "./append-to.js";
import type { BuiltinCheck, CheckContext } from "./types.js";
import { makeSpecViolation } from "./make-violation.js";
import { extraSessionsAllowed, firstCadenceRule, occurrencesAsked, resolveSeriesCadence } from "../series-cadence.js";
import { viewForCadence } from "./extra-sessions.js";

/**
 * A series asks for occurrences; a plan that lacks them breaks a hard rule,
 * under every profile — also when the planner dropped them because no day
 * kept every rule (the mayor away all quarter), so the plan's violations
 * agree with the planner's “no plan keeps every hard rule”.
 *
 * What a series asks for is the planner's reading of its cadence
 * (resolveSeriesCadence: the series' own `cadence`, else the profile's cadence
 * rule for its type), counted by occurrencesAsked: the fewest a plan keeping
 * it must hold in the plan's period (whole months/quarters/… only; for
 * every-n-weeks, ⌈(days+1)/longest gap⌉ − 1), plus every pinned occurrence.
 * Only scheduled occurrences count: a cancelled one is a missing one, as the
 * planner reads it too (a date a change cancels is never reused, and the
 * cadence still asks for its count, so the re-plan adds another). A
 * government that means to hold fewer says so in the spec, by the series'
 * cadence. An extra session the profile's cadence article for the type allows
 * (也可根据工作需要适时召开) is not one of the regular occurrences asked for.
 *
 * Where the count comes from a hard cadence rule of the profile (no cadence of
 * the series' own), that rule's module judges the same count and cites its
 * article: this check stays quiet, so one shortfall is one violation.
 * Otherwise it cites the profile's cadence article for the meeting type when
 * there is one (even 根据需要: the series is the government's own reading of
 * the need), else the spec's series (`series[i].cadence`); the message says
 * the spec's series asks for the occurrences.
 */
export const specSeriesOccurrences: BuiltinCheck = {
  id: "spec.series-occurrences",
  evaluate(ctx) {
    const out: Violation[] = [];
    const meetingsOf = indexSeriesMeetings(ctx);
    ctx.spec.series.forEach((series, index) => {
      const resolved = resolveSeriesCadence(series, ctx.profile, ctx.spec);
      const scheduled = meetingsOf(series, "scheduled");
      const cancelled = meetingsOf(series, "cancelled");
      const scheduledDates = new Set(scheduled.map((m) => m.date));
      const judgedByRule = series.cadence === undefined && resolved.rule !== undefined && resolved.rule.severity === "hard" && resolved.rule.check !== "cadence.as-needed";
      if (!judgedByRule) {
        const typeRule = resolved.rule ?? firstCadenceRule(series, ctx.profile, ctx.spec);
        const citation = citeSeries(ctx, series, index, typeRule);
        const what = describeCadence(resolved.cadence);
        const regular = viewForCadence(ctx, scheduled, extraSessionsAllowed(series, ctx.profile, ctx.spec)).judged;
        const source = series.cadence !== undefined ? { zh: `本计划的会议系列设置（series[${index}].cadence：${what.zh}）`, en: `the spec's series (series[${index}].cadence: ${what.en})` } : { zh: `本计划的会议系列按规则配置的解读（${what.zh}）`, en: `the spec's series, by the profile's reading (${what.en})` };
        for (const span of occurrencesAsked(resolved.cadence, ctx.plan.period)) {
          const inSpan = regular.filter((m) => m.date >= span.from && m.date <= span.to);
          if (inSpan.length >= span.min) continue;
          const gone = cancelled.filter((m) => m.date >= span.from && m.date <= span.to).length;
          out.push(
            makeSpecViolation(
              "spec.series-occurrences",
              citation,
              {
                zh: `${span.label}${series.name}安排${inSpan.length}次，${source.zh}要求至少${span.min}次${gone > 0 ? `（另有${gone}次已取消，取消的不计）` : ""}`,
                en: `${series.name} meets ${inSpan.length} time${inSpan.length === 1 ? "" : "s"} in ${span.label}; ${source.en} asks for at least ${span.min}${gone > 0 ? ` (${gone} more cancelled, which do not count)` : ""}`,
              },
              { meetings: inSpan.map((m) => m.id), dates: [span.from] },
              {
                zh: `${source.zh}要求这些会议；计划缺少的次数须补上（找召集人和多数成员在场的日子），或在本计划中修改该系列的会议频次。`,
                en: `${source.en} asks for these meetings; hold the missing ones (a day the convener and most members are there), or change the series' cadence in the spec.`,
              },
            ),
          );
        }
      }
      series.pinned.forEach((pin, j) => {
        if (pin.date < ctx.plan.period.from || pin.date > ctx.plan.period.to) return;
        if (scheduledDates.has(pin.date)) return;
        out.push(
          makeSpecViolation(
            "spec.series-occurrences",
            { jurisdiction: ctx.spec.organization.name, article: `series[${index}].pinned[${j}]`, text: pin.note ?? `${series.name}定于${pin.date}召开（计划自身的会议设置，非工作规则条文）` },
            {
              zh: `${series.name}定于${pin.date}召开（本计划的会议系列设置），计划中没有这次会议`,
              en: `${series.name} is pinned to ${pin.date} by the spec's series, but the plan holds no occurrence that day`,
            },
            { dates: [pin.date] },
            { zh: "本计划的会议系列固定了这次会议。在该日安排它，或从 spec 中去掉。", en: "The spec's series pins this occurrence. Hold it that day, or take the pin out of the spec." },
          ),
        );
      });
    });
    return out;
  },
};

/**
 * A series' occurrences in the plan, in the period: by series id, or by type
 * when the plan leaves `series` out and only one series has that type. One
 * pass over the plan indexes them all (not one pass per series).
 */
function indexSeriesMeetings(ctx: CheckContext): (series: MeetingSeries, status: "scheduled" | "cancelled") => PlannedMeeting[] {
  const bySeries = new Map<string, PlannedMeeting[]>();
  const byType = new Map<string, PlannedMeeting[]>();
  for (const m of ctx.plan.meetings) {
    if (m.date < ctx.plan.period.from || m.date > ctx.plan.period.to) continue;
    if (m.series !== undefined) appendTo(bySeries, m.series, m);
    else appendTo(byType, m.type, m);
  }
  const seriesOfType = new Map<string, number>();
  for (const s of ctx.spec.series) seriesOfType.set(s.type, (seriesOfType.get(s.type) ?? 0) + 1);
  return (series, status) => {
    const alone = seriesOfType.get(series.type) === 1;
    return [...(bySeries.get(series.id) ?? []), ...(alone ? (byType.get(series.type) ?? []) : [])].filter((m) => m.status === status);
  };
}

function citeSeries(ctx: CheckContext, series: MeetingSeries, index: number, rule: Rule | undefined): Citation {
  if (rule !== undefined) return rule.citation;
  const what = describeCadence(series.cadence ?? { kind: "as-needed" });
  return { jurisdiction: ctx.spec.organization.name, article: series.cadence !== undefined ? `series[${index}].cadence` : `series[${index}]`, text: `本计划的会议系列设置：${series.name}${what.zh}（计划自身的会议设置，非工作规则条文）` };
}

function describeCadence(c: Cadence): { zh: string; en: string } {
  switch (c.kind) {
    case "every-n-weeks":
      return { zh: `每${c.weeks}周一次`, en: `every ${c.weeks} week${c.weeks === 1 ? "" : "s"}` };
    case "per-month":
      return { zh: `每月${c.min}至${c.max}次`, en: `${c.min} to ${c.max} a month` };
    case "month-position":
      return { zh: `每月${c.position === "start" ? "月初" : "月末"}一次（${c.position === "start" ? "前" : "后"}${c.withinWorkingDays}个工作日）`, en: `once at the ${c.position} of each month (${c.position === "start" ? "first" : "last"} ${c.withinWorkingDays} working days)` };
    case "per-quarter":
    case "per-half-year":
    case "per-year": {
      const word = { "per-quarter": ["每季度", "a quarter"], "per-half-year": ["每半年", "a half-year"], "per-year": ["每年", "a year"] }[c.kind];
      return { zh: `${word[0]}至少${c.min}次`, en: `at least ${c.min} ${word[1]}` };
    }
    case "as-needed":
      return { zh: "根据需要召开", en: "as needed" };
  }
}
