import { describe, expect, it } from "vitest";
import { check } from "../check.js";
import { getProfile } from "../get-profile.js";
import { fullRoster, makePlan, makeSpec } from "./test-helpers.js";

const march = { from: "2026-03-01", to: "2026-03-31" };
const wednesdays = ["2026-03-04", "2026-03-11", "2026-03-18", "2026-03-25"];

function specWith(perOccurrence: number, pool: string[], organization = { id: "zs", name: "依安县人民政府", jurisdiction: "依安县" }) {
  return makeSpec({ organization, series: [], recurringDuties: [{ id: "petition", name: "领导接待群众来访日", pool, weekday: 3, start: "09:00", end: "12:00", perOccurrence }] });
}

describe("spec.recurring-staffing: every turn has perOccurrence people", () => {
  it("a duty asking for 5 from a pool of 2 is short on every turn, and says the pool is too small", () => {
    const spec = specWith(5, ["li", "wang"]);
    const turns = wednesdays.flatMap((date) => ["li", "wang"].map((person) => ({ duty: "petition", date, start: "09:00", end: "12:00", person })));
    const plan = makePlan(march, { roster: fullRoster(spec, march.from, march.to), recurringDuties: turns });
    const vs = check(spec, plan, getProfile("依安县")).filter((v) => v.severity === "hard");
    expect(vs.map((v) => [v.rule, v.subjects.dates[0]])).toEqual(wednesdays.map((d) => ["spec.recurring-staffing", d]));
    expect(vs[0]!.citation).toMatchObject({ jurisdiction: "依安县人民政府", article: "recurringDuties[0]" });
    expect(vs[0]!.message.zh).toBe("2026-03-04领导接待群众来访日安排2人，本计划的轮值设置每次要求5人，但轮值名单只有2人 (依安县人民政府 recurringDuties[0])");
    expect(vs[0]!.message.en).toBe("2026-03-04: 领导接待群众来访日 has 2; the spec's recurring duty asks for 5 each time, but its pool has only 2 (依安县人民政府 recurringDuties[0])");
  });

  it("one turn left out is one violation; all turns held is none", () => {
    const spec = specWith(1, ["li", "wang", "liu"]);
    const turns = wednesdays.map((date, i) => ({ duty: "petition", date, start: "09:00", end: "12:00", person: ["li", "wang", "liu"][i % 3]! }));
    const roster = fullRoster(spec, march.from, march.to);
    const only = (vs: ReturnType<typeof check>) => vs.filter((v) => v.rule === "spec.recurring-staffing").map((v) => v.subjects.dates[0]);
    expect(only(check(spec, makePlan(march, { roster, recurringDuties: turns }), getProfile("依安县")))).toEqual([]);
    expect(only(check(spec, makePlan(march, { roster, recurringDuties: turns.slice(1) }), getProfile("依安县")))).toEqual(["2026-03-04"]);
  });

  it("under 西城区 the turn is judged by 六十 (每周三上午的信访接待) alone: one violation, citing it", () => {
    const spec = specWith(1, ["li", "wang"], { id: "zs", name: "北京市西城区人民政府", jurisdiction: "西城区" });
    const turns = wednesdays.slice(1).map((date) => ({ duty: "petition", date, start: "09:00", end: "12:00", person: "li" }));
    const vs = check(spec, makePlan(march, { roster: fullRoster(spec, march.from, march.to), recurringDuties: turns }), getProfile("西城区")).filter((v) => v.subjects.duties.includes("petition"));
    expect(vs.map((v) => [v.rule, `${v.citation.jurisdiction} ${v.citation.article}`, v.subjects.dates[0]])).toEqual([["petition-reception", "西城区 六十", "2026-03-04"]]);
  });
});
