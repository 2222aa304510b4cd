import type { Violation } from "@yishi/domain";
import type { BuiltinCheck } from "./types.js";
import { makeSpecViolation } from "./make-violation.js";

/** A meeting on a day the spec blacks out (e.g. the people's congress session). Cites the spec's blackout. */
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
    });
    return out;
  },
};
