import { ABSENCE_KIND_LABELS, mayStandIn, type PlannedMeeting, type Violation } from "@yishi/domain";
import { findRules } from "../find-rules.js";
import type { BuiltinCheck } from "./types.js";
import { makeSpecViolation } from "./make-violation.js";
import { listMeetings, overlappingGroups } from "./overlap.js";

/**
 * One person in two meetings at once (meetings clashing in a chain on one day
 * are one violation per person naming them all, not one per pair), or on duty on a day the spec records
 * them away. The duty half stays quiet for posts a `duty.available` rule of
 * the profile already judges, so one fact is reported once, citing the article.
 */
export const specPersonConflict: BuiltinCheck = {
  id: "spec.person-conflict",
  evaluate(ctx) {
    const out: Violation[] = [];
    const org = ctx.spec.organization.name;
    const peopleIndex = new Map(ctx.spec.people.map((p, i) => [p.id, i] as const));
    const personIndex = (id: string) => peopleIndex.get(id) ?? -1;
    const present = (m: PlannedMeeting) => [...new Set(ctx.expectedAt(m))].filter((p) => ctx.isPresent(m, p));
    const seriesById = new Map(ctx.spec.series.map((s) => [s.id, s] as const));
    const bodies = new Map(ctx.spec.bodies.map((b) => [b.id, b] as const));
    // Whether the person may send a stand-in to the meeting (its series' standIn, and not its convener).
    const mayDelegate = (m: PlannedMeeting, person: string) => {
      const series = m.series === undefined ? undefined : seriesById.get(m.series);
      const body = series === undefined ? undefined : bodies.get(series.body);
      return series !== undefined && body !== undefined && mayStandIn({ series, body }, person);
    };
    for (const { key: person, date, meetings } of overlappingGroups(ctx, present)) {
      const [a, b] = meetings as [PlannedMeeting, PlannedMeeting];
      // Soft when the person can attend one and send stand-ins to all the others (the planner's softClashWeight, pair by pair).
      const soft = meetings.filter((m) => !mayDelegate(m, person)).length <= 1;
      const softNote = soft
        ? { zh: `；其中可委托他人代为出席的会议：${listMeetings(ctx, meetings.filter((m) => mayDelegate(m, person)), false).zh}（spec 的 standIn）`, en: `; a stand-in may attend in their place at ${listMeetings(ctx, meetings.filter((m) => mayDelegate(m, person)), false).en} (the spec's standIn)` }
        : { zh: "", en: "" };
      out.push(
        makeSpecViolation(
          "spec.person-conflict",
          { jurisdiction: org, article: `people[${personIndex(person)}]`, text: `${ctx.personName(person)}同一时间只能出席一个会议` },
          meetings.length === 2
            ? {
                zh: `${ctx.personName(person)}在${date}同时被安排出席${ctx.meetingName(a).zh}和${ctx.meetingName(b).zh}${softNote.zh}`,
                en: `${ctx.personName(person)} is expected at both ${ctx.meetingName(a).en} and ${ctx.meetingName(b).en} at the same time on ${date}${softNote.en}`,
              }
            : {
                zh: `${ctx.personName(person)}在${date}被安排出席${meetings.length}个时间交叠的会议：${listMeetings(ctx, meetings, false).zh}${softNote.zh}`,
                en: `${ctx.personName(person)} is expected at ${meetings.length} meetings at overlapping times on ${date}: ${listMeetings(ctx, meetings, false).en}${softNote.en}`,
              },
          { meetings: meetings.map((m) => m.id), dates: [date], people: [person] },
          soft
            ? { zh: "一人同一时间只能出席一个会议；本次可委托他人代为出席，但最好错开会议时间。", en: "A person attends one meeting at a time; here a stand-in may go, but moving a meeting is better." }
            : { zh: "一人同一时间只能出席一个会议。错开两个会议的时间。", en: "A person attends one meeting at a time. Move one of the meetings." },
          soft ? "soft" : "hard",
        ),
      );
    }
    for (const a of ctx.plan.roster) {
      if (findRules(ctx.profile, "duty.available", { duty: a.post }).length > 0) continue;
      const away = ctx.absenceOn(a.person, a.date);
      if (away === undefined) continue;
      const index = ctx.spec.absences.indexOf(away);
      const kind = ABSENCE_KIND_LABELS[away.kind];
      const post = ctx.posts.get(a.post)?.name ?? a.post;
      out.push(
        makeSpecViolation(
          "spec.person-conflict",
          { jurisdiction: org, article: `absences[${index}]`, text: away.reason ?? kind.zh },
          {
            zh: `${ctx.personName(a.person)}${a.date}${kind.zh}，却被安排${post}`,
            en: `${ctx.personName(a.person)} is on ${post} on ${a.date} while away (${kind.en})`,
          },
          { dates: [a.date], people: [a.person], duties: [a.post] },
          { zh: "spec 记录此人当天不在。与其他人员调换值班。", en: "The spec records the person away that day. Swap the duty with someone else." },
        ),
      );
    }
    return out;
  },
};
