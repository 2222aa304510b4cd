import { bindsRecurringDuty, type Violation } from "@yishi/domain";
import type { BuiltinCheck } from "./types.js";
import { makeSpecViolation } from "./make-violation.js";

/**
 * A meeting on a day the spec blacks out (e.g. the people's congress session),
 * or a recurring duty's turn in a blackout that binds it (`recurringDuties`).
 * Cites the spec's blackout: no article of the seeds makes a reception yield
 * to a session (西城区 六十 sets the Wednesday reception, 附件1 四.4 keeps
 * visitors out of the executive meeting itself), so the message says the
 * blackout is the spec's own fact.
 */
export const specBlackout: BuiltinCheck = {
  id: "spec.blackout",
  evaluate(ctx) {
    const out: Violation[] = [];
    ctx.spec.blackouts.forEach((b, i) => {
      for (const list of ctx.meetingsByType.values()) {
        for (const m of list) {
          if (b.meetingTypes.length > 0 && !b.meetingTypes.includes(m.type)) continue;
          if (b.series.length > 0 && (m.series === undefined || !b.series.includes(m.series))) continue;
          const hit = ctx.meetingDays(m).filter((d) => d >= b.from && d <= b.to);
          if (hit.length === 0) continue;
          out.push(
            makeSpecViolation(
              "spec.blackout",
              { jurisdiction: ctx.spec.organization.name, article: `blackouts[${i}]`, text: b.name },
              {
                zh: `${ctx.meetingName(m).zh}落在“${b.name}”期间（${b.from}至${b.to}），该期间不安排此类会议`,
                en: `${ctx.meetingName(m).en} falls within “${b.name}” (${b.from} to ${b.to}), when no such meeting is held`,
              },
              { meetings: [m.id], dates: hit },
              { zh: `spec 的 blackouts[${i}] 把这些日子留给“${b.name}”。把会议移到该期间之外。`, en: `The spec's blackouts[${i}] keeps these days for “${b.name}”. Move the meeting outside it.` },
            ),
          );
        }
      }
      const byDuty = new Map<string, { dates: string[]; people: string[] }>();
      for (const a of ctx.plan.recurringDuties) {
        if (a.date < b.from || a.date > b.to || !bindsRecurringDuty(b, a.duty)) continue;
        const entry = byDuty.get(a.duty) ?? { dates: [], people: [] };
        entry.dates.push(a.date);
        entry.people.push(a.person);
        byDuty.set(a.duty, entry);
      }
      for (const [dutyId, hit] of byDuty) {
        const duty = ctx.spec.recurringDuties.find((d) => d.id === dutyId);
        const name = duty?.name ?? dutyId;
        const dates = [...new Set(hit.dates)].sort();
        out.push(
          makeSpecViolation(
            "spec.blackout",
            { jurisdiction: ctx.spec.organization.name, article: `blackouts[${i}]`, text: `${b.name}（本计划自身的安排，非工作规则条文）` },
            {
              zh: `${name}安排在“${b.name}”期间（${dates.join("、")}）；本计划的 blackouts[${i}] 规定该期间不安排${name}（计划自身的安排，工作规则无此条文）`,
              en: `${name} is scheduled during “${b.name}” (${dates.join(", ")}); the spec's blackouts[${i}] holds no ${name} then (the spec's own arrangement, not an article of the working rules)`,
            },
            { dates, people: hit.people, duties: [dutyId] },
            { zh: `spec 的 blackouts[${i}] 把这些日子留给“${b.name}”，${name}在此期间不举行。删去这些轮值，或从该 blackout 的 recurringDuties 中去掉${name}。`, en: `The spec's blackouts[${i}] keeps these days for “${b.name}”, and ${name} is not held then. Drop those turns, or take ${name} out of that blackout's recurringDuties.` },
          ),
        );
      }
    });
    return out;
  },
};
