import { describe, expect, it } from "vitest";
import type { Rule } from "@yishi/domain";
import { check } from "../check.js";
import { getProfile } from "../get-profile.js";
import { fullRoster, makePlan, makeProfile, makeRule, makeSpec } from "./test-helpers.js";

const YIAN_ORG = { id: "zs", name: "依安县人民政府", jurisdiction: "依安县" };
const year = { from: "2026-01-01", to: "2026-12-31" };
const hardOf = (vs: ReturnType<typeof check>) => vs.filter((v) => v.severity === "hard");

describe("spec.duty-staffing: an empty duty seat is never silent", () => {
  // The issue: under 依安县 (no duty article at all) a year plan left two days
  // without a leader on duty, printed "硬性 0 条" and exited 0.
  // No meeting series: the plan holds only the roster, so only duty findings remain.
  const spec = makeSpec({ organization: YIAN_ORG, series: [] });
  const roster = fullRoster(spec, year.from, year.to);
  const gaps = ["2026-05-01", "2026-06-10"];
  const holed = roster.filter((a) => !(a.post === "leader" && gaps.includes(a.date)));

  it("under 依安县 (no coverage article): one hard violation per empty seat, citing the spec's staffing and saying so", () => {
    // (依安县 第七十二条 also asks for a study lecture each quarter, which this roster-only plan lacks.)
    const hard = hardOf(check(spec, makePlan(year, { roster: holed }), getProfile("依安县"))).filter((v) => v.subjects.duties.length > 0);
    expect(hard.map((v) => [v.rule, v.subjects.dates[0], v.subjects.duties[0]])).toEqual([
      ["spec.duty-staffing", "2026-05-01", "leader"],
      ["spec.duty-staffing", "2026-06-10", "leader"],
    ]);
    expect(hard[0]!.citation).toEqual({ jurisdiction: "依安县人民政府", article: "duty.posts[0]", text: "本计划的值班设置：带班领导每天1人（计划自身的值班配置，非工作规则条文）" });
    expect(hard[0]!.message.zh).toBe("2026-05-01带班领导安排0人，本计划的值班设置在周末和节假日要求1人，空缺1人 (依安县人民政府 duty.posts[0])");
    expect(hard[1]!.message.en).toBe("2026-06-10: 带班领导 has 0 on duty; the spec's duty staffing asks for 1, so 1 seat is empty (依安县人民政府 duty.posts[0])");
    // Never another jurisdiction's article.
    for (const v of hard) expect(v.citation.jurisdiction).toBe("依安县人民政府");
  });

  it("keeps quiet on a full roster", () => {
    expect(check(spec, makePlan(year, { roster }), getProfile("依安县")).filter((v) => v.rule === "spec.duty-staffing")).toEqual([]);
  });

  it("under 钟山区 the seat is one violation, citing 第五十七条 (24小时政务总值班), not two", () => {
    const vs = check(makeSpec(), makePlan(year, { roster: holed }), getProfile("钟山区")).filter((v) => v.subjects.duties.includes("leader") && v.subjects.dates[0] === "2026-05-01");
    expect(vs.map((v) => [v.rule, v.severity, `${v.citation.jurisdiction} ${v.citation.article}`])).toEqual([["duty.daily-coverage", "hard", "钟山区 第五十七条"]]);
    expect(vs[0]!.citation.text).toContain("实行工作日、双休日和节假日24小时政务总值班");
  });

  it("a soft coverage rule still leaves a hard violation, citing that article; a coverage rule turned off leaves the spec's", () => {
    const coverage = (extra: Partial<Rule>): Rule => ({ ...makeRule("duty.daily-coverage", {}, { duties: ["*"], cite: ["钟山区", "第五十七条", "实行工作日、双休日和节假日24小时政务总值班"] }), ...extra });
    const march = { from: "2026-03-01", to: "2026-03-31" };
    const gap = fullRoster(makeSpec(), march.from, march.to).filter((a) => !(a.date === "2026-03-10" && a.post === "staff"));
    const soft = hardOf(check(makeSpec(), makePlan(march, { roster: gap }), makeProfile([coverage({ severity: "soft" })])));
    expect(soft.map((v) => [v.rule, `${v.citation.jurisdiction} ${v.citation.article}`])).toEqual([["spec.duty-staffing", "钟山区 第五十七条"]]);
    const off = hardOf(check(makeSpec(), makePlan(march, { roster: gap }), makeProfile([coverage({ enabled: false, disabledReason: "测试" })])));
    expect(off.map((v) => `${v.citation.jurisdiction} ${v.citation.article}`)).toEqual(["六盘水市钟山区人民政府 duty.posts[1]"]);
  });

  it("counts perHeavyDay seats on weekends and holidays", () => {
    const heavy = makeSpec({ organization: YIAN_ORG, duty: { posts: [{ id: "staff", name: "值班人员", pool: ["s1", "s2", "s3", "s4"], perHeavyDay: 2 }] } });
    const feb = { from: "2026-02-01", to: "2026-02-28" };
    const one = fullRoster(heavy, feb.from, feb.to);
    const dates = check(heavy, makePlan(feb, { roster: one }), getProfile("依安县")).filter((v) => v.rule === "spec.duty-staffing").map((v) => v.subjects.dates[0]);
    expect(dates).toContain("2026-02-01"); // a Sunday
    expect(dates).toContain("2026-02-17"); // 春节
    expect(dates).not.toContain("2026-02-14"); // 调休上班: an ordinary day
    expect(dates).not.toContain("2026-02-02");
  });
});
