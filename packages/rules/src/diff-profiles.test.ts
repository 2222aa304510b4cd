import { describe, expect, it } from "vitest";
import { diffProfiles } from "./diff-profiles.js";
import { getProfile } from "./get-profile.js";

describe("diffProfiles", () => {
  const diff = diffProfiles("西城区", "钟山区");
  const byCheck = (check: string, type: string) => diff.rules.filter((r) => r.check === check && (r.a ?? r.b)!.meetingTypes.includes(type as never));

  it("agrees on the biweekly executive meeting, citing both documents", () => {
    const [cadence] = byCheck("cadence.every-n-weeks", "executive");
    expect(cadence?.status).toBe("same");
    expect(cadence?.a?.citation).toMatchObject({ jurisdiction: "西城区", article: "二十八" });
    expect(cadence?.b?.citation).toMatchObject({ jurisdiction: "钟山区", article: "第四十条" });
  });

  it("counts whether an article allows extra sessions as a difference, not which article it is", () => {
    // 依安县 第四十五条 “必要时由县长决定随时召开”; 西城区 二十七 “一般每半年召开一次” has no such words.
    const plenary = diffProfiles("依安县", "西城区").rules.find((r) => r.check === "cadence.per-half-year")!;
    expect(plenary).toMatchObject({ status: "different", differences: ["params"] });
  });

  it("shows what only one side has", () => {
    expect(byCheck("calendar.preferred-weekday", "executive")[0]).toMatchObject({ status: "only-a", a: { id: "executive.monday" } });
    expect(byCheck("agenda.max-items", "executive")[0]).toMatchObject({ status: "only-b", b: { id: "executive.max-items" } });
    expect(byCheck("quorum.majority", "executive")[0]?.status).toBe("only-b");
  });

  it("shows differing parameters with both citations", () => {
    const filing = diffProfiles("西城区", "房山区").rules.find((r) => r.check === "deadline.item-filing")!;
    expect(filing).toMatchObject({ status: "different", differences: ["params", "scope"] });
    expect(filing.a).toMatchObject({ params: { lead: 7, unit: "calendar-days" }, citation: { article: "附件1 二.4" } });
    expect(filing.b).toMatchObject({ params: { lead: 5, unit: "working-days" }, citation: { article: "第五十九条" } });
    const quorum = diffProfiles("依安县", "钟山区").rules.find((r) => r.check === "quorum.majority")!;
    expect(quorum).toMatchObject({ status: "different", differences: ["params"], a: { params: { strict: false } }, b: { params: { strict: true } } });
    expect(diff.rules.find((r) => r.check === "calendar.working-day")?.status).toBe("same");
  });

  it("never pairs unrelated citation-only rules", () => {
    for (const r of diff.rules.filter((x) => x.check === "info.not-plan-checkable" && x.a && x.b)) expect(r.a?.id).toBe(r.b?.id);
  });

  it("counts every rule of both profiles exactly once", () => {
    const a = diff.rules.filter((r) => r.a).length;
    const b = diff.rules.filter((r) => r.b).length;
    expect(a).toBe(getProfile("西城区").rules.length);
    expect(b).toBe(getProfile("钟山区").rules.length);
    expect(diff.counts.same + diff.counts.different + diff.counts.onlyA).toBe(a);
  });

  it("reports the Monday overlap as no conflict because the scopes differ", () => {
    expect(diff.overlaps.map((o) => [o.a.id, o.b.id, o.conflict])).toEqual([
      ["executive.monday", "conference.no-monday", false],
      ["mayor-office.monday", "conference.no-monday", false],
    ]);
    expect(diff.overlaps[0]?.message.en).toContain("no conflict: scopes differ");
  });

  it("shows a real conflict between 西城区's Monday meetings and the default profile's no-Monday rule", () => {
    const withDefault = diffProfiles("西城区", "default");
    const clash = withDefault.overlaps.filter((o) => o.conflict);
    expect(clash.map((o) => [o.a.profile, o.a.id, o.b.profile, o.b.id, o.sharedMeetingTypes])).toEqual([
      ["西城区", "executive.monday", "default", "no-monday", ["executive"]],
      ["西城区", "mayor-office.monday", "default", "no-monday", ["mayor-office"]],
    ]);
  });

  it("the documents disagree on the executive cadence: 北京市 per month vs 西城区 every two weeks", () => {
    const cityVsDistrict = diffProfiles("北京市", "西城区");
    const executive = cityVsDistrict.rules.filter((r) => r.check.startsWith("cadence.") && (r.a ?? r.b)!.meetingTypes.includes("executive"));
    expect(executive.map((r) => [r.status, r.check])).toEqual([
      ["only-b", "cadence.every-n-weeks"],
      ["only-a", "cadence.per-month"],
    ]);
    expect(cityVsDistrict.rules.find((r) => r.check === "calendar.no-weekday")?.status).toBe("same");
  });

  it("is deterministic", () => {
    expect(JSON.stringify(diffProfiles("西城区", "钟山区"))).toBe(JSON.stringify(diff));
  });
});
