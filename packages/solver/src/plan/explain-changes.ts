import { ABSENCE_KIND_LABELS, bindsRecurringDuty, type LocalizedText, type MeetingChange, type Plan, type PlanChange, type PlannedMeeting, type Spec } from "@yishi/domain";
import { createDutyAvailability, type Unavailability } from "@yishi/rules";
import { isFree } from "../recurring/plan-recurring-duties.js";
import { diffPlans, pairHolders } from "./diff-plans.js";

export interface ExplainChangesInput {
  /** The spec with every fact the re-plan knows (the change's absences and blackouts included). */
  spec: Spec;
  previous: Plan;
  /** The new plan's meetings, roster, recurring duties, agendas and unplaced items. */
  next: Pick<Plan, "meetings" | "roster" | "recurringDuties" | "unplacedItems">;
  /** Meeting changes the meetings planner already explained (series occurrences). */
  meetingChanges: readonly MeetingChange[];
}

/**
 * Lists, with a reason in the planner's words, every difference between the
 * previous plan and the new one that the meetings planner did not already
 * explain: duty seats and recurring duties handed to someone else, items
 * moved, dropped or newly placed, and meetings the agenda planner added or
 * no longer needs (topic meetings). Derived from the plans themselves, so no
 * difference can go unlisted.
 */
export function explainChanges(input: ExplainChangesInput): PlanChange[] {
  const { spec, previous, next, meetingChanges } = input;
  const name = (id: string | undefined) => (id === undefined ? "" : (spec.people.find((p) => p.id === id)?.name ?? id));
  const nextPlan: Plan = { ...previous, ...next, changes: [], violations: [] };
  const availability = createDutyAvailability(spec, next.meetings);
  const meetingsById = new Map(next.meetings.map((m) => [m.id, m]));
  const explained = new Set(meetingChanges.map((c) => `${c.meeting}\u0000${c.kind}`));
  const out: PlanChange[] = [];
  for (const d of diffPlans(previous, nextPlan)) {
    switch (d.kind) {
      case "meeting": {
        // Series occurrences come explained by the meetings planner; meetings the agenda planner makes (topic meetings) are explained here.
        if (d.before === undefined && !explained.has(`${d.meeting}\u0000added`)) {
          out.push({ kind: "added", meeting: d.meeting, to: { date: d.after!.date, start: d.after!.start }, reason: whyTopicAdded(meetingsById.get(d.meeting)) });
        } else if (d.before && d.after && d.before.status === "scheduled" && d.after.status === "cancelled" && !explained.has(`${d.meeting}\u0000cancelled`)) {
          out.push({ kind: "cancelled", meeting: d.meeting, from: { date: d.before.date, start: d.before.start }, reason: { zh: "会议的议题已不需在此研究，取消", en: "cancelled: none of its items needs it any more" } });
        }
        break;
      }
      case "duty":
        for (const p of pairHolders(d.before, d.after)) {
          const post = spec.duty.posts.find((x) => x.id === d.post);
          const why = p.from === undefined || post === undefined ? undefined : availability.why(p.from, d.date, post);
          out.push({ kind: "duty-reassigned", date: d.date, post: d.post, ...p, reason: whyDutyMoved(name, p, why) });
        }
        break;
      case "reception":
        for (const p of pairHolders(d.before, d.after)) {
          const duty = spec.recurringDuties.find((x) => x.id === d.duty);
          out.push({ kind: "reception-reassigned", duty: d.duty, date: d.date, ...p, reason: whyReceptionMoved(spec, next.meetings, name, duty, d.date, p) });
        }
        break;
      case "item": {
        const kind = d.after === undefined ? "item-unplaced" : d.before === undefined ? "item-placed" : "item-moved";
        const reason = whyItemMoved(d.item, d.before, d.after, meetingChanges, next);
        out.push({ kind, item: d.item, ...(d.before !== undefined ? { from: d.before } : {}), ...(d.after !== undefined ? { to: d.after } : {}), reason });
        break;
      }
    }
  }
  return out;
}

function whyTopicAdded(meeting: PlannedMeeting | undefined): LocalizedText {
  const items = meeting?.agenda.map((e) => e.item).join("、") ?? "";
  return { zh: `为研究议题${items}新增专题会议`, en: `added to study ${items || "its items"}` };
}

function describeAway(name: (id: string) => string, person: string, why: Unavailability): LocalizedText {
  switch (why.kind) {
    case "absent": {
      const a = why.absence;
      const kind = ABSENCE_KIND_LABELS[a.kind];
      return { zh: `${name(person)}${a.from}至${a.to}${kind.zh}${a.reason ? `（${a.reason}）` : ""}`, en: `${name(person)} is away ${a.from}..${a.to} (${kind.en}${a.reason ? `: ${a.reason}` : ""})` };
    }
    case "meeting":
      return { zh: `${name(person)}当日出席${why.meeting.title}`, en: `${name(person)} attends ${why.meeting.title} that day` };
    default:
      return { zh: `${name(person)}不能担任该岗位（${why.kind}）`, en: `${name(person)} cannot hold the post (${why.kind})` };
  }
}

