import { describe, expect, it } from "vitest";
import { makePlan, makeRule, makeSpec, runRule } from "./test-helpers.js";

// 西城区 六十: 每周三上午…区领导轮流接待群众来访.
const rule = makeRule("recurring.weekly-rota", { weekday: 3, start: "09:00", end: "12:00" }, { duties: ["petition"], cite: ["西城区", "六十", "每周三上午为区领导接待日"] });
const spec = makeSpec({
  recurringDuties: [{ id: "petition", name: "区领导接待日", pool: ["li", "wang", "liu"], weekday: 3, start: "09:00", end: "12:00" }],
  absences: [{ person: "wang", from: "2026-03-11", to: "2026-03-11" }],
});
const march = { from: "2026-03-01", to: "2026-03-14" };
const on = (date: string, person: string, end = "12:00") => ({ duty: "petition", date, start: "09:00", end, person });

describe("recurring.weekly-rota", () => {
  it("keeps every Wednesday covered by a leader of the pool", () => {
    expect(runRule(spec, makePlan(march, { recurringDuties: [on("2026-03-04", "li"), on("2026-03-11", "liu")] }), rule)).toEqual([]);
  });

  it("breaks on an uncovered Wednesday or one covered only until 11:30", () => {
    const [v] = runRule(spec, makePlan(march, { recurringDuties: [on("2026-03-04", "li")] }), rule);
    expect(v!.message.en).toBe("2026-03-11 (Wednesday) 09:00–12:00: 区领导接待日 is not covered; 1 needed (西城区 六十)");
    expect(runRule(spec, makePlan(march, { recurringDuties: [on("2026-03-04", "li"), on("2026-03-11", "liu", "11:30")] }), rule)).toHaveLength(1);
  });

  it("breaks with someone away or outside the pool", () => {
    const vs = runRule(spec, makePlan(march, { recurringDuties: [on("2026-03-04", "zhou"), on("2026-03-11", "wang")] }), rule);
    expect(vs.map((v) => v.message.en)).toEqual([
      "2026-03-04 (Wednesday) 09:00–12:00: 区领导接待日 is not covered; 1 needed (西城区 六十)",
      "2026-03-04: 周军 is on 区领导接待日 but is not in its rota (西城区 六十)",
      "2026-03-11 (Wednesday) 09:00–12:00: 区领导接待日 is not covered; 1 needed (西城区 六十)",
      "2026-03-11: 王强 is on 区领导接待日 but is away that day (西城区 六十)",
    ]);
  });

  it("skips a Wednesday that is a public holiday (2026-02-18, 春节)", () => {
    expect(runRule(spec, makePlan({ from: "2026-02-16", to: "2026-02-22" }), rule)).toEqual([]);
  });

  it("leaves a duty on another weekday to its own rule", () => {
    const friday = makeSpec({ recurringDuties: [{ id: "visit", name: "企业走访", pool: ["li"], weekday: 5, start: "14:00", end: "17:00" }] });
    const all = makeRule("recurring.weekly-rota", { weekday: 3, start: "09:00", end: "12:00" }, { duties: ["*"] });
    expect(runRule(friday, makePlan(march), all)).toEqual([]);
    expect(runRule(friday, makePlan(march), makeRule("recurring.weekly-rota", { weekday: 5, start: "14:00", end: "17:00" }, { duties: ["*"] }))).toHaveLength(2);
  });
});
