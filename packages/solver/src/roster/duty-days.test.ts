import { describe, expect, it } from "vitest";
import { createCalendar } from "@yishi/calendar";
import { describeDutyDay, describeDutyDays } from "./duty-days.js";

const calendar = createCalendar();
const FESTIVALS = ["春节", "国庆节"];

describe("duty day classes", () => {
  it("marks the eve and first day of the Spring Festival and National Day breaks as festival days", () => {
    // 2026: the Spring Festival break runs 15–23 February; its eve is the adjusted working Saturday 14th.
    expect(describeDutyDay(calendar, "2026-02-14", FESTIVALS)).toMatchObject({ festival: true, heavy: false, cls: "festival" });
    expect(describeDutyDay(calendar, "2026-02-15", FESTIVALS)).toMatchObject({ festival: true, heavy: true, cls: "festival" });
    expect(describeDutyDay(calendar, "2026-02-16", FESTIVALS)).toMatchObject({ festival: false, heavy: true, cls: "heavy" });
    expect(describeDutyDay(calendar, "2026-09-30", FESTIVALS)).toMatchObject({ festival: true, heavy: false });
    expect(describeDutyDay(calendar, "2026-10-01", FESTIVALS)).toMatchObject({ festival: true, heavy: true });
    expect(describeDutyDay(calendar, "2026-10-02", FESTIVALS).festival).toBe(false);
  });

  it("treats weekends and holidays as heavy, an adjusted working Saturday as ordinary", () => {
    expect(describeDutyDay(calendar, "2026-01-01", FESTIVALS)).toMatchObject({ heavy: true, festival: false, holiday: { zh: "元旦" } });
    expect(describeDutyDay(calendar, "2026-01-04", FESTIVALS)).toMatchObject({ heavy: false, cls: "ordinary" });
    expect(describeDutyDay(calendar, "2026-01-10", FESTIVALS)).toMatchObject({ heavy: true, cls: "heavy" });
    expect(describeDutyDays(calendar, "2026-01-01", "2026-03-31", FESTIVALS).filter((d) => d.festival).map((d) => d.date)).toEqual(["2026-02-14", "2026-02-15"]);
  });

  it("has no festival days when the spec names none", () => {
    expect(describeDutyDays(calendar, "2026-01-01", "2026-12-31", []).some((d) => d.festival)).toBe(false);
  });
});
