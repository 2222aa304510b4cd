import { weekdayOf } from "@yishi/calendar";
import type { RuleCheck } from "./types.js";
import { makeViolation } from "./make-violation.js";
import { weekdayName } from "./weekday-name.js";

/** 一般安排在星期一 (西城区 附件1 二.1): a preference, usually soft. */
export const calendarPreferredWeekday: RuleCheck<"calendar.preferred-weekday"> = {
  id: "calendar.preferred-weekday",
  evaluate(ctx, rule, params) {
    const want = params.weekdays.map(weekdayName);
    const wantText = { zh: want.map((w) => w.zh).join("或"), en: want.map((w) => w.en).join(" or ") };
    return ctx
      .meetingsInScope(rule)
      .filter((m) => !params.weekdays.includes(weekdayOf(m.date)))
      .map((m) =>
        makeViolation(
          rule,
          {
            zh: `${ctx.meetingName(m).zh}安排在${weekdayName(weekdayOf(m.date)).zh}，一般应在${wantText.zh}`,
            en: `${ctx.meetingName(m).en} is on a ${weekdayName(weekdayOf(m.date)).en}; it is usually held on ${wantText.en}`,
          },
          { meetings: [m.id], dates: [m.date] },
        ),
      );
  },
};