function whyDutyMoved(name: (id: string) => string, p: { from?: string; to?: string }, why: Unavailability | undefined): LocalizedText {
  if (p.from === undefined) return { zh: `补上空缺的岗位：由${name(p.to!)}值班`, en: `fills a seat left empty: ${name(p.to!)} takes it` };
  const to = p.to === undefined ? { zh: "无人可以接替，岗位空缺", en: "nobody can take it; the seat stays empty" } : { zh: `改由${name(p.to)}值班`, en: `${name(p.to)} takes it` };
  if (why !== undefined && why.kind !== "meeting") {
    const away = describeAway(name, p.from, why);
    return { zh: `${away.zh}，${to.zh}`, en: `${away.en}; ${to.en}` };
  }
  // Meetings alone never unseat a kept duty (a soft finding); what is left is the rest rule around a duty that had to move.
  return { zh: `为保持值班间隔（前后须休息），因相邻值班调整而顺延，${to.zh}`, en: `moved to keep the rest between duties after a neighbouring duty had to change; ${to.en}` };
}

function whyReceptionMoved(
  spec: Spec,
  meetings: readonly PlannedMeeting[],
  name: (id: string) => string,
  duty: Spec["recurringDuties"][number] | undefined,
  date: string,
  p: { from?: string; to?: string },
): LocalizedText {
  if (p.from === undefined) return { zh: `补上空缺：由${name(p.to!)}接待`, en: `fills an empty turn: ${name(p.to!)} takes it` };
  const yielded = p.to === undefined && duty !== undefined ? spec.blackouts.find((b) => b.from <= date && date <= b.to && bindsRecurringDuty(b, duty.id)) : undefined;
  if (yielded) return { zh: `${date}在${yielded.name}期间（${yielded.from}至${yielded.to}），本计划规定该期间不安排${duty!.name}，本次不举行`, en: `${date} falls in ${yielded.name} (${yielded.from}..${yielded.to}), when the spec holds no ${duty!.name}; this turn is not held` };
  const to = p.to === undefined ? { zh: "无人可以接替，本次空缺", en: "nobody can take it; the turn stays empty" } : { zh: `改由${name(p.to)}接待`, en: `${name(p.to)} takes it` };
  const absence = spec.absences.find((a) => a.person === p.from && a.from <= date && date <= a.to);
  if (absence) {
    const away = describeAway(name, p.from, { kind: "absent", absence });
    return { zh: `${away.zh}，${to.zh}`, en: `${away.en}; ${to.en}` };
  }
  if (duty !== undefined && !isFree({ spec, meetings }, duty, p.from, date)) {
    const meeting = meetings.find((m) => m.status !== "cancelled" && m.expected.includes(p.from!) && m.date <= date && date <= (m.endDate ?? m.date));
    return { zh: `${name(p.from)}当日出席${meeting?.title ?? "会议"}，${to.zh}`, en: `${name(p.from)} attends ${meeting?.title ?? "a meeting"} at that time; ${to.en}` };
  }
  return { zh: `为使轮值次数均衡而调整，${to.zh}`, en: `rebalanced to keep turns even; ${to.en}` };
}

function whyItemMoved(item: string, from: string | undefined, to: string | undefined, meetingChanges: readonly MeetingChange[], next: ExplainChangesInput["next"]): LocalizedText {
  const moved = from === undefined ? undefined : meetingChanges.find((c) => c.meeting === from && (c.kind === "moved" || c.kind === "cancelled"));
  const target = to === undefined ? undefined : next.meetings.find((m) => m.id === to);
  const where = target === undefined ? undefined : { zh: `改列入${target.title}（${target.date}）`, en: `now on ${target.title} (${target.date})` };
  if (from === undefined) return { zh: `新列入${target?.title ?? to}（${target?.date ?? ""}）`, en: `placed on ${target?.title ?? to} (${target?.date ?? ""})` };
  const unplaced = next.unplacedItems.find((u) => u.item === item);
  const after = where ?? (unplaced ? { zh: `未能列入议题：${unplaced.message.zh}`, en: `not placed: ${unplaced.message.en}` } : { zh: "未能列入议题", en: "not placed" });
  if (moved !== undefined) {
    const what = moved.kind === "cancelled" ? { zh: `原会议${from}已取消`, en: `its meeting ${from} was cancelled` } : { zh: `原会议${from}改期至${moved.to?.date ?? ""}，议题不再满足条件`, en: `its meeting ${from} moved to ${moved.to?.date ?? ""}, where the item no longer qualifies` };
    return { zh: `${what.zh}，${after.zh}`, en: `${what.en}; ${after.en}` };
  }
  return { zh: `原会议${from}不再满足议题条件，${after.zh}`, en: `${from} no longer qualifies for the item; ${after.en}` };
}
