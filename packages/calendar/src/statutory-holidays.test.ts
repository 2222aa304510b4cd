import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createCalendar } from "./calendar.js";
import { statutoryHolidays } from "./statutory-holidays.js";

const referenceDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..", "shared", "data", "holiday-cn");
const officialOffDays = (year: number) =>
  new Map((JSON.parse(readFileSync(join(referenceDir, `${year}.json`), "utf8")) as { days: { date: string; isOffDay: boolean; name: string }[] }).days.filter((d) => d.isOffDay).map((d) => [d.date, d.name]));

describe("statutory holidays (《全国年节及纪念日放假办法》第二条, 2024 revision)", () => {
  it("are 13 days a year: 元旦 1, 春节 4 (除夕 and 初一–初三), 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3", () => {
    const count = (year: number, zh: string) => statutoryHolidays(year).filter((d) => d.name.zh === zh).length;
    for (const year of [2025, 2027, 2031, 2050]) {
      expect(statutoryHolidays(year)).toHaveLength(13);
      expect([count(year, "元旦"), count(year, "春节"), count(year, "清明节"), count(year, "劳动节"), count(year, "端午节"), count(year, "中秋节"), count(year, "国庆节")]).toEqual([1, 4, 1, 2, 1, 1, 3]);
    }
  });

  it("fall on days the State Council's published arrangements give off, with the same holiday (holiday-cn, an independent reference)", () => {
    for (const year of [2025, 2026]) {
      const official = officialOffDays(year);
      for (const d of statutoryHolidays(year)) {
        expect(official.has(d.date), `${year}: ${d.date} ${d.name.zh}`).toBe(true);
        expect(official.get(d.date)).toContain(d.name.zh.replace(/节$/, ""));
      }
    }
  });

  it("refuses years before the 2025 revision", () => {
    expect(() => statutoryHolidays(2024)).toThrow(/2025/);
  });
});

describe("a provisional calendar for a year not yet published", () => {
  const calendar = createCalendar({ provisional: true });

  it("rests on the statutory days and plain weekends, and says the year is provisional", () => {
    // 2027's arrangement is not published (holiday-cn's 2027 file is empty); 春节 2027 is 6 February (正月初一).
    expect(calendar.hasYear(2027)).toBe(false);
    expect(calendar.describeDay("2027-02-05")).toMatchObject({ working: false, kind: "holiday", holiday: { zh: "春节" }, source: "provisional" });
    expect(calendar.describeDay("2027-02-09")).toMatchObject({ working: true, kind: "workday" });
    expect(calendar.describeDay("2027-02-13")).toMatchObject({ working: false, kind: "weekend" });
    expect(calendar.isProvisional("2027-03-01")).toBe(true);
    expect(calendar.isProvisional("2026-03-01")).toBe(false);
    // A known year is untouched by the option.
    expect(calendar.describeDay("2026-02-14")).toEqual(createCalendar().describeDay("2026-02-14"));
  });

  it("gives way to a published arrangement and to regional or unit files", () => {
    const published = createCalendar({ provisional: true, national: [{ year: 2027, papers: [], days: [{ name: "春节", date: "2027-02-13", isOffDay: false }] }] });
    expect(published.isProvisional("2027-02-13")).toBe(false);
    expect(published.describeDay("2027-02-13")).toMatchObject({ kind: "adjusted-workday" });
    const unit = createCalendar({ provisional: true, unit: [{ year: 2027, papers: [], days: [{ name: "单位值守", date: "2027-02-05", isOffDay: false }] }] });
    expect(unit.describeDay("2027-02-05")).toMatchObject({ working: true, source: "unit" });
  });

  it("without the option a year not yet published is still refused, and the message says how to plan provisionally", () => {
    expect(() => createCalendar().describeDay("2027-02-05")).toThrow(/--provisional/);
  });
});
