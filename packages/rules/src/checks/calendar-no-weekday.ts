import type { Violation } from "@yishi/domain";
import { weekdayOf } from "@yishi/calendar";
import type { RuleCheck } from "./types.js";
import { makeViolation } from "./make-violation.js";
import { weekdayName } from "./weekday-name.js";

/**
 * 周一无会日 (北京市 三十九): no meeting starts on these weekdays, "连续召开的会议除外":
 * a meeting that continues over consecutive days (endDate after date) is exempt.
 * The message says what the article keeps off the day (`keeps`: 全市性大会).
 */
export const calendarNoWeekday: RuleCheck<"calendar.no-weekday"> = {
  id: "calendar.no-weekday",
  evaluate(ctx, rule, params) {
    const out: Violation[] = [];
    for (const m of ctx.meetingsInScope(rule)) {
      const wd = weekdayOf(m.date);
      if (!params.weekdays.includes(wd)) continue;
      if (params.exceptConsecutiveDays && m.endDate !== undefined && m.endDate > m.date) continue;
      const name = weekdayName(wd);
      out.push(
        makeViolation(
          rule,
          params.keeps === undefined
            ? { zh: `${ctx.meetingName(m).zh}安排在${name.zh}，${name.zh}不安排会议`, en: `${ctx.meetingName(m).en} falls on a ${name.en}, a day without meetings` }
            : { zh: `${ctx.meetingName(m).zh}安排在${name.zh}：${params.keeps.zh}`, en: `${ctx.meetingName(m).en} falls on a ${name.en}: ${params.keeps.en}` },
          { meetings: [m.id], dates: [m.date] },
        ),
      );
    }
    return out;
  },
};
