import { describe, expect, it } from "vitest";
import { makePlan, makeRule, makeSpec, runRule } from "./test-helpers.js";

// 钟山区 第七十四条 (catalog: department heads request leave 3 days ahead).
const rule = makeRule("deadline.leave-request", { lead: 3 }, { cite: ["钟山区", "第七十四条", "严格执行请销假制度"] });
const plan = makePlan({ from: "2026-03-01", to: "2026-03-31" });
const leave = (requestedOn?: string, person = "zhou") =>
  makeSpec({ absences: [{ person, from: "2026-03-10", to: "2026-03-12", ...(requestedOn === undefined ? {} : { requestedOn }) }] });

describe("deadline.leave-request", () => {
  it("keeps a request 3 days ahead and breaks at 2", () => {
    expect(runRule(leave("2026-03-07"), plan, rule)).toEqual([]);
    const [v] = runRule(leave("2026-03-08"), plan, rule);
    expect(v!.message.en).toBe("周军 asked on 2026-03-08 for leave from 2026-03-10; it is due 3 days ahead (by 2026-03-07) (钟山区 第七十四条)");
  });

  it("does not judge a leave with no request date, or a person outside the rule's roles", () => {
    expect(runRule(leave(), plan, rule)).toEqual([]);
    expect(runRule(leave("2026-03-09", "wang"), plan, makeRule("deadline.leave-request", { lead: 3, roles: ["department-head"] }))).toEqual([]);
  });
});
