import { describe, expect, it } from "vitest";
import type { AgendaItem, PlannedMeeting, RuleProfile, Spec } from "@yishi/domain";
import { assessItem, type EligibilityInput } from "./eligibility.js";
import { readAgendaRules } from "./agenda-rules.js";
import { PERIOD, calendar, meeting, profileWith, rule, specWith } from "./test-agenda-fixtures.js";

function inputFor(spec: Spec, profile: RuleProfile, meetings: PlannedMeeting[]): EligibilityInput {
  return { spec, profile, calendar, period: PERIOD, meetings, rulesOf: (type) => readAgendaRules(profile, type) };
}

/** Assesses the spec's first item (built from `item` by the fixtures). */
function assessOne(item: Partial<AgendaItem>, profile: RuleProfile, meetings: PlannedMeeting[]) {
  const spec = specWith([item]);
  return assessItem(inputFor(spec, profile, meetings), spec.agendaItems[0]!);
}

const EXEC_ONLY = rule("exec-only", "agenda.executive-only", ["executive"], { categories: ["investment-project"] });

describe("assessItem", () => {
  it("routes an executive-only item filed for the mayor's office to the executive meeting (钟山区 第四十条(五))", () => {
    const exec = meeting(1, "2026-02-10");
    const mo = meeting(1, "2026-02-12", { type: "mayor-office" });
    const routed = assessOne({ category: "investment-project", meetingType: "mayor-office" }, profileWith(EXEC_ONLY), [exec, mo]);
    expect(routed.types).toEqual(["executive"]);
    expect(routed.options.map((o) => o.meeting.id)).toEqual([exec.id]);
    // An ordinary item stays where it was filed.
    const plain = assessOne({ category: "other", meetingType: "mayor-office" }, profileWith(EXEC_ONLY), [exec, mo]);
    expect(plain.options.map((o) => o.meeting.id)).toEqual([mo.id]);
    // With no executive meeting in the period the item fails as a whole, citing the rule.
    const none = assessOne({ category: "investment-project", meetingType: "mayor-office" }, profileWith(EXEC_ONLY), [mo]);
    expect(none.options).toEqual([]);
    expect(none.itemFailure?.reason).toBe("wrong-meeting");
    expect(none.itemFailure?.zh).toContain("exec-only");
  });

  it("fails an item at a meeting on or before its filing date (not-ready), and gives a positive weight after it", () => {
    const before = meeting(1, "2026-02-02"); // the fixtures file on 2026-02-02: the same day is too late
    const after = meeting(2, "2026-02-10");
    const result = assessOne({}, profileWith(), [before, after]);
    expect(result.options[0]!.failure?.reason).toBe("not-ready");
    expect(result.options[0]!.weight).toBe(0);
    expect(result.options[1]!.failure).toBeUndefined();
    expect(result.options[1]!.weight).toBeGreaterThan(0);
  });

  it("cuts a department report to duration.report-minutes and refuses items another body can decide (钟山区 第四十六条)", () => {
    const m = meeting(1, "2026-02-10");
    const profile = profileWith(
      rule("report10", "duration.report-minutes", ["executive"], { minutes: 10 }),
      rule("not-listable", "agenda.not-listable", ["executive"], { decidableBy: ["department"] }),
    );
    expect(assessOne({ isReport: true, estimatedMinutes: 25 }, profile, [m]).options[0]!.minutes).toBe(10);
    expect(assessOne({ isReport: false, estimatedMinutes: 25 }, profile, [m]).options[0]!.minutes).toBe(25);
    const decided = assessOne({ decidableBy: "department" }, profile, [m]).options[0]!;
    expect(decided.failure?.reason).toBe("not-listable");
    expect(decided.failure?.zh).toContain("not-listable");
    // The procedure flag is read from the same rule (requireProcedure defaults to true).
    expect(assessOne({ procedureComplete: false }, profile, [m]).options[0]!.failure?.reason).toBe("not-listable");
  });
});
