import { describe, expect, it } from "vitest";
import { makePlan, makeRule, makeSpec, runRule } from "./test-helpers.js";

// 西城区 四十八: 经批准的活动，安排一至两名区领导出席.
const rule = makeRule("attendance.event-leaders", { min: 1, max: 2 }, { cite: ["西城区", "四十八", "安排一至两名区领导出席"] });
const march = makePlan({ from: "2026-03-01", to: "2026-03-31" });
const event = (leaders: string[]) => makeSpec({ events: [{ id: "E1", name: "植树节活动", date: "2026-03-12", invitedOn: "2026-03-01", leaders }] });

describe("attendance.event-leaders", () => {
  it("keeps one or two leaders", () => {
    expect(runRule(event(["li"]), march, rule)).toEqual([]);
    expect(runRule(event(["li", "wang"]), march, rule)).toEqual([]);
  });

  it("breaks with three, or none", () => {
    const [v] = runRule(event(["li", "wang", "liu"]), march, rule);
    expect(v!.message.en).toBe("event “植树节活动” (2026-03-12) has 3 leaders attending; it should have 1 to 2 (西城区 四十八)");
    expect(runRule(event([]), march, rule)).toHaveLength(1);
  });

  it("does not count a leader away that day", () => {
    const spec = makeSpec({
      events: [{ id: "E1", name: "植树节活动", date: "2026-03-12", invitedOn: "2026-03-01", leaders: ["li"] }],
      absences: [{ person: "li", from: "2026-03-12", to: "2026-03-12" }],
    });
    expect(runRule(spec, march, rule)).toHaveLength(1);
  });
});
