import { describe, expect, it } from "vitest";
import type { RuleInput } from "@yishi/domain";
import { findRules } from "./find-rules.js";
import { resolveProfile } from "./resolve-profile.js";
import { errorOf as caught } from "./test-error-of.js";

const extraRule: RuleInput = {
  id: "executive.short",
  kind: "duration",
  check: "duration.max-minutes",
  scope: { meetingTypes: ["executive"] },
  severity: "soft",
  params: { minutes: 120 },
  citation: { jurisdiction: "钟山区", article: "本单位约定", text: "常务会议一般不超过两小时" },
  summary: { zh: "常务会议不超过2小时", en: "Executive meetings last at most 2 hours" },
};

describe("resolveProfile", () => {
  it("takes a bare id or alias", () => {
    expect(resolveProfile("xicheng").id).toBe("西城区");
    expect(resolveProfile({ base: "default" }).rules.length).toBe(resolveProfile("default").rules.length);
  });

  it("changes a parameter and notes the reason", () => {
    const profile = resolveProfile({ base: "default", overrides: [{ rule: "executive.max-items", params: { max: 12 }, reason: "会议室只够12项" }] });
    expect(findRules(profile, "agenda.max-items", { meetingType: "executive" })[0]?.params).toEqual({ max: 12, approvalOverrides: true });
    expect(profile.notes.at(-1)).toContain("会议室只够12项");
  });

  it("rejects a bad parameter, naming the override and the field", () => {
    const error = caught(() => resolveProfile({ base: "default", overrides: [{ rule: "executive.cadence", params: {} }, { rule: "executive.max-items", params: { max: "fifteen" } }] }));
    expect(error.code).toBe("PROFILE_INVALID");
    expect(error.message).toContain("profile.overrides[1].params.max");
    expect(error.issues[0]?.path).toEqual(["profile", "overrides", 1, "params", "max"]);
    const unknownKey = caught(() => resolveProfile({ base: "default", overrides: [{ rule: "executive.max-items", params: { maximum: 12 } }] }));
    expect(unknownKey.message).toContain("profile.overrides[0].params.maximum");
  });

  it("turns a rule off and keeps the reason", () => {
    const profile = resolveProfile({ base: "default", overrides: [{ rule: "no-monday", enabled: false, reason: "本区周一可开会" }] });
    const rule = profile.rules.find((r) => r.id === "no-monday")!;
    expect(rule).toMatchObject({ enabled: false, disabledReason: "本区周一可开会" });
    expect(findRules(profile, "calendar.no-weekday", { meetingType: "executive" })).toEqual([]);
  });

  it("refuses to turn a rule off without a reason", () => {
    const error = caught(() => resolveProfile({ base: "default", overrides: [{ rule: "no-monday", enabled: false }] }));
    expect(error.code).toBe("PROFILE_INVALID");
    expect(error.issues[0]?.path).toEqual(["profile", "overrides", 0, "reason"]);
    expect(error.issues[0]?.message).toContain("reason");
    expect(error.message).toBe("invalid profile selection at profile.overrides[0].reason: turning a rule off needs a `reason`");
  });

  it("lists similar ids for an unknown rule", () => {
    const error = caught(() => resolveProfile({ base: "default", overrides: [{ rule: "executive.max-item", params: { max: 10 } }] }));
    expect(error.code).toBe("PROFILE_INVALID");
    expect(error.message).toContain("similar ids: executive.max-items");
    expect(error.path).toEqual(["profile", "overrides", 0, "rule"]);
  });

  it("adds a rule of a known check", () => {
    const profile = resolveProfile({ base: "钟山区", rules: [extraRule] });
    expect(findRules(profile, "duration.max-minutes", { meetingType: "executive" }).map((r) => r.params.minutes)).toEqual([120]);
  });

  it("rejects an added rule of an unknown check, or with bad params", () => {
    const unknown = caught(() => resolveProfile({ base: "钟山区", rules: [{ ...extraRule, check: "duration.max-hours" }] }));
    expect(unknown.code).toBe("PROFILE_INVALID");
    expect(unknown.message).toContain('unknown check "duration.max-hours"');
    expect(unknown.path).toEqual(["profile", "rules", 0, "check"]);
    const bad = caught(() => resolveProfile({ base: "钟山区", rules: [{ ...extraRule, params: { minutes: 0 } }] }));
    expect(bad.message).toContain("profile.rules[0].params.minutes");
    const clash = caught(() => resolveProfile({ base: "钟山区", rules: [{ ...extraRule, id: "executive.cadence" }] }));
    expect(clash.message).toContain("already exists");
  });

  it("rejects an unknown base with PROFILE_UNKNOWN", () => {
    expect(caught(() => resolveProfile({ base: "朝阳区" })).code).toBe("PROFILE_UNKNOWN");
  });

  it("changes a scope and a severity", () => {
    const profile = resolveProfile({ base: "北京市", overrides: [{ rule: "conference.no-monday", scope: { meetingTypes: ["conference", "executive"] }, severity: "soft", reason: "区里也照此执行" }] });
    expect(findRules(profile, "calendar.no-weekday", { meetingType: "executive" })[0]?.rule.severity).toBe("soft");
  });

  it("refuses an override that makes the profile contradict itself", () => {
    const overrides = [{ rule: "executive.cadence", params: { weeks: 1 } }];
    const extra = { ...extraRule, id: "executive.monthly", kind: "cadence" as const, check: "cadence.per-month", severity: "hard" as const, params: { min: 1, max: 2 } };
    const error = caught(() => resolveProfile({ base: "钟山区", overrides, rules: [extra] }));
    expect(error.code).toBe("PROFILE_CONFLICT");
    expect(error.issues[0]?.message).toContain("executive.cadence");
    expect(resolveProfile({ base: "钟山区", overrides, rules: [extra] }, { allowConflicts: true }).id).toBe("钟山区");
  });
});
