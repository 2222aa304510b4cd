import { ABSENCE_KIND_LABELS, YishiError, formatCitation, type AbsentMember, type Body, type LocalizedText, type MeetingSeries, type Quorum, type Rule, type RuleProfile, type Spec, maxOf, minOf } from "@yishi/domain";
import { addDays, eachDay, weekdayOf, WEEKDAY_NAMES } from "@yishi/calendar";
import type { WorkCalendar } from "@yishi/calendar";
import { extraSessionsAllowed, findRules, recurringDutyDates, resolveSeriesCadence, seriesFacts, type SeriesCadence } from "@yishi/rules";
import type { Facts, PlanningPeriod } from "./meeting-input.js";
import { addMinutes } from "./clock.js";

export type DayBlockCode = "day-off" | "weekday" | "no-weekday" | "adjusted-workday" | "blackout" | "avoid" | "convener-absent" | "quorum" | "recurring-duty" | "room-capacity";

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
  /** The last day of an occurrence held over several days (the series' or a pin's `days`); absent for one day. */
  endDate?: string;
}

/** A series with everything the planner needs resolved from spec, profile and calendar. */
export interface SeriesContext {
  index: number;
  series: MeetingSeries;
  body: Body;
  cadence: SeriesCadence;
  /** The one room every occurrence is held in (the series' `room`, the profile's fixed room, or the only usable one of its pool). */
  room?: string;
  /**
   * A pool with more than one usable room (those seating everyone expected),
   * in the pool's order of preference: the planner chooses one per occurrence
   * (one DP node per day and room). Absent when `room` is the only choice.
   */
  rooms?: string[];
  /** Rooms chosen for the pool's pinned occurrences that name none, by date (see choosePinRooms). */
  pinRooms?: Map<string, string>;
  /** Room names by id, for the planner-facing reasons. */
  roomNames?: ReadonlyMap<string, string>;
  start: string;
  end: string;
  durationMinutes: number;
  /** Consecutive days each occurrence runs over (the series' `days`; 连续召开). */
  runDays: number;
  /** Members first, then attendees, each once. */
  expected: string[];
  /** One entry per day of the period, in order: an occurrence of `runDays` starting that day. */
  days: SeriesDay[];
  /** Pinned occurrences whose own `days` differ from the series': the day analysed for their length, by date. */
  pinRuns: Map<string, SeriesDay>;
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
  const found = spec.bodies.find((b) => b.id === series.body);
  if (!found) throw new YishiError("SPEC_INVALID", `series ${series.id}: unknown body ${JSON.stringify(series.body)}`, { path: ["series", index, "body"] });
  const body = found;
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
  const profileRoom = fixedRoom ? spec.rooms.find((r) => r.id === fixedRoom.params.room || r.name === fixedRoom.params.room)?.id : undefined;

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
  const { room, rooms, tooSmall } = chooseRooms(spec, series.rooms ?? (series.room ?? profileRoom ? [(series.room ?? profileRoom)!] : []), expected.length);

  // Each date once (calendar, blackouts, avoid, who is away), then each day as the start of an occurrence of `runDays`.
  const end = addMinutes(series.start, durationMinutes);
  const runDays = series.days;
  const longest = maxOf([runDays, ...series.pinned.map((p) => p.days ?? runDays)], 1);
  // A run may go past the period's end: its later days are judged on the same facts (the next plan's meetings aside).
  const lastDate = addDays(period.to, longest - 1);
  const dated = new Map(eachDay(period.from, lastDate).map((date) => [date, describeDate(date)] as const));
  // Recurring duties (e.g. the Wednesday petition reception) a meeting could leave unstaffed: those at its hours; every one
  // on the days of a meeting held over several days, which takes its people for the whole day (as the recurring planner reads it).
  const pools = spec.recurringDuties.map((d) => ({
    duty: d,
    sameHours: d.start < end && series.start < d.end,
    dates: new Set(recurringDutyDates(d, calendar, period.from, lastDate, facts.blackouts)),
    pool: [...new Set(d.pool)].filter((p) => spec.people.some((x) => x.id === p)),
  }));
  const excepting = new Set(noWeekday.filter((r) => r.params.exceptConsecutiveDays).map((r) => r.rule));

