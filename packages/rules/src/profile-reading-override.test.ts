import { describe, expect, it } from "vitest";
import { check } from "./check.js";
import { resolveProfile } from "./resolve-profile.js";
import { errorOf } from "./test-error-of.js";
import { makeMeetings, makePlan, makeSpec } from "./checks/test-helpers.js";

const march = { from: "2026-03-01", to: "2026-03-31" };
const spec = makeSpec({ duty: {} });
const cadenceOf = (profile: ReturnType<typeof resolveProfile>, dates: string[]) => check(spec, makePlan(march, { meetings: makeMeetings(dates) }), profile).filter((v) => v.rule === "executive.cadence");

/**
 * 钟山区 第四十条 “原则上每2周召开1次” and 常州市 四十二 “原則上每月底召開一次” give no number of
 * days: the shipped profiles read them as ±4 days and 5 working days, and a
 * spec that reads them otherwise says so in `profile.overrides`.
 */
describe("a spec overrides the profile's readings", () => {
  it("the shipped reading of 每2周: 17 days apart keeps it", () => {
    expect(cadenceOf(resolveProfile("钟山区"), ["2026-03-03", "2026-03-20"])).toEqual([]);
  });

  it("toleranceDays 2 in the spec: 17 days apart breaks it, and the message gives the spec's bounds as the reading", () => {
    const profile = resolveProfile({ base: "钟山区", overrides: [{ rule: "executive.cadence", params: { toleranceDays: 2 }, reason: "本区按前后2天掌握" }] });
    const [v, ...rest] = cadenceOf(profile, ["2026-03-03", "2026-03-20"]);
    expect(rest).toEqual([]);
    expect(v!.message.en).toContain("allows 12 to 16 days; 12 to 16 days is the profile's reading");
    expect(profile.notes.some((n) => n.includes("executive.cadence") && n.includes("toleranceDays"))).toBe(true);
  });

  it("withinWorkingDays for 月底: 3 in the spec moves a meeting on the 5th working day from the end out", () => {
    // March 2026's last working days: 25 (Wed), 26, 27, 30, 31. A meeting on the 25th.
    const plan = makePlan(march, { meetings: makeMeetings(["2026-03-25"]) });
    const shipped = check(spec, plan, resolveProfile("常州市")).filter((v) => v.rule === "executive.cadence");
    expect(shipped).toEqual([]);
    const three = resolveProfile({ base: "常州市", overrides: [{ rule: "executive.cadence", params: { withinWorkingDays: 3 } }] });
    const [v] = check(spec, plan, three).filter((x) => x.rule === "executive.cadence");
    expect(v!.message.zh).toContain("以3个工作日为月末是本规则配置的理解");
  });

  it("a misspelt parameter name is refused, naming the field and the check", () => {
    const error = errorOf(() => resolveProfile({ base: "钟山区", overrides: [{ rule: "executive.cadence", params: { tolerance: 2 } }] }));
    expect(error.code).toBe("PROFILE_INVALID");
    expect(error.issues[0]).toMatchObject({ path: ["profile", "overrides", 0, "params", "tolerance"], message: "unknown parameter of cadence.every-n-weeks" });
    const negative = errorOf(() => resolveProfile({ base: "钟山区", overrides: [{ rule: "executive.cadence", params: { toleranceDays: -1 } }] }));
    expect(negative.issues[0]?.path).toEqual(["profile", "overrides", 0, "params", "toleranceDays"]);
  });
});
