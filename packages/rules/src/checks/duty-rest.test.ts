import { describe, expect, it } from "vitest";
import { makePlan, makeRule, makeSpec, runRule } from "./test-helpers.js";

const rule = makeRule("duty.rest", { restDays: 1 }, { duties: ["*"], cite: ["钟山区", "第五十七条", "24小时政务总值班"] });
const march = { from: "2026-03-01", to: "2026-03-07" };
const duties = (...dates: string[]) => makePlan(march, { roster: dates.map((date) => ({ date, post: "staff", person: "s1" })) });

describe("duty.rest", () => {
  it("keeps one free day between duties and breaks on consecutive days", () => {
    expect(runRule(makeSpec(), duties("2026-03-02", "2026-03-04"), rule)).toEqual([]);
    expect(runRule(makeSpec(), duties("2026-03-02", "2026-03-03"), rule)[0]!.message.en).toBe(
      "胡燕 is on duty on 2026-03-02 and 2026-03-03 with 0 days off between; at least 1 needed (钟山区 第五十七条)",
    );
  });

  it("asks for more rest when the params say so", () => {
    expect(runRule(makeSpec(), duties("2026-03-02", "2026-03-04"), makeRule("duty.rest", { restDays: 2 }))).toHaveLength(1);
  });
});