  /** What a date holds for this series before any run: blocks on starting or continuing there, and who is away. */
  function describeDate(date: string) {
    const { weekday, described } = describeOnce(calendar, date);
    const dayName = { zh: `${date}（${WEEKDAY_NAMES.zh[weekday - 1]}）`, en: `${date} (${WEEKDAY_NAMES.en[weekday - 1]})` };
    // Blocks on any day an occurrence holds (the calendar, blackouts, avoid), and those only on its first (its weekdays, no-meeting days).
    const anyDay: DayBlock[] = [];
    const firstDay: DayBlock[] = [];
    if (!described.working) {
      const why = described.holiday ? { zh: `${described.holiday.zh}放假`, en: `${described.holiday.en} holiday` } : { zh: "周末休息", en: "weekend" };
      anyDay.push({ code: "day-off", ...(workingDay ? { rule: workingDay.rule } : {}), message: { zh: `${dayName.zh}${why.zh}`, en: `${dayName.en}: ${why.en}` } });
    } else if (described.kind === "adjusted-workday") {
      // A make-up weekend day is still a Saturday or Sunday: the series' weekdays bind it unless the series opts in.
      if (!allowAdjusted) anyDay.push({ code: "adjusted-workday", ...(workingDay ? { rule: workingDay.rule } : {}), message: { zh: `${dayName.zh}为调休上班日，本系列不安排`, en: `${dayName.en} is an adjusted working day, not used by this series` } });
      else if (!series.weekdays.includes(weekday) && !series.adjustedWorkdaysAnyWeekday) {
        firstDay.push({
          code: "adjusted-workday",
          message: {
            zh: `${dayName.zh}为调休上班日，但不是本系列的会议日（adjustedWorkdaysAnyWeekday 可启用）`,
            en: `${dayName.en} is an adjusted working day but not one of the series' weekdays (adjustedWorkdaysAnyWeekday opts in)`,
          },
        });
      }
    } else if (!series.weekdays.includes(weekday)) {
      firstDay.push({ code: "weekday", message: { zh: `${dayName.zh}不是本系列的会议日`, en: `${dayName.en} is not one of the series' weekdays` } });
    }
    for (const r of noWeekday) {
      if (r.params.weekdays.includes(weekday)) firstDay.push({ code: "no-weekday", rule: r.rule, message: { zh: `${dayName.zh}为无会日（${formatCitation(r.rule.citation)}）`, en: `${dayName.en} is a no-meeting day (${formatCitation(r.rule.citation)})` } });
    }
    for (const b of facts.blackouts) {
      if (date < b.from || date > b.to) continue;
      if (b.meetingTypes.length > 0 && !b.meetingTypes.includes(meetingType)) continue;
      if (b.series.length > 0 && !b.series.includes(series.id)) continue;
      anyDay.push({ code: "blackout", message: { zh: `${dayName.zh}在${b.name}期间（${b.from}至${b.to}）`, en: `${dayName.en} falls in ${b.name} (${b.from}..${b.to})` } });
    }
    for (const a of series.avoid) {
      if (date >= a.from && date <= a.to) anyDay.push({ code: "avoid", message: { zh: `${dayName.zh}为本系列回避日期`, en: `${dayName.en} is in the series' avoid list` } });
    }
    const absent: AbsentMember[] = [];
    for (const person of expected) {
      const a = facts.absences.find((x) => x.person === person && x.from <= date && date <= x.to);
      if (a) absent.push({ person, kind: a.kind, ...(a.reason !== undefined ? { reason: a.reason } : {}), ...(a.substitute !== undefined ? { substitute: a.substitute } : {}) });
    }
    return { date, weekday, dayName, anyDay, firstDay, absent };
  }

