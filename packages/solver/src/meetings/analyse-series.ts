import { ABSENCE_KIND_LABELS, YishiError, formatCitation, type AbsentMember, type Body, type LocalizedText, type MeetingSeries, type Quorum, type Rule, type RuleProfile, type Spec, minOf } from "@yishi/domain";
import { eachDay, weekdayOf, WEEKDAY_NAMES } from "@yishi/calendar";
import type { WorkCalendar } from "@yishi/calendar";
import { extraSessionsAllowed, findRules, recurringDutyDates, resolveSeriesCadence, seriesFacts, type SeriesCadence } from "@yishi/rules";
import type { Facts, PlanningPeriod } from "./meeting-input.js";
import { addMinutes } from "./clock.js";

export type DayBlockCode = "day-off" | "weekday" | "no-weekday" | "adjusted-workday" | "blackout" | "avoid" | "convener-absent" | "quorum" | "recurring-duty";

/** Why a series cannot meet on a day: one hard rule and the fact behind it. */
export interface DayBlock {
  code: DayBlockCode;
  rule?: Rule;
  message: LocalizedText;
}

/** One day of the period as seen by one series. */
export interface SeriesDay {
  date: string;
  weekday: number;
  blocks: DayBlock[];
  /** Soft cost of meeting this day: weekday preference (lower is better). */
  preference: number;
  absent: AbsentMember[];
  convener?: string;
  quorum: Quorum;
}

/** A series with everything the planner needs resolved from spec, profile and calendar. */
export interface SeriesContext {
  index: number;
  series: MeetingSeries;
  body: Body;
  cadence: SeriesCadence;
  room?: string;
  start: string;
  end: string;
  durationMinutes: number;
  /** Members first, then attendees, each once. */
  expected: string[];
  /** One entry per day of the period, in order. */
  days: SeriesDay[];
  notes: string[];
  /**
   * How the series' pins marked extra (临时召开) are planned: "apart" when its
   * cadence article allows extra sessions (they stand outside the cadence, in
   * a companion problem of their own: "only"), "in-chain" when it allows none
   * (they count as regular occurrences, as the checker counts them).
   */
  extraPins: "in-chain" | "apart" | "only";
}

