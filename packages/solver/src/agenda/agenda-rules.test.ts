import { describe, expect, it } from "vitest";
import { RuleProfile, type CapApproval } from "@yishi/domain";
import { approvalFor, meetingCapacity, mustGoToExecutive, readAgendaRules } from "./agenda-rules.js";
import { meeting, profileWith, rule } from "./test-agenda-fixtures.js";

const onlyRules = (...rules: ReturnType<typeof rule>[]) => RuleProfile.parse({ id: "t", name: { zh: "测试", en: "test" }, jurisdiction: "测试区", rules });

describe("mustGoToExecutive", () => {
  // 钟山区 第四十条(五)(六): investment projects, and funds of 200万元以上 (以上 includes the number).
  const atLeast = onlyRules(rule("exec-only", "agenda.executive-only", ["executive"], { categories: ["investment-project"], amountYuanAtLeast: 2_000_000 }));

  it("routes the listed categories whatever the amount", () => {
    expect(mustGoToExecutive(atLeast, { category: "investment-project" })?.id).toBe("exec-only");
    expect(mustGoToExecutive(atLeast, { category: "investment-project", amountYuan: 1 })?.id).toBe("exec-only");
    expect(mustGoToExecutive(atLeast, { category: "other" })).toBeUndefined();
  });

  it("routes amounts at or above amountYuanAtLeast, but strictly above amountYuanOver", () => {
    expect(mustGoToExecutive(atLeast, { category: "large-fund", amountYuan: 2_000_000 })?.id).toBe("exec-only");
    expect(mustGoToExecutive(atLeast, { category: "large-fund", amountYuan: 1_999_999 })).toBeUndefined();
    expect(mustGoToExecutive(atLeast, { category: "large-fund", amountYuan: undefined })).toBeUndefined();
    const over = onlyRules(rule("over", "agenda.executive-only", ["executive"], { amountYuanOver: 2_000_000 }));
    expect(mustGoToExecutive(over, { category: "large-fund", amountYuan: 2_000_000 })).toBeUndefined();
    expect(mustGoToExecutive(over, { category: "large-fund", amountYuan: 2_000_001 })?.id).toBe("over");
  });

  it("ignores a disabled rule", () => {
    const off = onlyRules({ ...rule("exec-only", "agenda.executive-only", ["executive"], { categories: ["investment-project"] }), enabled: false });
    expect(mustGoToExecutive(off, { category: "investment-project" })).toBeUndefined();
  });
});

describe("meetingCapacity", () => {
  const zhangOnly = (p: string) => p === "zhang";
  const m = meeting(1, "2026-02-10"); // 09:00–12:00: 180 minutes

  it("takes the meeting's length, cut to the smallest duration.max-minutes, and the smallest cap", () => {
    const profile = profileWith(
      rule("len150", "duration.max-minutes", ["executive"], { minutes: 150 }),
      rule("len200", "duration.max-minutes", ["executive"], { minutes: 200 }),
      rule("cap12", "agenda.max-items", ["executive"], { max: 12, approvalOverrides: true }),
    );
    expect(meetingCapacity(readAgendaRules(profile, "executive"), m, [], zhangOnly)).toEqual({ maxItems: 12, maxMinutes: 150 });
    // A limit longer than the meeting does not lengthen it.
    const long = profileWith(rule("len200", "duration.max-minutes", ["executive"], { minutes: 200 }));
    expect(meetingCapacity(readAgendaRules(long, "executive"), m, [], zhangOnly)).toEqual({ maxItems: 15, maxMinutes: 180 });
  });

  it("raises the cap (钟山区 第四十五条) only for an approval by someone who may give it, and never lowers it", () => {
    const rules = readAgendaRules(profileWith(), "executive"); // cap 15, approval overrides
    const approval: CapApproval = { meeting: m.id, maxItems: 20, approvedBy: "zhang" };
    expect(meetingCapacity(rules, m, [approval], zhangOnly)).toEqual({ maxItems: 20, maxMinutes: 180, approval });
    expect(meetingCapacity(rules, m, [{ ...approval, approvedBy: "wang" }], zhangOnly)).toEqual({ maxItems: 15, maxMinutes: 180 });
    expect(meetingCapacity(rules, m, [{ ...approval, meeting: "exec#2" }], zhangOnly)).toEqual({ maxItems: 15, maxMinutes: 180 });
    const low: CapApproval = { ...approval, maxItems: 10 };
    expect(meetingCapacity(rules, m, [low], zhangOnly).maxItems).toBe(15);
  });

  it("ignores approvals when the cap rule says they do not override, and has no cap without a rule", () => {
    const strict = onlyRules(rule("cap", "agenda.max-items", ["executive"], { max: 15, approvalOverrides: false }));
    const approval: CapApproval = { meeting: m.id, maxItems: 20, approvedBy: "zhang" };
    expect(meetingCapacity(readAgendaRules(strict, "executive"), m, [approval], zhangOnly)).toEqual({ maxItems: 15, maxMinutes: 180 });
    // The test profile's cap covers executive meetings only.
    const mo = meeting(1, "2026-02-10", { type: "mayor-office" });
    expect(meetingCapacity(readAgendaRules(profileWith(), "mayor-office"), mo, [], zhangOnly).maxItems).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe("approvalFor", () => {
  it("matches by meeting id, or by date and (if given) series, and picks the largest", () => {
    const m = meeting(1, "2026-02-10");
    const any = () => true;
    const byDate: CapApproval = { date: "2026-02-10", maxItems: 18, approvedBy: "zhang" };
    const bySeries: CapApproval = { date: "2026-02-10", series: "exec", maxItems: 19, approvedBy: "zhang" };
    const otherSeries: CapApproval = { date: "2026-02-10", series: "mo", maxItems: 30, approvedBy: "zhang" };
    const otherDay: CapApproval = { date: "2026-02-11", maxItems: 40, approvedBy: "zhang" };
    expect(approvalFor([byDate, otherSeries, otherDay], m, any)).toEqual(byDate);
    expect(approvalFor([byDate, bySeries, otherSeries, otherDay], m, any)).toEqual(bySeries);
    expect(approvalFor([otherSeries, otherDay], m, any)).toBeUndefined();
    // A meeting id wins over a date that would match: the approval names another meeting.
    expect(approvalFor([{ meeting: "exec#9", date: "2026-02-10", maxItems: 25, approvedBy: "zhang" }], m, any)).toBeUndefined();
  });
});
