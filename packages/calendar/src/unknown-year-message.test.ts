import { describe, expect, it } from "vitest";
import { createCalendar } from "./calendar.js";

function messageFor(date: string): string {
  try {
    createCalendar().isWorkingDay(date);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected an UNKNOWN_HOLIDAY_YEAR error");
}

describe("the unknown-year message names only real ways to opt in", () => {
  const message = messageFor("2031-03-03");

  it("names the spec fields every command reads", () => {
    expect(message).toContain("spec field calendar.national: [2031.json]");
    expect(message).toContain("spec field calendar.assumeWeekendsOnly: true");
  });

  it("names the CLI flags only with the commands that have them", () => {
    expect(message).toContain("yishi calendar/workdays: --holidays 2031.json");
    expect(message).toContain("yishi calendar/workdays: --assume-weekends");
    expect(message).not.toMatch(/CLI: --assume-weekends/);
  });

  it("names the library options for API users", () => {
    expect(message).toContain("createCalendar({ national: [file] })");
    expect(message).toContain("createCalendar({ assumeWeekendsOnly: true })");
  });
});