  /** Recurring duties on `date` this meeting's attendees would leave short. */
  function dutyBlocks(date: string, wholeDay: boolean, dayName: LocalizedText): DayBlock[] {
    const out: DayBlock[] = [];
    for (const { duty, sameHours, dates, pool } of pools) {
      if (!dates.has(date) || (!sameHours && !wholeDay)) continue;
      const free = pool.filter((p) => !facts.absences.some((a) => a.person === p && a.from <= date && date <= a.to));
      // Only when this meeting is what empties the turn: a turn already short through absences is not the meeting's doing.
      if (free.length >= duty.perOccurrence && free.filter((p) => !expected.includes(p)).length < duty.perOccurrence) {
        out.push({
          code: "recurring-duty",
          message: {
            zh: `${dayName.zh}有${duty.name}（${duty.start}–${duty.end}），本会议须出席的人员占用后不足${duty.perOccurrence}人可派（本计划的轮值设置）`,
            en: `${dayName.en} has ${duty.name} (${duty.start}–${duty.end}); with this meeting's attendees taken, fewer than ${duty.perOccurrence} of its pool are free (the spec's staffing)`,
          },
        });
      }
    }
    return out;
  }

  /** An occurrence starting on `date` and held over `length` consecutive days (连续召开): every day's blocks, who is away on any. */
  function analyseRun(date: string, length: number): SeriesDay {
    const first = dated.get(date)!;
    const { weekday, dayName } = first;
    const endDate = addDays(date, length - 1);
    // 北京市 三十九 除连续召开的会议外: a no-meeting weekday does not bind a meeting held over consecutive days.
    const blocks: DayBlock[] = [...first.anyDay, ...first.firstDay.filter((b) => length === 1 || b.code !== "no-weekday" || !excepting.has(b.rule!)), ...dutyBlocks(date, length > 1, dayName)];
    if (tooSmall) blocks.push({ code: "room-capacity", message: { zh: `${dayName.zh}：${tooSmall.zh}`, en: `${dayName.en}: ${tooSmall.en}` } });
    const absent = [...first.absent];
    for (let k = 1; k < length; k++) {
      const later = dated.get(addDays(date, k))!;
      const tag = (b: DayBlock): DayBlock => ({ ...b, message: { zh: `连续召开第${k + 1}天：${b.message.zh}`, en: `day ${k + 1} of the meeting: ${b.message.en}` } });
      for (const b of [...later.anyDay, ...dutyBlocks(later.date, true, later.dayName)]) blocks.push(tag(b)); // not push(...list): a long list overflows the stack
      for (const a of later.absent) if (!absent.some((x) => x.person === a.person)) absent.push(a);
    }
    const away = new Set(absent.map((a) => a.person));
    const present = members.filter((m) => !away.has(m)).length;
    const quorum: Quorum = { members: members.length, present, required, holds: present >= required };
    // Present on every day of the run, as the checker asks of a convener.
    const convener = [body.convener, ...standIns].find((p) => !away.has(p));
    const awayText = (ids: string[]) =>
      ids.map((id) => {
        const a = absent.find((x) => x.person === id)!;
        return { zh: `${name(id)}${a.reason ?? ABSENCE_KIND_LABELS[a.kind].zh}`, en: `${name(id)} (${a.reason ?? ABSENCE_KIND_LABELS[a.kind].en})` };
      });
    const when = length === 1 ? dayName : { zh: `${date}至${endDate}`, en: `${date}..${endDate}` };
    const sep = length === 1 ? { zh: "", en: ":" } : { zh: "：", en: ":" };
    if (convener === undefined) {
      const list = awayText([body.convener, ...standIns].filter((p) => away.has(p)));
      // A designated person who is here but whose role the article does not name: say why they do not count.
      const here = refused.filter((p) => !away.has(p));
      const barring = here.length > 0 ? refusedBy(here[0]!) : undefined;
      const because = barring === undefined ? { zh: "", en: "" } : notAllowed(here.map(name), barring.rule, barring.params.who);
      blocks.push({
        code: "convener-absent",
        ...(barring ? { rule: barring.rule } : convenerRule ? { rule: convenerRule.rule } : {}),
        message: { zh: `${when.zh}${sep.zh}召集人不在：${list.map((t) => t.zh).join("、")}${because.zh}`, en: `${when.en}${sep.en} no convener present: ${list.map((t) => t.en).join(", ")}${because.en}` },
      });
    }
    if (quorumRule && !quorum.holds) {
      const list = awayText(members.filter((m) => away.has(m)));
      blocks.push({
        code: "quorum",
        rule: quorumRule.rule,
        message: {
          zh: `${when.zh}${sep.zh}${members.length}名组成人员中${members.length - present}人不在（${list.map((t) => t.zh).join("、")}），不足${required}人`,
          en: `${when.en}${sep.en} ${members.length - present} of ${members.length} members away (${list.map((t) => t.en).join(", ")}), fewer than ${required} present`,
        },
      });
    }

    let preference = series.weekdays.indexOf(weekday);
    if (preference < 0) preference = series.weekdays.length;
    preference *= 2;
    if (preferred.some((r) => !r.params.weekdays.includes(weekday))) preference += 5;
    // No rule demands quorum here, but a day without it is a poor choice.
    if (!quorumRule && !quorum.holds) preference += 50;
    return { date, weekday, blocks, preference, absent, ...(convener !== undefined ? { convener } : {}), quorum, ...(length > 1 ? { endDate } : {}) };
  }

