import { Lunar } from "lunar-typescript";
import { YishiError, type LocalizedText } from "@yishi/domain";
import { addDays, dateOf } from "./dates.js";
import type { Arrangement, ListedDay } from "./arrangement.js";
import { holidayNameByKey } from "./holiday-names.js";

/**
 * 《全国年节及纪念日放假办法》第二条, as revised in 2024 (in force from
 * 1 January 2025): the days off the State Council fixes for everyone, before
 * any year's arrangement adds bridging days and make-up working days (调休):
 * 元旦放假1天（1月1日）；春节放假4天（农历除夕、正月初一至初三）；清明节放假1天（农历清明当日）；
 * 劳动节放假2天（5月1日、2日）；端午节放假1天（农历端午当日）；中秋节放假1天（农历中秋当日）；
 * 国庆节放假3天（10月1日至3日）。
 */
export const STATUTORY_HOLIDAYS_SOURCE: LocalizedText = {
  zh: "《全国年节及纪念日放假办法》第二条（2024年修订，2025年1月1日起施行）",
  en: "National Holidays Regulation (全国年节及纪念日放假办法), art. 2, as revised in 2024 (in force from 2025-01-01)",
};

/** The revision these days follow took effect in 2025; earlier years had other rules (and have official arrangements). */
export const FIRST_STATUTORY_YEAR = 2025;

/**
 * Lunar month-day of lunar year `year` → its Gregorian date (a positive month
 * is the regular one, not a leap month). lunar-typescript computes from
 * numbers alone; chinese-days' lunar functions shift by a day with the host's
 * time zone (west of UTC), which no result of ours may do.
 */
function lunar(year: number, month: number, day: number): string {
  return Lunar.fromYmd(year, month, day).getSolar().toYmd();
}

/** The day of the 清明 solar term in `year`. */
function qingming(year: number): string {
  const term = Lunar.fromYmd(year, 3, 1).getJieQiTable()["清明"];
  if (term === undefined || term.getYear() !== year) throw new Error(`no 清明 found for ${year}`);
  return term.toYmd();
}

/**
 * The statutory days off of `year` (no bridging days, no make-up working
 * days): what a provisional calendar rests on until the year's official
 * arrangement is published. Lunar dates and the 清明 solar term come from
 * lunar-typescript's astronomical tables.
 */
export function statutoryHolidays(year: number): { date: string; name: LocalizedText }[] {
  if (!Number.isInteger(year) || year < FIRST_STATUTORY_YEAR || year > 2100) {
    throw new YishiError("UNKNOWN_HOLIDAY_YEAR", `provisional holidays follow the 2025 revision of the National Holidays Regulation and are computed for ${FIRST_STATUTORY_YEAR}–2100; ${year} is outside`);
  }
  const name = (key: string) => holidayNameByKey(key);
  const springDay = lunar(year, 1, 1);
  const days: { date: string; key: string }[] = [
    { date: dateOf(year, 1, 1), key: "new-year" },
    { date: addDays(springDay, -1), key: "spring" }, // 除夕: the eve of 正月初一
    { date: springDay, key: "spring" },
    { date: addDays(springDay, 1), key: "spring" },
    { date: addDays(springDay, 2), key: "spring" },
    { date: qingming(year), key: "qingming" },
    { date: dateOf(year, 5, 1), key: "labour" },
    { date: dateOf(year, 5, 2), key: "labour" },
    { date: lunar(year, 5, 5), key: "dragon-boat" },
    { date: lunar(year, 8, 15), key: "mid-autumn" },
    { date: dateOf(year, 10, 1), key: "national" },
    { date: dateOf(year, 10, 2), key: "national" },
    { date: dateOf(year, 10, 3), key: "national" },
  ];
  return days.map((d) => ({ date: d.date, name: name(d.key) })).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The statutory days of `year` as an arrangement a calendar can layer (days off only). */
export function provisionalArrangement(year: number): Arrangement {
  const out = new Map<string, ListedDay>();
  for (const d of statutoryHolidays(year)) {
    const had = out.get(d.date);
    // 中秋 can fall on 1–3 October: one day off, both names (as the official notices write it).
    out.set(d.date, { off: true, name: had ? { zh: `${had.name.zh}、${d.name.zh}`, en: `${had.name.en} & ${d.name.en}` } : d.name });
  }
  return out;
}
