import { compareText, maxOf } from "@yishi/domain";
import type { AgendaItem, PlannedMeeting, Spec, UnplacedItem } from "@yishi/domain";
import { addDays, eachDay, weekdayOf, type WorkCalendar } from "@yishi/calendar";
import { findRules, minutesBetween } from "@yishi/rules";
import type { AgendaRules } from "./agenda-rules.js";
import { assessItem, type EligibilityInput } from "./eligibility.js";
import { addClockMinutes } from "./lead-time.js";
import { isAwayOn, unitHeadOf } from "./attendance.js";
import { compareItemPriority } from "./item-weight.js";
import { chooseTopicConvener } from "./topic-convener.js";

const TOPIC_START = "09:00";
const MIN_TOPIC_MINUTES = 60;

export interface TopicScheduling {
  /** Topic meetings created for requests (专题会议), with their agendas' items. */
  created: PlannedMeeting[];
  /** Item id → topic meeting id (standing or created). */
  placement: Map<string, string>;
  unplaced: UnplacedItem[];
}

/**
 * Topic-meeting requests (钟山区 第四十二条: studied within N working days of
 * receipt): each goes to a standing topic meeting in its window when one fits,
 * else to a topic meeting created for it on the first allowed working day in
 * the window (not a make-up weekend day) when leader and unit head are free and
 * a room is free, convened by its responsible leader where the convener rules
 * allow, else by one they do (chooseTopicConvener); requests of one leader
 * share a created meeting when their windows allow.
 */
