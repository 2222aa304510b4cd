import { compareText } from "@yishi/domain";
import type { Violation } from "@yishi/domain";
import type { RuleCheck } from "./types.js";
import { makeViolation } from "./make-violation.js";

/**
 * 须向会议召集人请假…明确代会人员，经会议召集人同意后方可请假。未经批准，擅自缺会或安排
 * 其他人员代会的…予以通报 (钟山区 第四十七条): everyone the plan marks absent has an
 * approved absence in the spec, and a stand-in is the one the approved leave
 * names (when the params require approval for stand-ins).
 */
export const attendanceLeaveApproved: RuleCheck<"attendance.leave-approved"> = {
  id: "attendance.leave-approved",
  evaluate(ctx, rule, params) {
    const out: Violation[] = [];
    for (const m of ctx.meetingsInScope(rule)) {
      for (const [person, at] of [...ctx.absentAt(m)].sort(([a], [b]) => compareText(a, b))) {
        const subjects = { meetings: [m.id], dates: [m.date], people: [person] };
        const who = ctx.personName(person);
        if (at.spec === undefined || !at.spec.approved) {
          out.push(
            makeViolation(
              rule,
              {
                zh: `${who}缺席${ctx.meetingName(m).zh}${at.spec === undefined ? "，但没有请假记录" : "，请假未获批准"}`,
                en: `${who} misses ${ctx.meetingName(m).en} ${at.spec === undefined ? "with no leave on record" : "without approved leave"}`,
              },
              subjects,
            ),
          );
          continue;
        }
        const sub = at.planned?.substitute;
        if (params.substituteNeedsApproval && sub !== undefined && at.spec.substitute !== sub) {
          out.push(
            makeViolation(
              rule,
              {
                zh: `${ctx.personName(sub)}代${who}出席${ctx.meetingName(m).zh}，未经召集人同意`,
                en: `${ctx.personName(sub)} stands in for ${who} at ${ctx.meetingName(m).en} without the convener's approval`,
              },
              { ...subjects, people: [person, sub] },
            ),
          );
        }
      }
    }
    return out;
  },
};