/** Resolves one series against the profile and analyses every day of the period for it. */
export function analyseSeries(
  spec: Spec,
  profile: Pick<RuleProfile, "rules">,
  calendar: WorkCalendar,
  period: PlanningPeriod,
  facts: Facts,
  series: MeetingSeries,
  index: number,
): SeriesContext {
  const body = spec.bodies.find((b) => b.id === series.body);
  if (!body) throw new YishiError("SPEC_INVALID", `series ${series.id}: unknown body ${JSON.stringify(series.body)}`, { path: ["series", index, "body"] });
  const meetingType = series.type;
  // The series' chair, organizer and id, as the checker reads them: a rule narrowed to them (房山区 第四十二条
  // 区长主持召开的专题会议) binds only the series it names.
  const scope = { meetingType, meeting: seriesFacts(series, spec) };
  const notes: string[] = [];

  const maxMinutes = findRules(profile, "duration.max-minutes", scope).map((r) => r.params.minutes);
  const limit = maxMinutes.length > 0 ? minOf(maxMinutes) : Infinity;
  const durationMinutes = Math.min(series.durationMinutes, limit);
  if (durationMinutes < series.durationMinutes) notes.push(`${series.id}: duration cut from ${series.durationMinutes} to ${durationMinutes} minutes by the profile's limit`);

  const fixedRoom = findRules(profile, "calendar.fixed-room", scope)[0];
  const room = series.room ?? (fixedRoom ? spec.rooms.find((r) => r.id === fixedRoom.params.room || r.name === fixedRoom.params.room)?.id : undefined);

  const workingDay = findRules(profile, "calendar.working-day", scope)[0];
  const allowAdjusted = series.allowAdjustedWorkdays && (workingDay?.params.allowAdjustedWorkdays ?? true);
  const noWeekday = findRules(profile, "calendar.no-weekday", scope);
  const preferred = findRules(profile, "calendar.preferred-weekday", scope);
  const quorumRule = findRules(profile, "quorum.majority", scope)[0];
  const convenerRules = findRules(profile, "attendance.convener", scope);
  const convenerRule = convenerRules[0];
  // Who may stand in for the chair, as the checker reads each convener rule's article (房山区 第四十一条
  // 区长或者委托常务副区长主持: the executive deputy only); the others the body designates never convene.
  const roleOf = (id: string) => spec.people.find((p) => p.id === id)?.roles ?? [];
  const refusedBy = (person: string) => convenerRules.find((r) => r.params.delegateRoles !== undefined && !roleOf(person).some((x) => r.params.delegateRoles!.includes(x)));
  const standIns = body.designatedConveners.filter((p) => refusedBy(p) === undefined);
  const refused = body.designatedConveners.filter((p) => refusedBy(p) !== undefined);
  const fraction = quorumRule?.params.fraction ?? 0.5;
  const strict = quorumRule?.params.strict ?? true;
  const members = body.members;
  const required = strict ? Math.floor(fraction * members.length) + 1 : Math.ceil(fraction * members.length);
  const expected = [...new Set([...members, ...body.attendees])];
  const name = (id: string) => spec.people.find((p) => p.id === id)?.name ?? id;

  // Recurring duties (e.g. the Wednesday petition reception) a meeting at these hours could leave unstaffed.
  const end = addMinutes(series.start, durationMinutes);
  const duties = spec.recurringDuties
    .filter((d) => d.start < end && series.start < d.end)
    .map((d) => ({ duty: d, dates: new Set(recurringDutyDates(d, calendar, period.from, period.to, facts.blackouts)), pool: [...new Set(d.pool)].filter((p) => spec.people.some((x) => x.id === p)) }));

  const days: SeriesDay[] = eachDay(period.from, period.to).map((date) => {
    const { weekday, described } = describeOnce(calendar, date);
    const blocks: DayBlock[] = [];
    const dayName = `${date}（${WEEKDAY_NAMES.zh[weekday - 1]}）`;
    const dayNameEn = `${date} (${WEEKDAY_NAMES.en[weekday - 1]})`;
    if (!described.working) {
      const why = described.holiday ? { zh: `${described.holiday.zh}放假`, en: `${described.holiday.en} holiday` } : { zh: "周末休息", en: "weekend" };
      blocks.push({ code: "day-off", ...(workingDay ? { rule: workingDay.rule } : {}), message: { zh: `${dayName}${why.zh}`, en: `${dayNameEn}: ${why.en}` } });
    } else if (described.kind === "adjusted-workday") {
      // A make-up weekend day is still a Saturday or Sunday: the series' weekdays bind it unless the series opts in.
      if (!allowAdjusted) blocks.push({ code: "adjusted-workday", ...(workingDay ? { rule: workingDay.rule } : {}), message: { zh: `${dayName}为调休上班日，本系列不安排`, en: `${dayNameEn} is an adjusted working day, not used by this series` } });
      else if (!series.weekdays.includes(weekday) && !series.adjustedWorkdaysAnyWeekday) {
        blocks.push({
          code: "adjusted-workday",
          message: {
            zh: `${dayName}为调休上班日，但不是本系列的会议日（adjustedWorkdaysAnyWeekday 可启用）`,
            en: `${dayNameEn} is an adjusted working day but not one of the series' weekdays (adjustedWorkdaysAnyWeekday opts in)`,
          },
        });
      }
    } else if (!series.weekdays.includes(weekday)) {
      blocks.push({ code: "weekday", message: { zh: `${dayName}不是本系列的会议日`, en: `${dayNameEn} is not one of the series' weekdays` } });
    }
    for (const r of noWeekday) {
      if (r.params.weekdays.includes(weekday)) blocks.push({ code: "no-weekday", rule: r.rule, message: { zh: `${dayName}为无会日（${formatCitation(r.rule.citation)}）`, en: `${dayNameEn} is a no-meeting day (${formatCitation(r.rule.citation)})` } });
    }
    for (const b of facts.blackouts) {
      if (date < b.from || date > b.to) continue;
      if (b.meetingTypes.length > 0 && !b.meetingTypes.includes(meetingType)) continue;
      if (b.series.length > 0 && !b.series.includes(series.id)) continue;
      blocks.push({ code: "blackout", message: { zh: `${dayName}在${b.name}期间（${b.from}至${b.to}）`, en: `${dayNameEn} falls in ${b.name} (${b.from}..${b.to})` } });
    }
    for (const a of series.avoid) {
      if (date >= a.from && date <= a.to) blocks.push({ code: "avoid", message: { zh: `${dayName}为本系列回避日期`, en: `${dayNameEn} is in the series' avoid list` } });
    }

    const absent: AbsentMember[] = [];
    for (const person of expected) {
      const a = facts.absences.find((x) => x.person === person && x.from <= date && date <= x.to);
      if (a) absent.push({ person, kind: a.kind, ...(a.reason !== undefined ? { reason: a.reason } : {}), ...(a.substitute !== undefined ? { substitute: a.substitute } : {}) });
    }
    const away = new Set(absent.map((a) => a.person));
    const present = members.filter((m) => !away.has(m)).length;
    const quorum: Quorum = { members: members.length, present, required, holds: present >= required };
    const convener = [body.convener, ...standIns].find((p) => !away.has(p));
    const awayText = (ids: string[]) =>
      ids.map((id) => {
        const a = absent.find((x) => x.person === id)!;
        return { zh: `${name(id)}${a.reason ?? ABSENCE_KIND_LABELS[a.kind].zh}`, en: `${name(id)} (${a.reason ?? ABSENCE_KIND_LABELS[a.kind].en})` };
      });
    for (const { duty, dates, pool } of duties) {
      if (!dates.has(date)) continue;
      const free = pool.filter((p) => !facts.absences.some((a) => a.person === p && a.from <= date && date <= a.to));
      // Only when this meeting is what empties the turn: a turn already short through absences is not the meeting's doing.
      if (free.length >= duty.perOccurrence && free.filter((p) => !expected.includes(p)).length < duty.perOccurrence) {
        blocks.push({
          code: "recurring-duty",
          message: {
            zh: `${dayName}有${duty.name}（${duty.start}–${duty.end}），本会议须出席的人员占用后不足${duty.perOccurrence}人可派（本计划的轮值设置）`,
            en: `${dayNameEn} has ${duty.name} (${duty.start}–${duty.end}); with this meeting's attendees taken, fewer than ${duty.perOccurrence} of its pool are free (the spec's staffing)`,
          },
        });
      }
    }
    if (convener === undefined) {
      const list = awayText([body.convener, ...standIns].filter((p) => away.has(p)));
      // A designated person who is here but whose role the article does not name: say why they do not count.
      const here = refused.filter((p) => !away.has(p));
      const barring = here.length > 0 ? refusedBy(here[0]!) : undefined;
      const because = barring === undefined ? { zh: "", en: "" } : notAllowed(here.map(name), barring.rule, barring.params.who);
      blocks.push({
        code: "convener-absent",
        ...(barring ? { rule: barring.rule } : convenerRule ? { rule: convenerRule.rule } : {}),
        message: { zh: `${dayName}召集人不在：${list.map((t) => t.zh).join("、")}${because.zh}`, en: `${dayNameEn}: no convener present: ${list.map((t) => t.en).join(", ")}${because.en}` },
      });
    }
    if (quorumRule && !quorum.holds) {
      const list = awayText(members.filter((m) => away.has(m)));
      blocks.push({
        code: "quorum",
        rule: quorumRule.rule,
        message: {
          zh: `${dayName}${members.length}名组成人员中${members.length - present}人不在（${list.map((t) => t.zh).join("、")}），不足${required}人`,
          en: `${dayNameEn}: ${members.length - present} of ${members.length} members away (${list.map((t) => t.en).join(", ")}), fewer than ${required} present`,
        },
      });
    }

    let preference = series.weekdays.indexOf(weekday);
    if (preference < 0) preference = series.weekdays.length;
    preference *= 2;
    if (preferred.some((r) => !r.params.weekdays.includes(weekday))) preference += 5;
    // No rule demands quorum here, but a day without it is a poor choice.
    if (!quorumRule && !quorum.holds) preference += 50;
    return { date, weekday, blocks, preference, absent, ...(convener !== undefined ? { convener } : {}), quorum };
  });

  return {
    index,
    series,
    body,
    cadence: resolveSeriesCadence(series, profile, spec),
    ...(room !== undefined ? { room } : {}),
    start: series.start,
    end,
    durationMinutes,
    expected,
    days,
    notes,
    extraPins: series.pinned.some((p) => p.extra !== undefined) && extraSessionsAllowed(series, profile, spec) !== undefined ? "apart" : "in-chain",
  };
}

/** “X may not stand in”: the article's words for who convenes, and its citation. */
function notAllowed(names: string[], rule: Rule, who: LocalizedText | undefined): LocalizedText {
  const cite = formatCitation(rule.citation);
  return {
    zh: `；${names.join("、")}不得代为主持（${who === undefined ? "" : `应由${who.zh}主持，`}${cite}）`,
    en: `; ${names.join(", ")} may not stand in (${who === undefined ? "" : `the article has ${who.en} chair it, `}${cite})`,
  };
}

/** Every series reads the same calendar days: each date is described once per calendar (calendars do not change). */
const describedDays = new WeakMap<WorkCalendar, Map<string, { weekday: number; described: ReturnType<WorkCalendar["describeDay"]> }>>();

function describeOnce(calendar: WorkCalendar, date: string) {
  let byDate = describedDays.get(calendar);
  if (!byDate) describedDays.set(calendar, (byDate = new Map()));
  let day = byDate.get(date);
  if (!day) byDate.set(date, (day = { weekday: weekdayOf(date), described: calendar.describeDay(date) }));
  return day;
}
