import { describe, expect, it } from "vitest";
import { createCalendar } from "@yishi/calendar";
import { recurringDutyDates } from "../recurring-duty-dates.js";
import { makePlan, makeRule, makeSpec, runCheck, runRule } from "./test-helpers.js";

/**
 * A blackout that binds a recurring duty (`recurringDuties`): the Wednesday
 * petition reception (西城区 六十 “各位区长按要求参加每周三上午的信访接待”) is not
 * held in the middle of the district people's congress session. No article
 * of the seeds says a reception yields to the session, so the violation
 * cites the spec's blackout and says it is the spec's own arrangement.
 */
const reception = { id: "petition", name: "区领导接待日", pool: ["li", "wang", "liu"], weekday: 3, start: "09:00", end: "12:00" };
const session = { from: "2026-03-09", to: "2026-03-13", name: "区人代会" };
const march = { from: "2026-03-01", to: "2026-03-14" };
const on = (date: string, person: string) => ({ duty: "petition", date, start: "09:00", end: "12:00", person });
const rota = makeRule("recurring.weekly-rota", { weekday: 3, start: "09:00", end: "12:00" }, { duties: ["petition"], cite: ["西城区", "六十", "按照全区统一安排,各位区长按要求参加每周三上午的信访接待"] });
const spec = (bound: "all" | string[] | undefined) => makeSpec({ recurringDuties: [reception], blackouts: [{ ...session, ...(bound === undefined ? {} : { recurringDuties: bound }) }] });

describe("spec.blackout: a blackout that binds recurring duties", () => {
  it("break: a reception on a Wednesday of the session, when the blackout binds it, cites the spec's blackout as its own fact", () => {
    const plan = makePlan(march, { recurringDuties: [on("2026-03-04", "li"), on("2026-03-11", "wang")] });
    for (const bound of [["petition"], "all"] as const) {
      const found = runCheck(spec(bound === "all" ? "all" : [...bound]), plan, []).filter((v) => v.code === "spec.blackout");
      expect(found).toHaveLength(1);
      const [v] = found;
      expect(v!.severity).toBe("hard");
      expect(v!.citation.article).toBe("blackouts[0]");
      expect(v!.subjects).toMatchObject({ dates: ["2026-03-11"], people: ["wang"], duties: ["petition"] });
      expect(v!.message.zh).toContain("工作规则无此条文");
      expect(v!.message.en).toBe(
        "区领导接待日 is scheduled during “区人代会” (2026-03-11); the spec's blackouts[0] holds no 区领导接待日 then (the spec's own arrangement, not an article of the working rules) (六盘水市钟山区人民政府 blackouts[0])",
      );
    }
  });

  it("keep: without `recurringDuties` a blackout binds meetings only, as before", () => {
    const plan = makePlan(march, { recurringDuties: [on("2026-03-04", "li"), on("2026-03-11", "wang")] });
    expect(runCheck(spec(undefined), plan, []).filter((v) => v.code === "spec.blackout")).toEqual([]);
  });

  it("keep: the Wednesday of the session left without a reception breaks neither 西城区 六十 nor the spec's staffing", () => {
    const plan = makePlan(march, { recurringDuties: [on("2026-03-04", "li")] });
    expect(runRule(spec(["petition"]), plan, rota)).toEqual([]);
    expect(runCheck(spec(["petition"]), plan, []).filter((v) => v.code === "spec.recurring-staffing")).toEqual([]);
    // Not bound: the empty Wednesday is a break of the article, and of the spec's staffing where no rule has it.
    expect(runRule(spec(undefined), plan, rota).map((v) => v.subjects.dates)).toEqual([["2026-03-11"]]);
    expect(runCheck(spec(undefined), plan, []).filter((v) => v.code === "spec.recurring-staffing").map((v) => v.subjects.dates)).toEqual([["2026-03-11"]]);
  });

  it("a bound blackout drops a weekly turn and moves a monthly one to the next such day", () => {
    const calendar = createCalendar();
    const blackouts = [{ ...session, recurringDuties: ["petition"] as string[] }];
    expect(recurringDutyDates({ id: "petition", weekday: 3, cadence: "weekly" }, calendar, "2026-03-01", "2026-03-31", blackouts)).toEqual(["2026-03-04", "2026-03-18", "2026-03-25"]);
    const early = [{ from: "2026-03-02", to: "2026-03-06", name: "区人代会", recurringDuties: "all" as const }];
    expect(recurringDutyDates({ id: "lecture", weekday: 3, cadence: "monthly" }, calendar, "2026-03-01", "2026-03-31", early)).toEqual(["2026-03-11"]);
    // Another duty's blackout does not bind this one.
    expect(recurringDutyDates({ id: "other", weekday: 3, cadence: "weekly" }, calendar, "2026-03-01", "2026-03-31", blackouts)).toHaveLength(4);
  });
});
