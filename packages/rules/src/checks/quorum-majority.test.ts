import { describe, expect, it } from "vitest";
import { makeMeeting, makePlan, makeRule, makeSpec, runRule } from "./test-helpers.js";

// 钟山区 第四十条: 原则上会议组成人员需过半数到会方可召开. The test body has 6 members: 4 must attend.
const rule = makeRule("quorum.majority", {}, { cite: ["钟山区", "第四十条", "原则上会议组成人员需过半数到会方可召开"] });
const march = { from: "2026-03-01", to: "2026-03-31" };
const away = (people: string[], extra = {}) => people.map((person) => ({ person, from: "2026-03-10", to: "2026-03-10", ...extra }));
const plan = makePlan(march, { meetings: [makeMeeting("2026-03-10")] });

describe("quorum.majority", () => {
  it("keeps 4 of 6 present and breaks at 3 of 6 (exactly half is not more than half)", () => {
    expect(runRule(makeSpec({ absences: away(["wang", "liu"]) }), plan, rule)).toEqual([]);
    const [v] = runRule(makeSpec({ absences: away(["wang", "liu", "chen"]) }), plan, rule);
    expect(v!.message.en).toBe("第1次常务会议 (2026-03-10) has 3 of 6 members present (away: 王强, 刘洋, 陈静); it needs at least 4 to open (钟山区 第四十条)");
    expect(v!.subjects.people).toEqual(["chen", "liu", "wang"]);
  });

  it("counts a member marked absent in the plan itself", () => {
    const marked = makePlan(march, {
      meetings: [makeMeeting("2026-03-10", { absent: ["wang", "liu", "chen"].map((person) => ({ person, kind: "leave" as const })) })],
    });
    expect(runRule(makeSpec(), marked, rule)).toHaveLength(1);
  });

  it("does not count a stand-in toward the members (钟山区 第四十七条: only non-members name a 代会人员)", () => {
    const spec = makeSpec({ absences: away(["wang", "liu", "chen"], { substitute: "zhou" }) });
    expect(runRule(spec, plan, rule)).toHaveLength(1);
  });

  it("allows exactly half when the rule is not strict", () => {
    const lax = makeRule("quorum.majority", { strict: false });
    expect(runRule(makeSpec({ absences: away(["wang", "liu", "chen"]) }), plan, lax)).toEqual([]);
  });
});
