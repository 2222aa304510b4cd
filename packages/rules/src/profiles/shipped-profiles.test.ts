import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MeetingType, RuleProfile } from "@yishi/domain";
import { RULE_PARAMS, isRuleCheckId } from "../rule-params.js";
import { findProfileConflicts } from "../find-profile-conflicts.js";
import { getProfile, listProfiles } from "../get-profile.js";
import { PROFILE_ALIASES, SHIPPED_PROFILES } from "./shipped-profiles.js";

/** The seed texts every citation quotes; override with YISHI_SEEDS_DIR. */
const SEEDS = process.env["YISHI_SEEDS_DIR"] ?? "/work/shared/seeds";
const normalise = (s: string) => s.replace(/\s+/gu, "");
const seedCache = new Map<string, string>();
function seed(file: string): string {
  if (!seedCache.has(file)) seedCache.set(file, normalise(readFileSync(join(SEEDS, file), "utf8")));
  return seedCache.get(file)!;
}

const JURISDICTIONS = ["钟山区", "依安县", "常州市", "江干区", "北京市", "西城区", "房山区"];

describe("shipped profiles", () => {
  it("ship one profile per jurisdiction plus the default, each with an ASCII alias", () => {
    expect(SHIPPED_PROFILES.map((p) => p.id)).toEqual(["default", ...JURISDICTIONS]);
    expect(Object.values(PROFILE_ALIASES).sort()).toEqual([...JURISDICTIONS].sort());
  });

  it.each(SHIPPED_PROFILES.map((p) => [p.id]))("%s validates, declared and resolved, with unique rule ids", (id) => {
    const declared = SHIPPED_PROFILES.find((p) => p.id === id)!;
    expect(RuleProfile.safeParse(declared).success).toBe(true);
    const profile = getProfile(id);
    expect(RuleProfile.parse(profile)).toEqual(profile);
    const ids = profile.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(SHIPPED_PROFILES.map((p) => [p.id]))("every rule of %s has a known check whose params parse", (id) => {
    for (const rule of getProfile(id).rules) {
      expect(isRuleCheckId(rule.check), `${id} ${rule.id}: ${rule.check}`).toBe(true);
      const parsed = RULE_PARAMS[rule.check as keyof typeof RULE_PARAMS].safeParse(rule.params);
      expect(parsed.success, `${id} ${rule.id}: ${JSON.stringify(rule.params)}`).toBe(true);
    }
  });

  it("the seed texts are where the citations say", () => {
    expect(existsSync(SEEDS), `seed directory ${SEEDS} (set YISHI_SEEDS_DIR)`).toBe(true);
  });

  it.each(SHIPPED_PROFILES.map((p) => [p.id]))("every citation of %s is quoted verbatim from the seed it names", (id) => {
    for (const rule of getProfile(id).rules) {
      const { source, text, jurisdiction } = rule.citation;
      if (source === undefined) {
        // Only the working-day rule has no seed article, and it says so.
        expect(rule.check, `${id} ${rule.id} has no source`).toBe("calendar.working-day");
        expect(jurisdiction).toBe("国务院办公厅");
        expect(text).toContain("非条文原文");
        continue;
      }
      expect(seed(source).includes(normalise(text)), `${id} ${rule.id} (${jurisdiction} ${rule.citation.article}): ${text}`).toBe(true);
    }
  });

  it.each(SHIPPED_PROFILES.map((p) => [p.id]))("%s keeps every meeting type on working days", (id) => {
    const profile = getProfile(id);
    const covered = profile.rules.filter((r) => r.check === "calendar.working-day" && r.enabled && r.severity === "hard").flatMap((r) => r.scope.meetingTypes);
    for (const type of profile.meetingTypes) expect(covered, `${id}: ${type}`).toContain(type);
  });

  it.each(SHIPPED_PROFILES.map((p) => [p.id]))("%s has no internal conflict", (id) => {
    expect(findProfileConflicts(getProfile(id))).toEqual([]);
  });

  it("every rule scope names real meeting types, and every profile's rules stay inside them or are inherited", () => {
    for (const { id } of listProfiles()) {
      const profile = getProfile(id);
      for (const rule of profile.rules) {
        for (const t of rule.scope.meetingTypes) expect(MeetingType.options).toContain(t);
        if (rule.inheritedFrom === undefined) for (const t of rule.scope.meetingTypes) expect(profile.meetingTypes, `${id} ${rule.id}`).toContain(t);
      }
    }
  });

  it("encodes the catalog's cadences with the articles' numbers", () => {
    const cadence = (id: string, rule: string) => getProfile(id).rules.find((r) => r.id === rule);
    for (const id of ["钟山区", "依安县", "西城区", "房山区"]) expect(cadence(id, "executive.cadence")).toMatchObject({ check: "cadence.every-n-weeks", params: { weeks: 2 } });
    expect(cadence("钟山区", "executive.cadence")?.citation.article).toBe("第四十条");
    expect(cadence("依安县", "executive.cadence")?.citation.article).toBe("第四十六条");
    expect(cadence("西城区", "executive.cadence")?.citation.article).toBe("二十八");
    expect(cadence("房山区", "executive.cadence")?.citation.article).toBe("第四十一条");
    expect(cadence("北京市", "executive.cadence")).toMatchObject({ check: "cadence.per-month", params: { min: 1, max: 2 } });
    expect(cadence("北京市", "mayor-office.cadence")).toMatchObject({ check: "cadence.per-month", params: { min: 2, max: 3 } });
    expect(cadence("北京市", "plenary.cadence")).toMatchObject({ check: "cadence.per-year", params: { min: 1, max: 2 } });
    expect(cadence("常州市", "executive.cadence")).toMatchObject({ check: "cadence.month-position", params: { position: "end" } });
    expect(cadence("常州市", "mayor-office.cadence")).toMatchObject({ check: "cadence.month-position", params: { position: "start" } });
    expect(cadence("房山区", "plenary.cadence")).toMatchObject({ check: "cadence.per-year", params: { min: 1, max: 1 } });
    expect(cadence("江干区", "plenary.cadence")).toMatchObject({ check: "cadence.per-year", params: { min: 1 } });
    expect(cadence("江干区", "plenary.cadence")?.params).not.toHaveProperty("max");
    for (const id of ["依安县", "常州市", "西城区"]) expect(cadence(id, "plenary.cadence")?.check).toBe("cadence.per-half-year");
  });

  it("allows extra sessions exactly where a cadence article says so, quoting the article's words", () => {
    const found: string[] = [];
    for (const { id } of listProfiles()) {
      const profile = getProfile(id);
      for (const rule of profile.rules) {
        const extra = rule.params["extraSessions"] as { article: string; text: string } | undefined;
        if (extra === undefined || rule.inheritedFrom !== undefined) continue;
        // The words stand in the cited article itself, or in another rule of the profile citing the article named.
        const quoted = profile.rules.filter((r) => r.citation.article === extra.article && r.citation.jurisdiction === rule.citation.jurisdiction).map((r) => normalise(r.citation.text));
        expect(quoted.some((t) => t.includes(normalise(extra.text))), `${id} ${rule.id}: ${extra.article} ${extra.text}`).toBe(true);
        found.push(`${id} ${rule.id} ${extra.article}`);
      }
    }
    // 北京市 三十三–三十五, 江干区 第三十四条, 西城区 二十七, 常州市 四十一 and 四十六 have no such words.
    expect(found.sort()).toEqual(
      [
        "钟山区 executive.cadence 第四十条",
        "依安县 plenary.cadence 第四十五条",
        "依安县 executive.cadence 第四十六条",
        "常州市 executive.cadence 四十二",
        "常州市 mayor-office.cadence 四十三",
        "西城区 executive.cadence 附件1 二.1",
        "西城区 mayor-office.cadence 附件2 二.1",
        "房山区 plenary.cadence 第四十条",
        "房山区 executive.cadence 第四十一条",
        "房山区 topic.cadence 第四十二条",
      ].sort(),
    );
  });

  it("reads the articles the issue singles out", () => {
    const rule = (id: string, ruleId: string) => getProfile(id).rules.find((r) => r.id === ruleId)!;
    expect(rule("钟山区", "executive.quorum")).toMatchObject({ severity: "hard", params: { fraction: 0.5, strict: true } });
    expect(rule("钟山区", "executive.quorum").citation.text).toContain("过半数到会方可召开");
    expect(rule("钟山区", "executive.max-items")).toMatchObject({ severity: "hard", params: { max: 15, approvalOverrides: true } });
    expect(rule("北京市", "conference.no-monday")).toMatchObject({ scope: { meetingTypes: ["conference"] }, params: { weekdays: [1], exceptConsecutiveDays: true } });
    expect(rule("西城区", "executive.monday")).toMatchObject({ severity: "soft", check: "calendar.preferred-weekday", params: { weekdays: [1] } });
    expect(rule("西城区", "executive.room")).toMatchObject({ severity: "soft", check: "calendar.fixed-room" });
    expect(rule("西城区", "petition-reception")).toMatchObject({ check: "recurring.weekly-rota", params: { weekday: 3, start: "09:00", end: "12:00" } });
    expect(rule("房山区", "agenda.sponsor-attends").citation).toMatchObject({ article: "第四十四条(五)(6)" });
    expect(rule("房山区", "agenda.sponsor-attends").citation.text).toContain("议题提请单位主要领导不能出席会议");
    for (const id of ["duty.leader-on-duty", "duty.available", "duty.daily-coverage"]) expect(rule("房山区", id)).toMatchObject({ severity: "hard", scope: { duties: ["*"] } });
    expect(rule("钟山区", "duty.daily-coverage").citation.article).toBe("第五十七条");
    expect(rule("房山区", "item-filing")).toMatchObject({ params: { lead: 5, unit: "working-days" } });
    expect(rule("依安县", "study.lectures")).toMatchObject({ check: "recurring.per-quarter", params: { min: 1 } });
    expect(rule("常州市", "duration.overall").params).toEqual({ minutes: 120 });
    expect(rule("常州市", "duration.other").params).toEqual({ minutes: 90 });
  });
});
