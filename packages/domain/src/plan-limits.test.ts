import { describe, expect, it } from "vitest";
import { parsePlan } from "./load-spec.js";
import { formatIssue } from "./errors.js";
import { errorOf } from "./test-error-of.js";
import { PLAN_SCHEMA } from "./plan.js";

const meeting = { id: "exec#1", type: "executive", title: "常务会议", date: "2026-01-15", start: "09:00", end: "12:00" };

function plan(parts: { period?: object; meetings?: object[]; recurringDuties?: object[] }): string {
  return JSON.stringify(
    { schema: PLAN_SCHEMA, organization: "o", profile: "default", period: { from: "2026-01-01", to: "2026-03-31", label: "2026Q1" }, ...parts },
    null,
    2,
  );
}

/** Problems without file and line, which the JSON layout decides. */
function issuesOf(text: string): string[] {
  const error = errorOf(() => parsePlan(text, "plan.json"));
  expect(error.code).toBe("PLAN_INVALID");
  return error.issues.map((i) => formatIssue({ ...i, file: undefined, line: undefined, column: undefined }));
}

describe("a plan's period and meetings run forwards", () => {
  it("accepts a well-formed plan, including a meeting held over two days", () => {
    const two = { ...meeting, id: "plenary#1", date: "2026-01-20", endDate: "2026-01-21", start: "14:00", end: "12:00" };
    expect(parsePlan(plan({ meetings: [meeting, two] }), "plan.json").meetings).toHaveLength(2);
  });

  it("refuses a reversed period, naming the file and line", () => {
    const error = errorOf(() => parsePlan(plan({ period: { from: "2026-03-31", to: "2026-01-01", label: "x" } }), "plan.json"));
    expect(error.issues.map(formatIssue)).toEqual(['plan.json:7:11: period.to: is before `from` (expected `to` on or after `from` 2026-03-31, found "2026-01-01")']);
  });

  it("refuses a period longer than a year", () => {
    expect(issuesOf(plan({ period: { from: "2026-01-01", to: "2027-12-31", label: "x" } }))).toEqual([
      'period.to: a period of 730 days is too long (expected at most 366 days from `from` 2026-01-01, found "2027-12-31")',
    ]);
  });

  it("refuses a meeting that ends before or as it starts", () => {
    expect(issuesOf(plan({ meetings: [{ ...meeting, end: "08:00" }] }))).toEqual([
      'meetings[0].end: is not after `start` (expected a time after `start` 09:00 (or an `endDate` after `date`), found "08:00")',
    ]);
    expect(issuesOf(plan({ meetings: [{ ...meeting, end: "09:00", endDate: "2026-01-15" }] }))).toEqual([
      'meetings[0].end: is not after `start` (expected a time after `start` 09:00 (or an `endDate` after `date`), found "09:00")',
    ]);
  });

  it("refuses a meeting whose endDate is before its date", () => {
    expect(issuesOf(plan({ meetings: [{ ...meeting, endDate: "2026-01-14" }] }))).toEqual([
      'meetings[0].endDate: is before `date` (expected `endDate` on or after `date` 2026-01-15, found "2026-01-14")',
    ]);
  });

  it("refuses a recurring duty turn that ends before it starts", () => {
    expect(issuesOf(plan({ recurringDuties: [{ duty: "petition", date: "2026-01-14", start: "12:00", end: "09:00", person: "a" }] }))).toEqual([
      'recurringDuties[0].end: is not after `start` (expected a time after `start` 12:00, the same day, found "09:00")',
    ]);
  });
});
