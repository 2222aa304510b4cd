import { describe, expect, it } from "vitest";
import { makePlan, makeRule, makeSpec, runCheck } from "./test-helpers.js";

const march = { from: "2026-03-01", to: "2026-03-31" };
const rest = (v: { rule: string }) => v.rule === "spec.duty-rest";
const restDays = (n: number) => makeSpec({ duty: { ...makeSpec().duty, restDays: n } });
const duties = (...days: string[]) => days.map((d) => ({ date: `2026-03-${d}`, post: "staff", person: "s1" }));

describe("spec.duty-rest: the spec's duty.restDays between two duties of one person", () => {
  it("two duties with fewer free days between than duty.restDays, citing the spec field (no profile rule)", () => {
    const [v, ...others] = runCheck(restDays(2), makePlan(march, { roster: duties("03", "05") }), []).filter(rest);
    expect(others).toEqual([]);
    expect(v).toMatchObject({ severity: "hard", citation: { article: "duty.restDays" }, subjects: { dates: ["2026-03-03", "2026-03-05"], people: ["s1"] } });
    expect(v!.message.en).toBe("胡燕 is on duty on 2026-03-03 and 2026-03-05 with 1 day off between; the spec's duty settings (duty.restDays) ask for at least 2 (六盘水市钟山区人民政府 duty.restDays)");
    expect(runCheck(restDays(2), makePlan(march, { roster: duties("03", "06") }), []).filter(rest)).toEqual([]);
  });

  it("quiet on a pair a hard duty.rest rule covering both duties reports; speaks where the spec asks more than the article", () => {
    const article = makeRule("duty.rest", { restDays: 2 }, { cite: ["测试区", "第一条", "值班人员连续值班后应当休息"] });
    const both = runCheck(restDays(1), makePlan(march, { roster: duties("03", "05") }), [article]);
    expect(both.filter(rest)).toEqual([]);
    expect(both.filter((v) => v.code === "duty.rest")).toHaveLength(1);
    const moreBySpec = runCheck(restDays(3), makePlan(march, { roster: duties("03", "06") }), [article]);
    expect(moreBySpec.filter((v) => v.code === "duty.rest")).toEqual([]);
    expect(moreBySpec.filter(rest).map((v) => v.subjects.dates)).toEqual([["2026-03-03", "2026-03-06"]]);
  });

  it("one person on two seats the same day, whatever the rest", () => {
    const plan = makePlan(march, { roster: [{ date: "2026-03-03", post: "staff", person: "li" }, { date: "2026-03-03", post: "leader", person: "li" }] });
    const found = runCheck(restDays(0), plan, []).filter(rest);
    expect(found.map((v) => v.message.en)).toEqual(["李娜 holds 2 duty seats on 2026-03-03 (leader, staff) (六盘水市钟山区人民政府 duty.restDays)"]);
  });
});
