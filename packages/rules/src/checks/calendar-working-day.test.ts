import { describe, expect, it } from "vitest";
import { makeMeeting, makePlan, makeRule, makeSpec, runRule } from "./test-helpers.js";

const rule = makeRule("calendar.working-day", {}, { cite: ["钟山区", "第四十条", "常务会议"] });
const strict = makeRule("calendar.working-day", { allowAdjustedWorkdays: false });
const spec = makeSpec();
const feb = { from: "2026-02-01", to: "2026-02-28" };
const at = (date: string, extra = {}) => makePlan(feb, { meetings: [makeMeeting(date, extra)] });

describe("calendar.working-day", () => {
  it("keeps an adjusted working Saturday (2026-02-14, 调休上班) and an ordinary Friday", () => {
    expect(runRule(spec, at("2026-02-14"), rule)).toEqual([]);
    expect(runRule(spec, at("2026-02-13"), rule)).toEqual([]);
  });

  it("breaks on 2026-02-16 (春节) with the planner's message", () => {
    const [v, ...rest] = runRule(spec, at("2026-02-16"), rule);
    expect(rest).toEqual([]);
    expect(v!.message).toEqual({
      zh: "2026-02-16为法定节假日（春节），不能召开常务会议 (钟山区 第四十条)",
      en: "2026-02-16 is a public holiday (春节); the executive meeting cannot be held (钟山区 第四十条)",
    });
    expect(v!.subjects).toMatchObject({ meetings: ["exec#1"], dates: ["2026-02-16"] });
  });

  it("breaks on an ordinary weekend day and on every day off of a multi-day meeting", () => {
    expect(runRule(spec, at("2026-02-07"), rule)).toHaveLength(1);
    expect(runRule(spec, at("2026-02-12", { endDate: "2026-02-16" }), rule).map((v) => v.subjects.dates[0])).toEqual([
      "2026-02-15",
      "2026-02-16",
    ]);
  });

  it("refuses adjusted working days when the params say so", () => {
    expect(runRule(spec, at("2026-02-14"), strict)).toHaveLength(1);
  });
});
