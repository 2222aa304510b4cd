import { describe, expect, it } from "vitest";
import { Rule, type MeetingType, type RuleInput } from "@yishi/domain";
import { findProfileConflicts } from "./find-profile-conflicts.js";
import { findRuleOverlaps } from "./find-rule-overlaps.js";
import { getProfile } from "./get-profile.js";

function rule(id: string, check: string, params: Record<string, unknown>, meetingTypes: MeetingType[], severity: "hard" | "soft" = "hard"): Rule {
  const input: RuleInput = {
    id,
    kind: "cadence",
    check,
    scope: { meetingTypes },
    severity,
    params,
    citation: { jurisdiction: "测试", article: id, text: "测试条文" },
    summary: { zh: id, en: id },
  };
  return Rule.parse(input);
}

describe("findProfileConflicts", () => {
  const contradictory = {
    id: "矛盾",
    rules: [
      rule("a.monday", "calendar.preferred-weekday", { weekdays: [1, 2] }, ["executive"], "soft"),
      rule("b.no-monday", "calendar.no-weekday", { weekdays: [1] }, ["executive", "plenary"]),
      rule("c.biweekly", "cadence.every-n-weeks", { weeks: 2 }, ["executive"]),
      rule("d.weekly", "cadence.every-n-weeks", { weeks: 1 }, ["executive"]),
      rule("e.monthly", "cadence.per-month", { min: 3, max: 4 }, ["plenary"]),
      rule("f.yearly", "cadence.per-year", { min: 1, max: 2 }, ["plenary"]),
      rule("g.other-scope", "cadence.every-n-weeks", { weeks: 3 }, ["topic"]),
    ],
  };

  it("finds each kind of contradiction, only where scopes overlap", () => {
    const found = findProfileConflicts(contradictory).map((c) => [c.kind, c.a.id, c.b.id, c.severity, c.sharedMeetingTypes]);
    expect(found).toEqual([
      ["weekday", "a.monday", "b.no-monday", "soft", ["executive"]],
      ["cadence-weeks", "c.biweekly", "d.weekly", "hard", ["executive"]],
      ["cadence-count", "e.monthly", "f.yearly", "hard", ["plenary"]],
    ]);
  });

  it("explains a count contradiction in both languages", () => {
    const clash = findProfileConflicts(contradictory).find((c) => c.kind === "cadence-count")!;
    expect(clash.message.en).toBe("per month: e.monthly needs at least 3, f.yearly allows at most 2");
    expect(clash.message.zh).toContain("每月");
  });

  it("a weekly cadence cannot fit at most one meeting a month", () => {
    const rules = [rule("w", "cadence.every-n-weeks", { weeks: 1 }, ["executive"]), rule("m", "cadence.per-month", { min: 0, max: 1 }, ["executive"])];
    expect(findProfileConflicts({ id: "x", rules }).map((c) => c.kind)).toEqual(["cadence-count"]);
    const fits = [rule("w", "cadence.every-n-weeks", { weeks: 2 }, ["executive"]), rule("m", "cadence.per-month", { min: 1, max: 2 }, ["executive"])];
    expect(findProfileConflicts({ id: "x", rules: fits })).toEqual([]);
  });

  it("ignores disabled rules", () => {
    const rules = contradictory.rules.map((r) => (r.id === "d.weekly" ? { ...r, enabled: false, disabledReason: "test" } : r));
    expect(findProfileConflicts({ id: "x", rules }).map((c) => c.kind)).not.toContain("cadence-weeks");
  });

  it("西城区's Monday meetings and the inherited no-Monday rule: an overlap, not a conflict", () => {
    const xicheng = getProfile("西城区");
    expect(findProfileConflicts(xicheng)).toEqual([]);
    const overlaps = findRuleOverlaps({ profile: xicheng.id, rules: xicheng.rules });
    expect(overlaps.map((o) => [o.a.id, o.b.id, o.conflict, o.message.en.split("; ")[1]])).toEqual([
      ["executive.monday", "conference.no-monday", false, "no conflict: scopes differ"],
      ["mayor-office.monday", "conference.no-monday", false, "no conflict: scopes differ"],
    ]);
  });
});
