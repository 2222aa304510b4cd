import { describe, expect, it } from "vitest";
import { YishiError } from "@yishi/domain";
import { findRules } from "./find-rules.js";
import { getProfile, listProfiles, resolveProfileId } from "./get-profile.js";

describe("getProfile and inheritance", () => {
  it("accepts Chinese ids and ASCII aliases", () => {
    expect(resolveProfileId("xicheng")).toBe("西城区");
    expect(resolveProfileId("Fangshan")).toBe("房山区");
    expect(getProfile("zhongshan").id).toBe("钟山区");
  });

  it("rejects an unknown id with PROFILE_UNKNOWN listing the known ones", () => {
    expect.assertions(3);
    try {
      getProfile("haidian");
    } catch (error) {
      expect(error).toBeInstanceOf(YishiError);
      expect((error as YishiError).code).toBe("PROFILE_UNKNOWN");
      expect((error as YishiError).message).toContain("西城区 (xicheng)");
    }
  });

  it("西城区 inherits 北京市's no-Monday rule with its conference scope", () => {
    const xicheng = getProfile("西城区");
    const noMonday = xicheng.rules.find((r) => r.id === "conference.no-monday")!;
    expect(noMonday).toMatchObject({ inheritedFrom: "北京市", scope: { meetingTypes: ["conference"] } });
    expect(noMonday.citation).toMatchObject({ jurisdiction: "北京市", article: "三十九" });
    expect(findRules(xicheng, "calendar.no-weekday", { meetingType: "executive" })).toEqual([]);
    expect(findRules(xicheng, "calendar.no-weekday", { meetingType: "conference" })).toHaveLength(1);
    expect(findRules(xicheng, "calendar.preferred-weekday", { meetingType: "executive" })[0]?.params.weekdays).toEqual([1]);
  });

  it("a district's own rule replaces the city's rule of the same id, and says so", () => {
    const fangshan = getProfile("房山区");
    const cadence = fangshan.rules.filter((r) => r.id === "executive.cadence");
    expect(cadence).toHaveLength(1);
    expect(cadence[0]).toMatchObject({ check: "cadence.every-n-weeks", citation: { jurisdiction: "房山区", article: "第四十一条" } });
    expect(cadence[0]?.inheritedFrom).toBeUndefined();
    expect(fangshan.notes.some((n) => n.includes("房山区 第四十一条 replaces the inherited 北京市 三十四"))).toBe(true);
    // The city's leave rule is replaced by 第四十六条; 西城区 keeps it beside its own annex rule.
    expect(fangshan.rules.find((r) => r.id === "attendance.leave")?.citation.jurisdiction).toBe("房山区");
    expect(getProfile("西城区").rules.find((r) => r.id === "attendance.leave")?.inheritedFrom).toBe("北京市");
  });

  it("the default profile is 钟山区 plus a no-Monday rule on every 钟山区 meeting type", () => {
    const profile = getProfile("default");
    const zhongshan = getProfile("钟山区");
    expect(profile.extends).toBe("钟山区");
    expect(profile.rules.filter((r) => r.inheritedFrom === "钟山区").map((r) => r.id)).toEqual(zhongshan.rules.map((r) => r.id));
    const [noMonday, ...more] = findRules(profile, "calendar.no-weekday", { meetingType: "executive" });
    expect(more).toEqual([]);
    expect(noMonday?.params).toMatchObject({ weekdays: [1], exceptConsecutiveDays: true });
    // The widening is the profile's, and its message says so.
    expect(noMonday?.params.keeps?.en).toContain("which this profile applies to every meeting type");
    expect(noMonday?.rule.citation).toMatchObject({ jurisdiction: "北京市", article: "三十九" });
    expect(noMonday?.rule.scope.meetingTypes).toEqual(zhongshan.meetingTypes);
    expect(findRules(profile, "cadence.every-n-weeks", { meetingType: "executive" })[0]?.params.weeks).toBe(2);
    expect(findRules(profile, "agenda.max-items", { meetingType: "executive" })[0]?.params.max).toBe(15);
  });

  it("returns a fresh copy each time", () => {
    const a = getProfile("钟山区");
    a.rules.length = 0;
    expect(getProfile("钟山区").rules.length).toBeGreaterThan(0);
  });

  it("lists every profile with its rule counts", () => {
    const list = listProfiles();
    expect(list.map((p) => p.id)).toEqual(["default", "钟山区", "依安县", "常州市", "江干区", "北京市", "西城区", "房山区"]);
    const xicheng = list.find((p) => p.id === "西城区")!;
    expect(xicheng).toMatchObject({ extends: "北京市", alias: "xicheng", jurisdiction: "西城区" });
    expect(xicheng.ruleCount).toBe(getProfile("西城区").rules.length);
    expect(xicheng.ruleCount).toBeGreaterThan(xicheng.ownRuleCount);
  });
});
