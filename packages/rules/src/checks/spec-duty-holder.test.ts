import { describe, expect, it } from "vitest";
import { makeMeeting, makePlan, makeRule, makeSpec, runCheck } from "./test-helpers.js";

const march = { from: "2026-03-01", to: "2026-03-31" };
const holder = (v: { rule: string }) => v.rule === "spec.duty-holder";

describe("spec.duty-holder: who may hold a duty seat, by the spec's duty settings", () => {
  it("someone outside the post's pool, citing the post's pool in the spec", () => {
    const [v, ...rest] = runCheck(makeSpec(), makePlan(march, { roster: [{ date: "2026-03-03", post: "staff", person: "zhou" }] }), []).filter(holder);
    expect(rest).toEqual([]);
    expect(v).toMatchObject({ severity: "hard", code: "spec.duty-holder", citation: { jurisdiction: "六盘水市钟山区人民政府", article: "duty.posts[1]" } });
    expect(v!.message.en).toBe("2026-03-03: 周军 holds 值班人员 but is not in the post's pool (六盘水市钟山区人民政府 duty.posts[1])");
    expect(runCheck(makeSpec(), makePlan(march, { roster: [{ date: "2026-03-03", post: "staff", person: "s1" }] }), []).filter(holder)).toEqual([]);
  });

  it("a non-leader on a leaders-only post when no profile rule judges it; quiet when duty.leader-on-duty covers the post", () => {
    const base = makeSpec();
    const spec = makeSpec({ duty: { ...base.duty, posts: [{ ...base.duty.posts[0]!, pool: [...base.duty.posts[0]!.pool, "huang"] }, base.duty.posts[1]!] } });
    const plan = makePlan(march, { roster: [{ date: "2026-03-03", post: "leader", person: "huang" }] });
    const [v] = runCheck(spec, plan, []).filter(holder);
    expect(v!.message.zh).toBe("2026-03-03带班领导只由领导担任（本计划的值班设置），黄敏不是领导 (六盘水市钟山区人民政府 duty.posts[0])");
    const byArticle = runCheck(spec, plan, [makeRule("duty.leader-on-duty", {}, { duties: ["leader"], cite: ["房山区", "第七十三条", "带班领导"] })]);
    expect(byArticle.filter(holder)).toEqual([]);
    expect(byArticle.filter((x) => x.code === "duty.leader-on-duty" && x.subjects.people.includes("huang"))).toHaveLength(1);
  });

  it("on duty on a day the plan expects the person at a meeting, while another pool member was free", () => {
    const meeting = makeMeeting("2026-03-03", { expected: ["li", "wang"] });
    const [v] = runCheck(makeSpec(), makePlan(march, { meetings: [meeting], roster: [{ date: "2026-03-03", post: "leader", person: "li" }] }), []).filter(holder);
    expect(v).toMatchObject({ severity: "hard", subjects: { meetings: ["exec#1"], people: ["li"] } });
    expect(v!.message.en).toContain("the planner's reading");
    expect(v!.citation).toMatchObject({ article: "duty.posts[0]", text: expect.stringContaining("本计划的读法") });
    // Away from the meeting (the plan's absent list): free for duty.
    const away = { ...meeting, absent: [{ person: "li", kind: "travel" as const, reason: "出差" }] };
    expect(runCheck(makeSpec(), makePlan(march, { meetings: [away], roster: [{ date: "2026-03-03", post: "leader", person: "li" }] }), []).filter(holder)).toEqual([]);
  });

  it("no break when every other pool member is at the meeting or away: one of them has to keep the post", () => {
    const spec = makeSpec({ absences: [{ person: "chen", from: "2026-03-01", to: "2026-03-05", reason: "培训" }] });
    const meeting = makeMeeting("2026-03-03", { expected: ["li", "wang", "liu"] });
    const roster = [{ date: "2026-03-03", post: "leader", person: "li" }];
    expect(runCheck(spec, makePlan(march, { meetings: [meeting], roster }), []).filter(holder)).toEqual([]);
    // chen back from training that day: chen could have held it.
    expect(runCheck(makeSpec(), makePlan(march, { meetings: [meeting], roster }), []).filter(holder)).toHaveLength(1);
  });

  it("cites the profile's duty.available article for a meeting where the profile has one", () => {
    const meeting = makeMeeting("2026-03-03", { expected: ["li"] });
    const rule = makeRule("duty.available", {}, { cite: ["房山区", "第七十四条", "带班领导因故不能带班的，应与其他领导调换"] });
    const [v] = runCheck(makeSpec(), makePlan(march, { meetings: [meeting], roster: [{ date: "2026-03-03", post: "leader", person: "li" }] }), [rule]).filter(holder);
    expect(v!.citation).toMatchObject({ jurisdiction: "房山区", article: "第七十四条" });
  });
});
