import type { Violation } from "@yishi/domain";
import type { RuleCheck } from "./types.js";
import { makeViolation } from "./make-violation.js";
import { joinNames } from "./shared.js";

/**
 * 原则上会议组成人员需过半数到会方可召开 (钟山区 第四十条). Members are the body's
 * 组成人员; a stand-in (代会人员) is not one: 钟山区 第四十七条 lets only "其他参加和
 * 列席人员" name a 代会人员, while absent leaders simply ask the convener for
 * leave. So a member away counts as away even when someone stands in.
 */
export const quorumMajority: RuleCheck<"quorum.majority"> = {
  id: "quorum.majority",
  evaluate(ctx, rule, params) {
    const out: Violation[] = [];
    for (const m of ctx.meetingsInScope(rule)) {
      const body = ctx.bodyOf(m);
      const members = body?.members ?? m.expected;
      if (members.length === 0) continue;
      const absent = members.filter((p) => !ctx.isPresent(m, p));
      const present = members.length - absent.length;
      const required = params.strict ? Math.floor(params.fraction * members.length) + 1 : Math.ceil(params.fraction * members.length);
      if (present >= required) continue;
      const names = joinNames(ctx, absent);
      out.push(
        makeViolation(
          rule,
          {
            zh: `${ctx.meetingName(m).zh}组成人员${members.length}人仅${present}人到会（缺席：${names.zh}），需至少${required}人方可召开`,
            en: `${ctx.meetingName(m).en} has ${present} of ${members.length} members present (away: ${names.en}); it needs at least ${required} to open`,
          },
          { meetings: [m.id], dates: [m.date], people: absent },
        ),
      );
    }
    return out;
  },
};