export function scheduleTopicRequests(
  input: EligibilityInput,
  items: readonly AgendaItem[],
  rules: AgendaRules,
  /** Every meeting of the plan (plenary and conferences too): rooms and people already taken. */
  others: readonly PlannedMeeting[] = input.meetings,
  /** A re-plan's previous placements (item → meeting): kept first, and each on its meeting while it still fits. */
  keep?: ReadonlyMap<string, string>,
): TopicScheduling {
  const { spec, calendar, period } = input;
  const created: PlannedMeeting[] = [];
  const placement = new Map<string, string>();
  /** Created meeting id → the responsible leader it was made for (its convener may be another). */
  const leaderOf = new Map<string, string>();
  const used = new Map<string, number>(); // meeting id → minutes used
  const unplaced: UnplacedItem[] = [];
  let next = 1 + maxOf(input.meetings.map((m) => /^topic#(\d+)$/.exec(m.id)).map((x) => (x ? Number(x[1]) : 0)), 0);
  // A created meeting grows with its requests, up to half a day or the profile's limit.
  const budget = (m: PlannedMeeting) => (created.includes(m) ? (rules.maxMinutes ?? 180) : Math.min(minutesBetween(m.start, m.end), rules.maxMinutes ?? Infinity));

  const isKept = (item: AgendaItem) => (keep?.has(item.id) ? 0 : 1);
  for (const item of [...items].sort((a, b) => isKept(a) - isKept(b) || compareItemPriority(a, b))) {
    const head = unitHeadOf(spec, item.unit);
    const within = rules.topicWithin?.workingDays;
    const deadline = within !== undefined ? calendar.addWorkingDays(item.filedOn, within) : period.to;
    const from = addDays(item.filedOn, 1) > period.from ? addDays(item.filedOn, 1) : period.from;
    const to = deadline < period.to ? deadline : period.to;
    const inWindow = (m: PlannedMeeting) => m.date >= from && m.date <= to;
    const fits = (m: PlannedMeeting) => {
      const e = assessItem({ ...input, meetings: [m] }, item).options[0];
      return e !== undefined && e.failure === undefined && (used.get(m.id) ?? 0) + e.minutes <= budget(m) ? e : undefined;
    };
    // 1. A standing topic meeting, or one created already for the same leader.
    const existing = [...input.meetings.filter((m) => m.type === "topic" && m.status !== "cancelled"), ...created.filter((m) => leaderOf.get(m.id) === item.responsibleLeader)]
      .filter(inWindow)
      .sort((a, b) => Number(b.id === keep?.get(item.id)) - Number(a.id === keep?.get(item.id)) || compareText(a.date, b.date) || compareText(a.id, b.id));
    // A created meeting the item's unit head joins must still seat everyone: in its room, else in a larger one free that day.
    const grows = (m: PlannedMeeting) => spec.rooms.length > 0 && created.includes(m) && head !== undefined && !m.expected.includes(head);
    const roomFor = (m: PlannedMeeting) =>
      !grows(m) || seats(spec, m.room, m.expected.length + 1) ? m.room : freeRoom(spec, [...others, ...created].filter((x) => x !== m), m.date, m.expected.length + 1);
    const host = existing.find((m) => fits(m) !== undefined && (!grows(m) || roomFor(m) !== undefined));
    if (host !== undefined) {
      const minutes = fits(host)!.minutes;
      used.set(host.id, (used.get(host.id) ?? 0) + minutes);
      placement.set(item.id, host.id);
      if (created.includes(host)) {
        const room = roomFor(host);
        if (room !== undefined) host.room = room;
        growMeeting(host, used.get(host.id)!, head, rules);
      }
      continue;
    }
    // 2. A new topic meeting on the first day that works.
    const tried: string[] = [];
    let made: PlannedMeeting | undefined;
    for (const day of from <= to ? eachDay(from, to) : []) {
      const why = dayProblem(input, [...others, ...created], day, item, head);
      if (why !== undefined) {
        tried.push(`${day} ${why}`);
        continue;
      }
      const busy = (p: string) => [...others, ...created].some((m) => holdsDay(m, day) && m.status !== "cancelled" && (m.convener === p || m.expected.includes(p)));
      const chosen = chooseTopicConvener(spec, input.profile, day, item.responsibleLeader, (p) => p === item.responsibleLeader || !busy(p));
      if ("problem" in chosen) {
        tried.push(`${day} ${chosen.problem}`);
        continue;
      }
      const expected = [...new Set([chosen.convener, item.responsibleLeader, ...(head !== undefined ? [head] : [])])];
      const room = freeRoom(spec, [...others, ...created], day, expected.length);
      if (spec.rooms.length > 0 && room === undefined) {
        tried.push(`${day} has no free room seating ${expected.length}`);
        continue;
      }
      const minutes = Math.max(MIN_TOPIC_MINUTES, Math.ceil(item.estimatedMinutes / 30) * 30);
      const candidate: PlannedMeeting = {
        id: `topic#${next}`,
        type: "topic",
        title: "专题会议",
        date: day,
        start: TOPIC_START,
        end: addClockMinutes(TOPIC_START, Math.min(minutes, rules.maxMinutes ?? minutes)),
        ...(room !== undefined ? { room } : {}),
        convener: chosen.convener,
        expected,
        absent: [],
        pinned: false,
        status: "scheduled",
        sequence: 0,
        agenda: [],
        speeches: [],
      };
      const option = fits(candidate);
      if (option === undefined) {
        const failure = assessItem({ ...input, meetings: [candidate] }, item).options[0]?.failure;
        tried.push(`${day} ${failure?.en ?? "does not fit the meeting's time"}`);
        continue;
      }
      made = candidate;
      leaderOf.set(candidate.id, item.responsibleLeader);
      next++;
      created.push(candidate);
      used.set(candidate.id, option.minutes);
      placement.set(item.id, candidate.id);
      break;
    }
    if (made === undefined) {
      const window = `${from}..${to}`;
      const sponsor = tried.some((t) => t.includes("away"));
      unplaced.push({
        item: item.id,
        reason: sponsor ? "sponsor-absent" : from > to ? "not-ready" : "no-capacity",
        message: {
          zh: `须在受理后${within ?? "—"}个工作日内（${window}）召开专题会议研究，但窗口内没有可用日期：${tried.join("；") || "窗口为空"}`,
          en: `must be studied at a topic meeting within ${within ?? "—"} working days of receipt (${window}), but no day in the window works: ${tried.join("; ") || "the window is empty"}`,
        },
      });
    }
  }
  return { created, placement, unplaced };
}

/** Why no topic meeting for this item can be held on `day`, in English for the message (undefined = fine). */
function dayProblem(input: EligibilityInput, meetings: readonly PlannedMeeting[], day: string, item: AgendaItem, head: string | undefined): string | undefined {
  const { spec, calendar, profile } = input;
  const d = calendar.describeDay(day);
  const workingRules = findRules(profile, "calendar.working-day", { meetingType: "topic" });
  if (!d.working) return "is not a working day";
  // Like a series on its default weekdays: a make-up Saturday or Sunday is a working day but not a meeting day.
  if (d.kind === "adjusted-workday") return workingRules.some((r) => !r.params.allowAdjustedWorkdays) ? "is an adjusted working weekend day" : "is an adjusted working weekend day, not a meeting day";
  if (findRules(profile, "calendar.no-weekday", { meetingType: "topic" }).some((r) => r.params.weekdays.includes(weekdayOf(day)))) return "falls on a no-meeting weekday";
  const blackout = spec.blackouts.find((b) => b.from <= day && day <= b.to && (b.meetingTypes.length === 0 || b.meetingTypes.includes("topic")) && b.series.length === 0);
  if (blackout !== undefined) return `is blocked by ${blackout.name}`;
  for (const p of [item.responsibleLeader, ...(head !== undefined ? [head] : [])]) if (isAwayOn(spec, p, day)) return `${p} is away`;
  if (meetings.some((m) => holdsDay(m, day) && m.status !== "cancelled" && (m.convener === item.responsibleLeader || m.expected.includes(item.responsibleLeader)))) return `${item.responsibleLeader} is at another meeting`;
  if (spec.rooms.length > 0 && freeRoom(spec, meetings, day, 1) === undefined) return "has no free room";
  return undefined;
}

/** Whether a room seats `people` (spec.room-capacity counts everyone expected; a room without a capacity seats any number). */
function seats(spec: Pick<Spec, "rooms">, room: string | undefined, people: number): boolean {
  const capacity = spec.rooms.find((r) => r.id === room)?.capacity;
  return room !== undefined && (capacity === undefined || capacity >= people);
}

/** The smallest room no meeting uses that day that seats `people` (by capacity, then id). */
function freeRoom(spec: Pick<Spec, "rooms">, meetings: readonly PlannedMeeting[], day: string, people: number): string | undefined {
  const busy = new Set(meetings.filter((m) => holdsDay(m, day) && m.status !== "cancelled").map((m) => m.room));
  return [...spec.rooms]
    .sort((a, b) => (a.capacity ?? 1e9) - (b.capacity ?? 1e9) || compareText(a.id, b.id))
    .find((r) => !busy.has(r.id) && seats(spec, r.id, people))?.id;
}

/** Whether a meeting sits on `day` (its date, or any day through its endDate). */
function holdsDay(m: Pick<PlannedMeeting, "date" | "endDate">, day: string): boolean {
  return m.date <= day && day <= (m.endDate ?? m.date);
}

/** A created meeting takes another request: longer, and the new unit head is expected. */
function growMeeting(meeting: PlannedMeeting, minutes: number, head: string | undefined, rules: AgendaRules): void {
  const length = Math.max(MIN_TOPIC_MINUTES, Math.ceil(minutes / 30) * 30);
  meeting.end = addClockMinutes(meeting.start, Math.min(length, rules.maxMinutes ?? length));
  if (head !== undefined && !meeting.expected.includes(head)) meeting.expected = [...meeting.expected, head];
}