  const days = eachDay(period.from, period.to).map((date) => analyseRun(date, runDays));
  const pinRuns = new Map(series.pinned.filter((p) => p.days !== undefined && p.days !== runDays && p.date >= period.from && p.date <= period.to).map((p) => [p.date, analyseRun(p.date, p.days!)] as const));

  return {
    index,
    series,
    body,
    cadence: resolveSeriesCadence(series, profile, spec),
    ...(room !== undefined ? { room } : {}),
    ...(rooms !== undefined ? { rooms, pinRooms: new Map<string, string>() } : {}),
    roomNames: new Map(spec.rooms.map((r) => [r.id, r.name] as const)),
    start: series.start,
    end,
    durationMinutes,
    runDays,
    expected,
    days,
    pinRuns,
    notes,
    extraPins: series.pinned.some((p) => p.extra !== undefined) && extraSessionsAllowed(series, profile, spec) !== undefined ? "apart" : "in-chain",
  };
}

/**
 * The rooms a series may use: those of its pool (or its one room) that seat
 * everyone expected, by `capacity` (spec.room-capacity), in the pool's order.
 * When none does, the largest (the first of equals), with why it breaks the
 * rule on every day: no plan keeps it, and the planner says so.
 */
function chooseRooms(spec: Spec, pool: string[], seats: number): { room?: string; rooms?: string[]; tooSmall?: LocalizedText } {
  const capacity = (id: string) => spec.rooms.find((r) => r.id === id)?.capacity ?? Infinity;
  const usable = pool.filter((id) => capacity(id) >= seats);
  if (usable.length > 1) return { rooms: usable };
  if (usable.length === 1) return { room: usable[0]! };
  if (pool.length === 0) return {};
  const largest = pool.reduce((a, b) => (capacity(b) > capacity(a) ? b : a));
  const index = spec.rooms.findIndex((r) => r.id === largest);
  const name = spec.rooms[index]!.name;
  const cap = capacity(largest);
  const tooSmall =
    pool.length > 1
      ? { zh: `本系列的会议室都容纳不下应到的${seats}人，最大的${name}只能容纳${cap}人（rooms[${index}]）`, en: `none of the series' rooms seats the ${seats} people expected; the largest, ${name}, seats ${cap} (rooms[${index}])` }
      : { zh: `${name}只能容纳${cap}人，应到${seats}人（rooms[${index}]）`, en: `${name} seats ${cap}; ${seats} people are expected (rooms[${index}])` };
  return { room: largest, tooSmall };
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
